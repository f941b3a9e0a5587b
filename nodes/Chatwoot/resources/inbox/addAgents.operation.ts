import type { INodePropertyOptions } from 'n8n-workflow';

import { memberChange, MEMBERS, payload } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Agents',
	value: 'addAgents',
	action: 'Add agents to an inbox',
	description: 'Add agents to the inbox; agents who belong to it already stay',
	routing: {
		request: { method: 'POST', url: MEMBERS },
		send: memberChange,
		output: { postReceive: [payload] },
	},
};
