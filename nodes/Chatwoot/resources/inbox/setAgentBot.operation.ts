import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { resourceLocatorField } from '../../fields';
import { sendInboxAgentBot } from './hooks';
import { INBOXES, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Set Agent Bot',
	value: 'setAgentBot',
	action: 'Set or remove the agent bot of an inbox',
	description: 'Connect an agent bot to the inbox, replacing any other, or disconnect it',
	routing: {
		request: { method: 'POST', url: `${INBOXES}/{inboxId}/set_agent_bot` },
		send: { preSend: [sendInboxAgentBot] },
		output: { postReceive: [successWhenEmpty] },
	},
};

export const fields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['setAgentBot'] } }, [
		{
			displayName: 'Agent Bot Action',
			name: 'agentBotAction',
			type: 'options',
			noDataExpression: true,
			options: [
				{
					name: 'Attach',
					value: 'attach',
					description: 'Connect the agent bot below, replacing any other',
				},
				{
					name: 'Detach',
					value: 'detach',
					description: 'Disconnect the agent bot the inbox has, if any',
				},
			],
			default: 'attach',
		},
	]),
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['setAgentBot'], agentBotAction: ['attach'] } },
		[
			resourceLocatorField('agentBotId', 'Agent Bot', {
				searchListMethod: 'searchAgentBots',
				noun: 'an agent bot',
				description: 'The agent bot that answers the conversations of the inbox',
			}),
		],
	),
];
