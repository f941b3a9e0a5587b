import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { inboxPicker } from '../../pickers';
import { sendText } from '../../helpers/preSend';
import { CONTACT, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Link to Inbox',
	value: 'linkToInbox',
	action: 'Link a contact to an inbox',
	description: 'Make the contact reachable in one more inbox, with its own source ID there',
	routing: { request: { method: 'POST', url: `${CONTACT}/contact_inboxes` } },
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['linkToInbox'] } },
	[
		inboxPicker('The inbox to link the contact to', { bodyKey: 'inbox_id' }),
		{
			displayName: 'Source ID',
			name: 'sourceId',
			type: 'string',
			default: '',
			description:
				'The contact’s address in that inbox, such as a phone number or your own ID on an API inbox. Leave empty to let Chatwoot make one up.',
			routing: { send: { preSend: [sendText('sourceId', 'source_id', { trim: true })] } },
		},
	],
);
