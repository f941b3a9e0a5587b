import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requireNumericId } from '../../helpers/hooks';
import { sendIdList, sendTime } from '../../helpers/values';
import { csvFileOutput, defaultTimezoneOffset, requireDateRange } from './hooks';
import { pickerIn } from '../../fields';
import { teamPicker } from '../../pickers';
import type { ResourceDescription } from '../types';
import { resourceOption } from '../../fields';

const RESOURCE = 'report';
const REPORTS = '/api/v2/accounts/{accountId}/reports';
const SUMMARY_REPORTS = '/api/v2/accounts/{accountId}/summary_reports';
const LIVE_REPORTS = '/api/v2/accounts/{accountId}/live_reports';

const get = (url: string) => ({ request: { method: 'GET' as const, url } });

/**
 * A report whose builder filters `created_at` by a range that is nil unless both Since and Until
 * are sent: without them Chatwoot answers zeros, `{}` or an empty list, so the node refuses first
 * (docs/server-facts.md#report-range-required).
 */
const dated = (url: string, why: string) => ({
	request: { method: 'GET' as const, url },
	send: { preSend: [requireDateRange('options', why)] },
});
const ZEROS = 'without both Chatwoot counts nothing and answers zeros.';

const needsRange = requireDateRange('options', 'Chatwoot writes the range into the file and fails without one.');

/** A report Chatwoot answers as a CSV file (text/csv); the node gives it as binary `data`. */
const csv = (url: string, fileName: string, dated = true) => ({
	request: { method: 'GET' as const, url, headers: { Accept: 'text/csv' } },
	...(dated ? { send: { preSend: [needsRange] } } : {}),
	output: { postReceive: [csvFileOutput(fileName)] },
});

