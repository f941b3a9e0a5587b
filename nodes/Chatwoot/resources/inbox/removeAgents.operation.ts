import type { INodePropertyOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { memberChange, MEMBERS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Agents',
	value: 'removeAgents',
	action: 'Remove agents from an inbox',
	description: 'Take agents out of the inbox. Returns { success: true }.',
	routing: {
		request: { method: 'DELETE', url: MEMBERS },
		send: memberChange,
		output: { postReceive: [successWhenEmpty] },
	},
};
