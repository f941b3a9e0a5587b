import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { get, query, REPORTS, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Conversation Metrics',
	value: 'getConversationMetrics',
	action: 'Get live conversation metrics',
	description:
		"Open, unattended and unassigned conversations now, for the account or per agent (25 agents a page, in no fixed order, so pages may repeat or skip agents). The account's pending count is always 0; use Get Live Conversation Counts for it.",
	routing: get(`${REPORTS}/conversations`),
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['getConversationMetrics'] } },
	[
		{
			displayName: 'Type',
			name: 'type',
			type: 'options',
			required: true,
			default: 'account',
			options: [
				{
					name: 'Account',
					value: 'account',
					description: 'One item with the counts of the account',
				},
				{
					name: 'Agent',
					value: 'agent',
					description: 'One item per agent with their counts, 25 agents a page',
				},
			],
			routing: query('type'),
		},
	],
);
