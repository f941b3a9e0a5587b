import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendPickedId } from '../../helpers/hooks';
import { resourceLocatorField } from '../../fields';
import { requireTwoContacts } from './hooks';
import { CONTACT_URL, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Merge',
	value: 'merge',
	action: 'Merge two contacts',
	description:
		'Move the conversations, notes and inbox links of a duplicate into the contact to keep, fill its empty fields from the duplicate, then delete the duplicate. Labels are not moved: copy them first with Get Labels and Set Labels. Cannot be undone.',
	routing: {
		request: { method: 'POST', url: '/api/v1/accounts/{accountId}/actions/contact_merge' },
		send: {
			preSend: [
				sendPickedId('baseContactId', 'base_contact_id'),
				sendPickedId('mergeeContactId', 'mergee_contact_id'),
				requireTwoContacts,
			],
		},
	},
};

const baseContactId = resourceLocatorField('baseContactId', 'Contact to Keep', {
	searchListMethod: 'searchContacts',
	noun: 'a contact',
	urlPattern: CONTACT_URL,
	description: 'The contact that remains and receives everything of the duplicate',
});

const mergeeContactId = resourceLocatorField('mergeeContactId', 'Duplicate to Merge In', {
	searchListMethod: 'searchContacts',
	noun: 'a contact',
	urlPattern: CONTACT_URL,
	description:
		'The contact whose conversations, notes and inbox links move to the contact to keep; it is then deleted with its labels',
});

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['merge'] } },
	[baseContactId, mergeeContactId],
);
