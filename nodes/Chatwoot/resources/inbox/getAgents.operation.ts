import type { INodePropertyOptions } from 'n8n-workflow';

import { MEMBERS, payload } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Members',
	value: 'getMembers',
	action: 'Get the agents of an inbox',
	routing: {
		request: { method: 'GET', url: `${MEMBERS}/{inboxId}` },
		output: { postReceive: [payload] },
	},
};
