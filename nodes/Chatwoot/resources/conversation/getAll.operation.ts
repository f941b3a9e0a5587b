import type { INodePropertyOptions } from 'n8n-workflow';

import { conversationPages } from './hooks';
import { CONVERSATIONS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many conversations',
	description: 'List conversations, latest activity first; by default only open ones',
	routing: {
		request: { method: 'GET', url: CONVERSATIONS, arrayFormat: 'brackets' },
		send: { paginate: true },
		operations: { pagination: conversationPages },
	},
};
