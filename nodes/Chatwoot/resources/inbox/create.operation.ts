import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson } from '../../helpers/hooks';
import { byDisplayName } from '../../fields';
import { nameField } from '../../commonFields';
import { requireChannelType } from './hooks';
import { inboxAttributes, INBOXES, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create an inbox',
	description: 'Create an inbox of the chosen channel; returns the new inbox',
	routing: { request: { method: 'POST', url: INBOXES } },
};

const channelHelp =
	'JSON object describing the channel. "type" says which kind: api, web_widget, email, line, telegram, whatsapp or sms. ' +
	'An API channel also takes "webhook_url" (where Chatwoot posts events of the inbox), "hmac_mandatory" (true to require an identifier hash from contacts) ' +
	'and "additional_attributes" (an object); a website channel needs "website_url". ' +
	'Keys the type does not take are dropped without an error, and another "type" is refused by Chatwoot (422).';

/** Name shows first of all inbox fields, so index.ts places it apart from the other create fields. */
export const nameFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: ['inbox'], operation: ['create'] } },
	[
		{
			...nameField,
			description:
				'Name shown in the Chatwoot dashboard; a Telegram inbox is always named after its bot instead',
		},
	],
);

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['create'] } },
	[
		{
			displayName: 'Channel',
			name: 'channel',
			type: 'json',
			required: true,
			default: '{\n  "type": "api"\n}',
			description: channelHelp,
			routing: { send: { preSend: [sendJson('channel', 'channel'), requireChannelType] } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName(inboxAttributes('additionalFields')),
		},
	],
);
