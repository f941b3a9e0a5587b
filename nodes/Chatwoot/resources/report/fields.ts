// What several report operations share: the paths, the request helpers, the subject of a report and its options.

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendPickedId } from '../../helpers/hooks';
import { sendIdList, sendTime } from '../../helpers/values';
import { csvFileOutput, requireDateRange } from './hooks';
import { multiPickerField, pickerIn, resourceLocatorField } from '../../fields';
import { teamPicker } from '../../pickers';

export const RESOURCE = 'report';
export const REPORTS = '/api/v2/accounts/{accountId}/reports';
export const SUMMARY_REPORTS = '/api/v2/accounts/{accountId}/summary_reports';
export const LIVE_REPORTS = '/api/v2/accounts/{accountId}/live_reports';

export const get = (url: string) => ({ request: { method: 'GET' as const, url } });

/**
 * A report whose builder filters `created_at` by a range that is nil unless both Since and Until
 * are sent: without them Chatwoot answers zeros, `{}` or an empty list, so the node refuses first
 * (docs/server-facts.md#report-range-required).
 */
export const dated = (url: string, why: string) => ({
	request: { method: 'GET' as const, url },
	send: { preSend: [requireDateRange('options', why)] },
});
export const ZEROS = 'without both Chatwoot counts nothing and answers zeros.';

const needsRange = requireDateRange(
	'options',
	'Chatwoot writes the range into the file and fails without one.',
);

/** A report Chatwoot answers as a CSV file (text/csv); the node gives it as binary `data`. */
export const csv = (url: string, fileName: string, dated = true) => ({
	request: { method: 'GET' as const, url, headers: { Accept: 'text/csv' } },
	...(dated ? { send: { preSend: [needsRange] } } : {}),
	output: { postReceive: [csvFileOutput(fileName)] },
});

const SUBJECTS: INodePropertyOptions[] = [
	{ name: 'Account', value: 'account' },
	{ name: 'Agent', value: 'agent' },
	{ name: 'Inbox', value: 'inbox' },
	{ name: 'Label', value: 'label' },
	{ name: 'Team', value: 'team' },
];

// not the conversation traffic download: it covers the days before today
const DATED = [
	'downloadAgentsReport',
	'downloadConversationsSummary',
	'downloadInboxesReport',
	'downloadLabelsReport',
	'downloadTeamsReport',
	'getAgentSummary',
	'getBotMetrics',
	'getBotSummary',
	'getChannelSummary',
	'getFirstResponseTimeDistribution',
	'getInboxLabelMatrix',
	'getInboxSummary',
	'getLabelSummary',
	'getMetrics',
	'getOutgoingMessagesCount',
	'getSummary',
	'getTeamSummary',
];

export const query = (property: string) => ({ send: { type: 'query' as const, property } });

/** Type and ID: what Get Bot Summary, Get Metrics and Get Summary report on. */
export const subjectFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['getBotSummary', 'getMetrics', 'getSummary'] } },
	[
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			required: true,
			default: 'account',
			options: SUBJECTS,
			description:
				'What the report is about: the whole account, or one agent, inbox, label or team',
			routing: query('type'),
		},
		{
			...resourceLocatorField('id', 'Agent, Inbox, Label or Team', {
				searchListMethod: 'searchReportSubjects',
				noun: 'the agent, inbox, label or team',
				description: 'The agent, inbox, label or team chosen in Type; sent by numeric ID',
			}),
			displayOptions: { hide: { type: ['account'] } },
			routing: { send: { preSend: [sendPickedId('id', 'id', 'query')] } },
		},
	],
);

