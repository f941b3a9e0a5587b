import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson } from '../../helpers/hooks';
import { CONVERSATION, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Set Custom Attributes',
	value: 'setCustomAttributes',
	action: 'Set the custom attributes of a conversation and remove the others',
	description: 'Replace the custom attributes of a conversation: keys you leave out are removed',
	routing: { request: { method: 'POST', url: `${CONVERSATION}/custom_attributes` } },
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['setCustomAttributes'] } },
	[
		{
			displayName: 'Custom Attributes (JSON)',
			name: 'customAttributes',
			type: 'json',
			required: true,
			default: '{}',
			description:
				'All the custom attributes the conversation keeps, as a JSON object such as {"order_id": "A-1001"}',
			routing: { send: { preSend: [sendJson('customAttributes', 'custom_attributes')] } },
		},
	],
);
