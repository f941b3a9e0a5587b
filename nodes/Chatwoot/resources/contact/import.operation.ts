import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { sendImportFile } from './hooks';
import { CONTACTS, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Import',
	value: 'import',
	action: 'Import contacts from a CSV file',
	description:
		'Hand Chatwoot a CSV file of contacts to create or update in the background; administrators only. Chatwoot emails the administrators when it is done.',
	routing: {
		request: { method: 'POST', url: `${CONTACTS}/import` },
		send: { preSend: [sendImportFile('binaryPropertyName')] },
		output: { postReceive: [successWhenEmpty] },
	},
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['import'] } },
	[
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			placeholder: 'e.g. data',
			description: 'Name of the input item’s binary property that holds the CSV file',
			hint: 'A header row, then one contact a row: name, email, phone_number, identifier, and company_name and city for the contact’s details; other columns are kept as custom attributes. A row whose identifier, email or phone number matches a contact updates that contact.',
		},
	],
);
