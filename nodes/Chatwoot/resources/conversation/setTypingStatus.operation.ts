import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { CONVERSATION, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Set Typing Status',
	value: 'setTypingStatus',
	action: 'Set the typing status of a conversation',
	description: 'Show or hide the typing indicator in a conversation',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/toggle_typing_status` },
		output: { postReceive: [successWhenEmpty] },
	},
};

const typingFields: INodeProperties[] = [
	{
		displayName: 'Typing Status',
		name: 'typingStatus',
		type: 'options',
		required: true,
		default: 'on',
		options: [
			{ name: 'On', value: 'on' },
			{ name: 'Off', value: 'off' },
		],
		routing: { send: { type: 'body', property: 'typing_status' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Private Note',
				name: 'isPrivate',
				type: 'boolean',
				default: false,
				description: 'Whether the typing is for a private note, seen by agents only',
				routing: { send: { type: 'body', property: 'is_private' } },
			},
		],
	},
];

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['setTypingStatus'] } },
	typingFields,
);
