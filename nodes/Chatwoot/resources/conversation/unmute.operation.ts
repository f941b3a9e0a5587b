import type { INodePropertyOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Unmute',
	value: 'unmute',
	action: 'Unmute a conversation',
	description: 'Unblock the contact of a muted conversation; the conversation keeps its status',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/unmute` },
		output: { postReceive: [successWhenEmpty] },
	},
};
