import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendAttributeKeys } from './hooks';
import { CONTACT, payload, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete Custom Attributes',
	value: 'deleteCustomAttributes',
	action: 'Delete custom attributes of a contact',
	description:
		'Remove these custom attribute keys and their values from the contact; other keys are kept',
	routing: {
		request: { method: 'POST', url: `${CONTACT}/destroy_custom_attributes` },
		send: { preSend: [sendAttributeKeys] },
		output: { postReceive: [payload] },
	},
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['deleteCustomAttributes'] } },
	[
		{
			displayName: 'Attribute Keys',
			name: 'attributeKeys',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. plan, seats',
			description:
				'Keys of the custom attributes to remove, separated by commas, or a list mapped from an earlier node',
		},
	],
);
