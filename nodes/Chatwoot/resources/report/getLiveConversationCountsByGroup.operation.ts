import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { get, LIVE_REPORTS, query, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Live Conversation Counts by Group',
	value: 'getLiveConversationCountsByGroup',
	action: 'Get live conversation counts per team or agent',
	description:
		'One item per team or assigned agent with their open, unattended and unassigned conversations now',
	routing: get(`${LIVE_REPORTS}/grouped_conversation_metrics`),
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['getLiveConversationCountsByGroup'] } },
	[
		{
			displayName: 'Group By',
			name: 'groupedBy',
			type: 'options',
			required: true,
			default: 'team_id',
			options: [
				{
					name: 'Agent',
					value: 'assignee_id',
					description:
						'One item per assigned agent; unassigned conversations have assignee_id null',
				},
				{
					name: 'Team',
					value: 'team_id',
					description: 'One item per team; conversations without a team have team_id null',
				},
			],
			routing: query('group_by'),
		},
	],
);
