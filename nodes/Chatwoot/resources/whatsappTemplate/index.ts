import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { byDisplayName, listFields, resourceOption } from '../../fields';
import { inboxPicker } from '../../pickers';
import type { ResourceDescription } from '../types';
import { ANY_STATUS, templatesOfInbox } from './hooks';

const RESOURCE = 'whatsappTemplate';
const INBOXES = '/api/v1/accounts/{accountId}/inboxes';

export const whatsappTemplateOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many message templates of an inbox',
			description:
				'List the message templates Chatwoot has stored for a WhatsApp inbox, one item per template with its name, language, status, category and components',
			routing: {
				// the trailing slash keeps this a path of its own beside Inbox → Get; Rails routes both to the inbox (docs/server-facts.md#whatsapp-templates-stored)
				request: { method: 'GET', url: `${INBOXES}/{inboxId}/` },
				output: { postReceive: [templatesOfInbox] },
			},
		},
		{
			name: 'Sync',
			value: 'sync',
			action: 'Sync the message templates of an inbox',
			description:
				'Ask Chatwoot to fetch the inbox’s templates from WhatsApp again now; it does so in the background and answers at once',
			routing: { request: { method: 'POST', url: `${INBOXES}/{inboxId}/sync_templates` } },
		},
	],
	default: 'getAll',
};

export const whatsappTemplateFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE] } }, [
		inboxPicker(
			'The WhatsApp inbox (WhatsApp Cloud, 360dialog or Twilio WhatsApp) whose templates to work with',
		),
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getAll'] } }, [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			description: 'Applied by the node to the templates Chatwoot holds; nothing is sent',
			options: byDisplayName([
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: [
						{ name: 'Any', value: ANY_STATUS },
						{
							name: 'Approved',
							value: 'approved',
							description: 'The only templates WhatsApp lets you send',
						},
						{ name: 'Disabled', value: 'disabled' },
						{ name: 'Paused', value: 'paused' },
						{ name: 'Pending', value: 'pending' },
						{ name: 'Rejected', value: 'rejected' },
					],
					default: 'approved',
					description: 'Keep only the templates with this review status',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					placeholder: 'e.g. order_update',
					description: 'Keep only the templates whose name contains this text, ignoring case',
				},
				{
					displayName: 'Language',
					name: 'language',
					type: 'string',
					default: '',
					placeholder: 'e.g. en_US',
					description: 'Keep only the templates in this language code, ignoring case',
				},
				{
					displayName: 'Category',
					name: 'category',
					type: 'options',
					options: [
						{ name: 'Authentication', value: 'authentication' },
						{ name: 'Marketing', value: 'marketing' },
						{ name: 'Utility', value: 'utility' },
					],
					default: 'utility',
					description: 'Keep only the templates of this category',
				},
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'WhatsApp Template',
		RESOURCE,
		'Message templates of a WhatsApp inbox, as Chatwoot stores them from WhatsApp',
	),
	operations: whatsappTemplateOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...whatsappTemplateFields],
};
