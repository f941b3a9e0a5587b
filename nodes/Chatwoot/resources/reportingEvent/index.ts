import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import { sendTime } from '../../helpers/values';
import { pickerIn } from '../../fields';
import { agentPicker, inboxPicker } from '../../pickers';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'reportingEvent';

export const reportingEventOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many reporting events',
			description:
				'List the timing events reports are built from (first response, reply time, resolution…), newest first. Enterprise edition only; needs an administrator.',
			routing: {
				request: { method: 'GET', url: '/api/v1/accounts/{accountId}/reporting_events' },
				send: { paginate: true },
				operations: {
					pagination: paginate({
						type: 'page',
						pageSize: 25,
						records: 'payload',
						total: 'meta.count',
					}),
				},
			},
		},
	],
	default: 'getAll',
};

export const reportingEventFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['getAll'] } },
	[
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				pickerIn(
					'filters',
					agentPicker('userId', 'Agent', 'Only events of this agent'),
					'user_id',
					'query',
				),
				{
					displayName: 'Event Name',
					name: 'name',
					type: 'options',
					default: 'first_response',
					options: [
						{ name: 'Bot Handoff', value: 'conversation_bot_handoff' },
						{ name: 'Bot Resolved', value: 'conversation_bot_resolved' },
						{ name: 'Conversation Opened', value: 'conversation_opened' },
						{ name: 'Conversation Resolved', value: 'conversation_resolved' },
						{ name: 'First Response', value: 'first_response' },
						{ name: 'Reply Time', value: 'reply_time' },
					],
					description: 'Only events of this kind',
					routing: { send: { type: 'query', property: 'name' } },
				},
				pickerIn(
					'filters',
					inboxPicker('Only events of conversations in this inbox'),
					'inbox_id',
					'query',
				),
				{
					displayName: 'Since',
					name: 'since',
					type: 'dateTime',
					default: '',
					description:
						'Start of the time range the events were created in; Chatwoot applies it only together with Until',
					routing: { send: { preSend: [sendTime('filters.since', 'query', 'since')] } },
				},
				{
					displayName: 'Until',
					name: 'until',
					type: 'dateTime',
					default: '',
					description:
						'End of the time range, not included; Chatwoot applies it only together with Since',
					routing: { send: { preSend: [sendTime('filters.until', 'query', 'until')] } },
				},
			],
		},
	],
);

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Reporting Event',
		'reportingEvent',
		'The timing events reports are built from (Enterprise edition only)',
	),
	operations: reportingEventOperations,
	fields: [...listFields(RESOURCE, ['getAll'], { paged: true }), ...reportingEventFields],
};
