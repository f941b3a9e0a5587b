import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { CONTACT, contactAttributes, payload, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update a contact',
	description:
		'Change only the fields you set; custom and additional attributes are merged into the stored ones',
	routing: { request: { method: 'PUT', url: CONTACT }, output: { postReceive: [payload] } },
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['update'] } },
	[
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields you add here are sent',
			options: contactAttributes('updateFields'),
		},
	],
);