export const reportOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Download Agents Report',
			value: 'downloadAgentsReport',
			action: 'Download the agents report as CSV',
			description: 'The CSV file the dashboard exports: one row per agent with conversations and average response and resolution times, written out in words',
			routing: csv(`${REPORTS}/agents`, 'agents_report.csv'),
		},
		{
			name: 'Download Conversation Traffic',
			value: 'downloadConversationTraffic',
			action: 'Download the conversation traffic as CSV',
			description:
				'A CSV file of the conversations started in each hour of the days before today (6 unless Days Before is set; today is left out). Dates and hours follow the server clock; the offset mostly names the timezone on the first line.',
			routing: {
				...csv(`${REPORTS}/conversation_traffic`, 'conversation_traffic_reports.csv', false),
				send: { preSend: [defaultTimezoneOffset] },
			},
		},
		{
			name: 'Download Conversations Summary',
			value: 'downloadConversationsSummary',
			action: 'Download the conversations summary as CSV',
			description: 'A CSV file with the totals and averages of the account over the range',
			routing: csv(`${REPORTS}/conversations_summary`, 'conversations_summary_report.csv'),
		},
		{
			name: 'Download Inboxes Report',
			value: 'downloadInboxesReport',
			action: 'Download the inboxes report as CSV',
			description: 'The CSV file the dashboard exports: one row per inbox with conversations and average response and resolution times, written out in words',
			routing: csv(`${REPORTS}/inboxes`, 'inboxes_report.csv'),
		},
		{
			name: 'Download Labels Report',
			value: 'downloadLabelsReport',
			action: 'Download the labels report as CSV',
			description: 'The CSV file the dashboard exports: one row per label with conversations and average response and resolution times, written out in words',
			routing: csv(`${REPORTS}/labels`, 'labels_report.csv'),
		},
		{
			name: 'Download Teams Report',
			value: 'downloadTeamsReport',
			action: 'Download the teams report as CSV',
			description: 'The CSV file the dashboard exports: one row per team with conversations and average response and resolution times, written out in words',
			routing: csv(`${REPORTS}/teams`, 'teams_report.csv'),
		},
		{
			name: 'Get Agent Summary',
			value: 'getAgentSummary',
			action: 'Get conversation statistics per agent',
			description: 'One item per agent: conversations, resolutions and average response, resolution and reply times. Needs Since and Until.',
			routing: dated(`${SUMMARY_REPORTS}/agent`, ZEROS),
		},
		{
			name: 'Get Bot Metrics',
			value: 'getBotMetrics',
			action: 'Get bot metrics',
			description:
				'Conversations of the range in every inbox with an active bot, their bot messages, and the share bots resolved and handed to an agent, in percent. Needs Since and Until.',
			routing: dated(`${REPORTS}/bot_metrics`, 'without a range Chatwoot counts nothing.'),
		},
		{
			name: 'Get Bot Summary',
			value: 'getBotSummary',
			action: 'Get a bot summary',
			description: 'Conversations bots resolved and handed to an agent in the range, with the same figures for the range just before it under "previous". Needs Since and Until.',
			routing: dated(`${REPORTS}/bot_summary`, ZEROS),
		},
		{
			name: 'Get Channel Summary',
			value: 'getChannelSummary',
			action: 'Get conversation counts per channel type',
			description: 'Open, resolved, pending and snoozed conversations per channel type. Needs Since and Until, at most 6 months apart (Chatwoot 4.10 and later).',
			routing: dated(`${SUMMARY_REPORTS}/channel`, 'without both Chatwoot answers an empty object.'),
		},
		{
			name: 'Get Conversation Metrics',
			value: 'getConversationMetrics',
			action: 'Get live conversation metrics',
			description:
				'Open, unattended and unassigned conversations now, for the account or per agent (25 agents a page, in no fixed order, so pages may repeat or skip agents). The account\'s pending count is always 0; use Get Live Conversation Counts for it.',
			routing: get(`${REPORTS}/conversations`),
		},
		{
			name: 'Get First Response Time Distribution',
			value: 'getFirstResponseTimeDistribution',
			action: 'Get the first response time distribution',
			description: 'Conversations per channel type in first-response buckets from under an hour to over a day (Chatwoot 4.11 and later)',
			routing: get(`${REPORTS}/first_response_time_distribution`),
		},
		{
			name: 'Get Inbox Label Matrix',
			value: 'getInboxLabelMatrix',
			action: 'Get the inbox label matrix',
			description: 'How many conversations of each inbox carry each label (Chatwoot 4.11 and later)',
			// Rails reads a list only as `inbox_ids[]=1&inbox_ids[]=2`; n8n's default would send `inbox_ids[0]=1`
			routing: { request: { method: 'GET', url: `${REPORTS}/inbox_label_matrix`, arrayFormat: 'brackets' } },
		},
		{
			name: 'Get Inbox Summary',
			value: 'getInboxSummary',
			action: 'Get conversation statistics per inbox',
			description: 'One item per inbox: conversations, resolutions and average response, resolution and reply times. Needs Since and Until.',
			routing: dated(`${SUMMARY_REPORTS}/inbox`, ZEROS),
		},
		{
			name: 'Get Label Summary',
			value: 'getLabelSummary',
			action: 'Get conversation statistics per label',
			description: 'One item per label: conversations, resolutions and average response, resolution and reply times; all time unless both Since and Until are set',
			routing: get(`${SUMMARY_REPORTS}/label`),
		},
		{
			name: 'Get Live Conversation Counts',
			value: 'getLiveConversationCounts',
			action: 'Get live conversation counts',
			description: 'Open, unattended, unassigned and pending conversations now, for the account or one team',
			routing: get(`${LIVE_REPORTS}/conversation_metrics`),
		},
		{
			name: 'Get Live Conversation Counts by Group',
			value: 'getLiveConversationCountsByGroup',
			action: 'Get live conversation counts per team or agent',
			description: 'One item per team or assigned agent with their open, unattended and unassigned conversations now',
			routing: get(`${LIVE_REPORTS}/grouped_conversation_metrics`),
		},
		{
			name: 'Get Metrics',
			value: 'getMetrics',
			action: 'Get a report metric over time',
			description: 'One item per period with the value of a metric, for the account, an agent, an inbox, a label or a team. Needs Since and Until.',
			routing: dated(REPORTS, 'without both Chatwoot answers an empty list.'),
		},
		{
			name: 'Get Outgoing Messages Count',
			value: 'getOutgoingMessagesCount',
			action: 'Get outgoing message counts',
			description: 'One item per agent, team, inbox or label with the number of messages sent. Needs Since and Until (Chatwoot 4.11 and later).',
			routing: dated(`${REPORTS}/outgoing_messages_count`, 'without both Chatwoot answers an empty list.'),
		},
		{
			name: 'Get Summary',
			value: 'getSummary',
			action: 'Get a report summary',
			description: 'Totals and averages of the range, with the same figures for the range just before it under "previous". Needs Since and Until.',
			routing: dated(`${REPORTS}/summary`, ZEROS),
		},
		{
			name: 'Get Team Summary',
			value: 'getTeamSummary',
			action: 'Get conversation statistics per team',
			description: 'One item per team: conversations, resolutions and average response, resolution and reply times. Needs Since and Until.',
			routing: dated(`${SUMMARY_REPORTS}/team`, ZEROS),
		},
	],
	default: 'getSummary',
};

