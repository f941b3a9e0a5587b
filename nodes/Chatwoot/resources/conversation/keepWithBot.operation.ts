import type { INodePropertyOptions } from 'n8n-workflow';

import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Keep With Bot',
	value: 'keepWithBot',
	action: 'Keep a conversation with the bot by setting it to pending',
	description:
		'Set the conversation’s status to pending: Chatwoot keeps it out of the agents’ open list while an agent bot answers. Assignments are not changed. Output: the new status.',
	routing: {
		request: {
			method: 'POST',
			url: `${CONVERSATION}/toggle_status`,
			body: { status: 'pending' },
		},
		output: { postReceive: [{ type: 'rootProperty', properties: { property: 'payload' } }] },
	},
};
