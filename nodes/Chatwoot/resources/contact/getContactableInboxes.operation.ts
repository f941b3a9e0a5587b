import type { INodePropertyOptions } from 'n8n-workflow';

import { CONTACT, payload } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Contactable Inboxes',
	value: 'getContactableInboxes',
	action: 'Get the inboxes a contact can be reached in',
	description:
		'Inboxes where a conversation with the contact can be started, with the source ID to use in each',
	routing: {
		request: { method: 'GET', url: `${CONTACT}/contactable_inboxes` },
		output: { postReceive: [payload] },
	},
};
