import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { byDisplayName, pickerIn } from '../../fields';
import { inboxPicker } from '../../pickers';
import { createdContact } from './hooks';
import { contactAttributes, CONTACTS, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a contact',
	description:
		'Create a contact, optionally linked to an inbox; the output adds that link as contact_inbox',
	routing: {
		request: { method: 'POST', url: CONTACTS },
		output: { postReceive: [createdContact] },
	},
};

const inboxLink: INodeProperties[] = [
	pickerIn(
		'additionalFields',
		inboxPicker(
			'An inbox to link the new contact to; the output then holds the link under contact_inbox',
		),
		'inbox_id',
	),
	{
		displayName: 'Source ID',
		name: 'sourceId',
		type: 'string',
		default: '',
		description:
			'The contact’s address in that inbox (for example a phone number on WhatsApp, or your own ID on an API inbox). Used only with Inbox; Chatwoot makes one up when empty.',
		routing: { send: { type: 'body', property: 'source_id' } },
	},
];

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['create'] } },
	[
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([...contactAttributes('additionalFields'), ...inboxLink]),
		},
	],
);
