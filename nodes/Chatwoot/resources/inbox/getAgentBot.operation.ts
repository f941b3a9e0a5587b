import type { INodePropertyOptions } from 'n8n-workflow';

import { inboxAgentBot } from './hooks';
import { INBOXES } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Agent Bot',
	value: 'getAgentBot',
	action: 'Get the agent bot of an inbox',
	description: 'Returns the bot connected to the inbox, or one empty item when it has none',
	routing: {
		request: { method: 'GET', url: `${INBOXES}/{inboxId}/agent_bot` },
		output: { postReceive: [inboxAgentBot] },
	},
};
