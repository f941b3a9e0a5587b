import type { INodePropertyOptions } from 'n8n-workflow';

import { memberChange, MEMBERS, payload } from './fields';

export const option: INodePropertyOptions = {
	name: 'Set Agents',
	value: 'setAgents',
	action: 'Set the agents of an inbox and remove the others',
	description: 'Make exactly these agents the members of the inbox: others are removed',
	routing: {
		request: { method: 'PATCH', url: MEMBERS },
		send: memberChange,
		output: { postReceive: [payload] },
	},
};
