import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { dated, query, REPORTS, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Outgoing Messages Count',
	value: 'getOutgoingMessagesCount',
	action: 'Get outgoing message counts',
	description:
		'One item per agent, team, inbox or label with the number of messages sent. Needs Since and Until (Chatwoot 4.11 and later).',
	routing: dated(
		`${REPORTS}/outgoing_messages_count`,
		'without both Chatwoot answers an empty list.',
	),
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['getOutgoingMessagesCount'] } },
	[
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
	],
);
