import type { INodePropertyOptions } from 'n8n-workflow';

import { CONTACT, payload } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Conversations',
	value: 'getConversations',
	action: 'Get conversations of a contact',
	description:
		'The 20 most recent conversations of the contact in inboxes you can see; older ones are not returned',
	routing: {
		request: { method: 'GET', url: `${CONTACT}/conversations` },
		output: { postReceive: [payload] },
	},
};
