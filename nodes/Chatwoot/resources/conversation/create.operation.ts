import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson } from '../../helpers/hooks';
import { sendTime } from '../../helpers/values';
import { pickerIn, resourceLocatorField } from '../../fields';
import { agentPicker, inboxPicker, teamPicker } from '../../pickers';
import { sendInitialMessageTemplate } from './hooks';
import { CONVERSATIONS, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create',
	value: 'create',
	action: 'Create a conversation',
	description:
		'Start a conversation with a contact in an inbox. If the inbox keeps one conversation per contact, Chatwoot returns the existing conversation instead of creating one (even a resolved one): then only the Initial Message is applied, added to it.',
	routing: { request: { method: 'POST', url: CONVERSATIONS } },
};

const createFields: INodeProperties[] = [
	inboxPicker('The inbox the conversation takes place in', { bodyKey: 'inbox_id' }),
	resourceLocatorField('contactId', 'Contact', {
		searchListMethod: 'searchContacts',
		noun: 'a contact',
		urlPattern: '/app/accounts/\\d+/contacts/(\\d+)',
		description: 'The contact the conversation is with',
		bodyKey: 'contact_id',
	}),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Additional Attributes (JSON)',
				name: 'additionalAttributes',
				type: 'json',
				default: '{}',
				description: 'Extra details such as the browser, as a JSON object',
				routing: {
					send: {
						preSend: [sendJson('additionalFields.additionalAttributes', 'additional_attributes')],
					},
				},
			},
			pickerIn(
				'additionalFields',
				agentPicker('assigneeId', 'Assignee', 'The agent the conversation is assigned to'),
				'assignee_id',
			),
			{
				displayName: 'Custom Attributes (JSON)',
				name: 'customAttributes',
				type: 'json',
				default: '{}',
				description:
					'Values of the conversation custom attributes, as a JSON object such as {"order_id": "A-1001"}',
				routing: {
					send: { preSend: [sendJson('additionalFields.customAttributes', 'custom_attributes')] },
				},
			},
			{
				displayName: 'Initial Message',
				name: 'initialMessage',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Text of a first message sent in the new conversation',
				routing: { send: { type: 'body', property: 'message.content' } },
			},
			{
				displayName: 'Initial Message Template (JSON)',
				name: 'initialMessageTemplate',
				type: 'json',
				default: '{}',
				description:
					'WhatsApp template for the first message, as template_params: {"name", "category", "language", "processed_params"}',
				routing: {
					send: {
						preSend: [sendInitialMessageTemplate('additionalFields.initialMessageTemplate')],
					},
				},
			},
			{
				displayName: 'Snoozed Until',
				name: 'snoozedUntil',
				type: 'dateTime',
				default: '',
				description:
					'When a snoozed conversation opens again; sent as a UTC time, so a date without an offset is read in the workflow’s time zone',
				routing: {
					send: {
						preSend: [
							sendTime('additionalFields.snoozedUntil', 'body', 'snoozed_until', { format: 'iso' }),
						],
					},
				},
			},
			{
				displayName: 'Source ID',
				name: 'sourceId',
				type: 'string',
				default: '',
				description:
					'ID of the contact in the inbox channel (contact inbox source ID), e.g. for API inboxes',
				routing: { send: { type: 'body', property: 'source_id' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'open',
				options: [
					{ name: 'Open', value: 'open' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Resolved', value: 'resolved' },
					{ name: 'Snoozed', value: 'snoozed' },
				],
				description:
					'Not always kept: a blocked contact’s conversation starts resolved, and one in an inbox with an active agent bot starts pending',
				routing: { send: { type: 'body', property: 'status' } },
			},
			pickerIn(
				'additionalFields',
				teamPicker('The team the conversation is assigned to'),
				'team_id',
			),
		],
	},
];

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['create'] } },
	createFields,
);
