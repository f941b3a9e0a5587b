import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { agentPicker, teamPicker } from '../../pickers';
import { checkHandOffPickers, handOffOutput } from './hooks';
import { CONVERSATION, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Hand Off',
	value: 'handOff',
	action: 'Hand off a conversation to a human agent',
	description:
		'Set the conversation to open so agents handle it, then, if given, assign the team and the agent and add a private note with the reason. Steps run in this order; if one fails, the ones before it stay done. With an agent’s (not administrator’s) user token, opening also assigns it to that agent unless you pick one.',
	routing: {
		request: {
			method: 'POST',
			url: `${CONVERSATION}/toggle_status`,
			body: { status: 'open' },
		},
		send: { preSend: [checkHandOffPickers] },
		output: { postReceive: [handOffOutput] },
	},
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['handOff'] } },
	[
		{
			...teamPicker('The team to hand the conversation to; leave empty to keep its team'),
			required: false,
		},
		{
			...agentPicker(
				'assigneeId',
				'Agent',
				'The agent to hand the conversation to; leave empty to keep the assignee',
			),
			required: false,
		},
		{
			displayName: 'Private Note',
			name: 'privateNote',
			type: 'string',
			typeOptions: { rows: 2 },
			default: '',
			placeholder: 'e.g. Customer asks for a refund over the bot’s limit',
			description:
				'Why the conversation is handed off: added as a private note that only agents see. Leave empty for none.',
		},
	],
);
