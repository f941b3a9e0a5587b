import type { INodePropertyOptions } from 'n8n-workflow';

import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mark Unread',
	value: 'markUnread',
	action: 'Mark a conversation as unread',
	description:
		'Show the conversation as unread again, from the contact’s last message on (all of it when the contact has sent none); returns the conversation',
	routing: { request: { method: 'POST', url: `${CONVERSATION}/unread` } },
};
