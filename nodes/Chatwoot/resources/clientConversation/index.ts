import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { jsonObjectField, operationsOf } from '../../fields';
import { CONVERSATION, CONVERSATIONS } from '../../clientApi';
import type { ResourceDescription } from '../types';
import {
	contactIdentifierField,
	CONVERSATION_OPERATIONS,
	conversationIdField,
	inboxIdentifierField,
} from '../../clientApi';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'clientConversation';

export const clientConversationOperations: INodeProperties = operationsOf(
	RESOURCE,
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a client conversation',
			description:
				'Open a conversation for the contact; an inbox that allows one conversation per contact returns the open one',
			routing: { request: { method: 'POST', url: CONVERSATIONS } },
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a client conversation',
			description: 'Get one conversation of the contact with all its public messages',
			routing: { request: { method: 'GET', url: CONVERSATION } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many client conversations',
			description: 'List the contact’s conversations; Chatwoot sends them all in one answer',
			routing: { request: { method: 'GET', url: CONVERSATIONS } },
		},
		{
			name: 'Resolve',
			value: 'resolve',
			action: 'Resolve a client conversation',
			description:
				'Mark the conversation resolved on behalf of the contact; a resolved one stays as it is',
			routing: { request: { method: 'POST', url: `${CONVERSATION}/toggle_status` } },
		},
		{
			name: 'Set Typing Status',
			value: 'setTypingStatus',
			action: 'Set the typing status of a client conversation',
			description: 'Show agents that the contact is typing, or stop showing it',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/toggle_typing` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Update Last Seen',
			value: 'updateLastSeen',
			action: 'Update last seen in a client conversation',
			description: 'Record that the contact has read the conversation up to now',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/update_last_seen` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
	],
	'getAll',
);

export const clientConversationFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					...jsonObjectField(
						'customAttributes',
						'Custom Attributes',
						'Conversation attributes defined in Chatwoot, as a JSON object such as {"order_id": "A-1001"}',
					),
					routing: {
						send: { preSend: [sendJson('additionalFields.customAttributes', 'custom_attributes')] },
					},
				},
			],
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['setTypingStatus'] } }, [
		{
			displayName: 'Typing Status',
			name: 'typingStatus',
			type: 'options',
			default: 'on',
			options: [
				{ name: 'On', value: 'on', description: 'The contact is typing' },
				{ name: 'Off', value: 'off', description: 'The contact stopped typing' },
			],
			routing: { send: { type: 'body', property: 'typing_status' } },
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Client Conversation',
		'clientConversation',
		'Conversations of a contact in an API inbox (Client API)',
	),
	operations: clientConversationOperations,
	fields: [
		...listFields(RESOURCE, ['getAll']),
		...updateDisplayOptions({ show: { resource: ['clientConversation'] } }, [
			inboxIdentifierField,
			contactIdentifierField,
		]),
		...updateDisplayOptions(
			{ show: { resource: ['clientConversation'], operation: CONVERSATION_OPERATIONS } },
			[conversationIdField],
		),
		...clientConversationFields,
	],
};
