import type { INodePropertyOptions } from 'n8n-workflow';

import { INBOXES, payload } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Assignable Agents',
	value: 'getAssignableAgents',
	action: 'Get the agents a conversation of an inbox can be assigned to',
	description:
		'Lists the members of the inbox and every administrator of the account, in one request',
	routing: {
		request: { method: 'GET', url: `${INBOXES}/{inboxId}/assignable_agents` },
		output: { postReceive: [payload] },
	},
};
