import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { dated, query, REPORTS, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Metrics',
	value: 'getMetrics',
	action: 'Get a report metric over time',
	description:
		'One item per period with the value of a metric, for the account, an agent, an inbox, a label or a team. Needs Since and Until.',
	routing: dated(REPORTS, 'without both Chatwoot answers an empty list.'),
};

const METRICS: INodePropertyOptions[] = [
	{
		name: 'Average First Response Time',
		value: 'avg_first_response_time',
		description: 'Seconds until the first agent reply',
	},
	{
		name: 'Average Reply Time',
		value: 'reply_time',
		description: 'Seconds between a customer message and the agent reply',
	},
	{
		name: 'Average Resolution Time',
		value: 'avg_resolution_time',
		description: 'Seconds from opening to resolution',
	},
	{
		name: 'Bot Handoffs',
		value: 'bot_handoffs_count',
		description: 'Conversations a bot handed to an agent',
	},
	{
		name: 'Bot Resolutions',
		value: 'bot_resolutions_count',
		description: 'Conversations a bot resolved alone',
	},
	{ name: 'Conversations', value: 'conversations_count', description: 'Conversations created' },
	{
		name: 'Incoming Messages',
		value: 'incoming_messages_count',
		description: 'Messages received from customers',
	},
	{
		name: 'Outgoing Messages',
		value: 'outgoing_messages_count',
		description: 'Messages sent to customers',
	},
	{ name: 'Resolutions', value: 'resolutions_count', description: 'Conversations resolved' },
];

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['getMetrics'] } },
	[
		{
			displayName: 'Metric',
			name: 'metric',
			type: 'options',
			required: true,
			default: 'conversations_count',
			options: METRICS,
			routing: query('metric'),
		},
	],
);
