import type { INodePropertyOptions } from 'n8n-workflow';

import { MEMBERS, payload } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Agents',
	value: 'getAgents',
	action: 'Get the agents of an inbox',
	description: 'List the agents who are members of the inbox, in one request',
	routing: {
		request: { method: 'GET', url: `${MEMBERS}/{inboxId}` },
		output: { postReceive: [payload] },
	},
};
