import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson } from '../../helpers/hooks';
import { byDisplayName } from '../../fields';
import { refuseChannelType } from './hooks';
import { inboxAttributes, INBOXES, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update an inbox',
	description: 'Change only the fields you set',
	routing: { request: { method: 'PATCH', url: `${INBOXES}/{inboxId}` } },
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
			description:
				'Only the fields you add here are sent; CSAT Survey Settings replaces the whole stored object',
			options: byDisplayName([
				...inboxAttributes('updateFields'),
				{
					displayName: 'Channel Settings',
					name: 'channel',
					type: 'json',
					default: '{}',
					description:
						'JSON object of channel settings to change, without "type" (an inbox keeps its channel type): for an API channel "webhook_url", "hmac_mandatory" or "additional_attributes"; for a website channel "website_url", "widget_color", "welcome_title" and the like. Keys the channel does not take are dropped.',
					routing: {
						send: { preSend: [sendJson('updateFields.channel', 'channel'), refuseChannelType] },
					},
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'name' } },
				},
			]),
		},
	],
);