/** The Options of every report operation; each option names the operations it applies to. */
export const optionFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE] } },
	[
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Business Hours Only',
					name: 'businessHours',
					type: 'boolean',
					default: true,
					displayOptions: {
						show: {
							'/operation': [
								'downloadAgentsReport',
								'downloadConversationsSummary',
								'downloadInboxesReport',
								'downloadLabelsReport',
								'downloadTeamsReport',
								'getAgentSummary',
								'getInboxSummary',
								'getLabelSummary',
								'getMetrics',
								'getSummary',
								'getTeamSummary',
							],
						},
					},
					description: 'Whether times count only the business hours set on the inboxes',
					routing: query('business_hours'),
				},
				{
					displayName: 'Days Before',
					name: 'daysBefore',
					type: 'number',
					default: 6,
					typeOptions: { minValue: 1, numberPrecision: 0 },
					displayOptions: { show: { '/operation': ['downloadConversationTraffic'] } },
					description: 'How many days before today the file covers; today is left out',
					routing: query('days_before'),
				},
				{
					displayName: 'Group By',
					name: 'groupBy',
					type: 'options',
					default: 'day',
					options: [
						{ name: 'Day', value: 'day' },
						{ name: 'Hour', value: 'hour' },
						{ name: 'Month', value: 'month' },
						{ name: 'Week', value: 'week' },
						{ name: 'Year', value: 'year' },
					],
					displayOptions: { show: { '/operation': ['getMetrics'] } },
					description: 'Length of each period',
					routing: query('group_by'),
				},
				multiPickerField(
					'inboxIds',
					'Inbox Names or IDs',
					'getInboxes',
					'Only these inboxes, sent by numeric ID',
					{
						displayOptions: { show: { '/operation': ['getInboxLabelMatrix'] } },
						routing: { send: { preSend: [sendIdList('options.inboxIds', 'query', 'inbox_ids')] } },
					},
				),
				multiPickerField(
					'labelIds',
					'Label Names or IDs',
					'getLabelIds',
					'Only these labels, sent by numeric ID',
					{
						displayOptions: { show: { '/operation': ['getInboxLabelMatrix'] } },
						routing: { send: { preSend: [sendIdList('options.labelIds', 'query', 'label_ids')] } },
					},
				),
				{
					displayName: 'Page',
					name: 'page',
					type: 'number',
					default: 1,
					typeOptions: { minValue: 1, numberPrecision: 0 },
					displayOptions: {
						show: { '/operation': ['getConversationMetrics'], '/type': ['agent'] },
					},
					description: 'Page of 25 agents to return',
					routing: query('page'),
				},
				{
					displayName: 'Since',
					name: 'since',
					type: 'dateTime',
					default: '',
					displayOptions: { show: { '/operation': DATED } },
					description:
						'Start of the time range. Required, with Until, except by First Response Time Distribution, Inbox Label Matrix and Label Summary, which cover all time unless both are set.',
					routing: { send: { preSend: [sendTime('options.since', 'query', 'since')] } },
				},
				{
					...pickerIn(
						'options',
						teamPicker(
							'Only conversations of this team; Chatwoot answers 404 when the account has no such team',
						),
						'team_id',
						'query',
					),
					displayOptions: {
						show: {
							'/operation': ['getLiveConversationCounts', 'getLiveConversationCountsByGroup'],
						},
					},
				},
				{
					displayName: 'Timezone Offset (Hours)',
					name: 'timezoneOffset',
					type: 'number',
					default: 0,
					typeOptions: { minValue: -12, maxValue: 14, numberPrecision: 2 },
					displayOptions: { show: { '/operation': ['downloadConversationTraffic', 'getMetrics'] } },
					description:
						'Hours from UTC, such as 5.5 for India. Get Metrics starts each period at this offset; the conversation traffic file names it on its first line, and 0 is sent when it is not set.',
					routing: query('timezone_offset'),
				},
				{
					displayName: 'Until',
					name: 'until',
					type: 'dateTime',
					default: '',
					displayOptions: { show: { '/operation': DATED } },
					description:
						'End of the time range, not included. Required, with Since, except by First Response Time Distribution, Inbox Label Matrix and Label Summary.',
					routing: { send: { preSend: [sendTime('options.until', 'query', 'until')] } },
				},
			],
		},
	],
);