const METRICS: INodePropertyOptions[] = [
	{ name: 'Average First Response Time', value: 'avg_first_response_time', description: 'Seconds until the first agent reply' },
	{ name: 'Average Reply Time', value: 'reply_time', description: 'Seconds between a customer message and the agent reply' },
	{ name: 'Average Resolution Time', value: 'avg_resolution_time', description: 'Seconds from opening to resolution' },
	{ name: 'Bot Handoffs', value: 'bot_handoffs_count', description: 'Conversations a bot handed to an agent' },
	{ name: 'Bot Resolutions', value: 'bot_resolutions_count', description: 'Conversations a bot resolved alone' },
	{ name: 'Conversations', value: 'conversations_count', description: 'Conversations created' },
	{ name: 'Incoming Messages', value: 'incoming_messages_count', description: 'Messages received from customers' },
	{ name: 'Outgoing Messages', value: 'outgoing_messages_count', description: 'Messages sent to customers' },
	{ name: 'Resolutions', value: 'resolutions_count', description: 'Conversations resolved' },
];

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

const query = (property: string) => ({ send: { type: 'query' as const, property } });

export const reportFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getMetrics'] } }, [
		{
			displayName: 'Metric',
			name: 'metric',
			type: 'options',
			required: true,
			default: 'conversations_count',
			options: METRICS,
			routing: query('metric'),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getBotSummary', 'getMetrics', 'getSummary'] } }, [
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			required: true,
			default: 'account',
			options: SUBJECTS,
			description: 'What the report is about: the whole account, or one agent, inbox, label or team',
			routing: query('type'),
		},
		{
			displayName: 'ID',
			name: 'id',
			type: 'number',
			required: true,
			default: 0,
			typeOptions: { minValue: 1, numberPrecision: 0 },
			displayOptions: { hide: { type: ['account'] } },
			description: 'Numeric ID of the agent, inbox, label or team chosen in Type',
			routing: { send: { type: 'query', property: 'id', preSend: [requireNumericId('id')] } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getConversationMetrics'] } }, [
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			required: true,
			default: 'account',
			options: [
				{ name: 'Account', value: 'account', description: 'One item with the counts of the account' },
				{ name: 'Agent', value: 'agent', description: 'One item per agent with their counts, 25 agents a page' },
			],
			routing: query('type'),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getOutgoingMessagesCount'] } }, [
		{
			displayName: 'Group By',
			name: 'groupBy',
			type: 'options',
			required: true,
			default: 'agent',
			options: [
				{ name: 'Agent', value: 'agent', description: 'Messages of bots are not counted' },
				{ name: 'Inbox', value: 'inbox' },
				{ name: 'Label', value: 'label' },
				{ name: 'Team', value: 'team' },
			],
			routing: query('group_by'),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getLiveConversationCountsByGroup'] } }, [
		{
			displayName: 'Group By',
			name: 'groupedBy',
			type: 'options',
			required: true,
			default: 'team_id',
			options: [
				{ name: 'Agent', value: 'assignee_id', description: 'One item per assigned agent; unassigned conversations have assignee_id null' },
				{ name: 'Team', value: 'team_id', description: 'One item per team; conversations without a team have team_id null' },
			],
			routing: query('group_by'),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE] } }, [
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
				{
					displayName: 'Inbox IDs',
					name: 'inboxIds',
					type: 'string',
					default: '',
					placeholder: 'e.g. 1, 4',
					displayOptions: { show: { '/operation': ['getInboxLabelMatrix'] } },
					description: 'Only these inboxes: numeric IDs separated by commas',
					routing: { send: { preSend: [sendIdList('options.inboxIds', 'query', 'inbox_ids')] } },
				},
				{
					displayName: 'Label IDs',
					name: 'labelIds',
					type: 'string',
					default: '',
					placeholder: 'e.g. 2, 3',
					displayOptions: { show: { '/operation': ['getInboxLabelMatrix'] } },
					description: 'Only these labels: numeric IDs separated by commas',
					routing: { send: { preSend: [sendIdList('options.labelIds', 'query', 'label_ids')] } },
				},
				{
					displayName: 'Page',
					name: 'page',
					type: 'number',
					default: 1,
					typeOptions: { minValue: 1, numberPrecision: 0 },
					displayOptions: { show: { '/operation': ['getConversationMetrics'], '/type': ['agent'] } },
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
					...pickerIn('options', teamPicker('Only conversations of this team; Chatwoot answers 404 when the account has no such team'), 'team_id', 'query'),
					displayOptions: { show: { '/operation': ['getLiveConversationCounts', 'getLiveConversationCountsByGroup'] } },
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
					description: 'End of the time range, not included. Required, with Since, except by First Response Time Distribution, Inbox Label Matrix and Label Summary.',
					routing: { send: { preSend: [sendTime('options.until', 'query', 'until')] } },
				},
			],
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Report', 'report', 'Conversation statistics of the account, its agents, inboxes, labels and teams'),
	operations: reportOperations,
	fields: reportFields,
};
