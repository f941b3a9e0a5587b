import type { INodeProperties } from 'n8n-workflow';

import { resourceLocatorField } from './fields';

/** Client API paths: an API inbox's identifier, then a contact's source ID, then the conversation's display ID. */
export const INBOX = '/public/api/v1/inboxes/{inboxIdentifier}';
export const CONTACTS = `${INBOX}/contacts`;
export const CONTACT = `${CONTACTS}/{contactIdentifier}`;
export const CONVERSATIONS = `${CONTACT}/conversations`;
export const CONVERSATION = `${CONVERSATIONS}/{conversationId}`;
export const MESSAGES = `${CONVERSATION}/messages`;

/** The dashboard link of a conversation; its number is the same display ID the Client API uses. */
export const CONVERSATION_URL_PATTERN = '/app/accounts/\\d+/conversations/(\\d+)';

export const inboxIdentifierField: INodeProperties = {
	displayName: 'Inbox Identifier',
	name: 'inboxIdentifier',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. cVx4Wm9kq2PHR1oYv5TnZ3aB',
	description:
		'Identifier of the API channel inbox the contact talks through. In Chatwoot: Settings → Inboxes → the API inbox → Configuration → Inbox Identifier. The Client API needs no access token, only this.',
};

export const contactIdentifierField: INodeProperties = {
	displayName: 'Contact Identifier',
	name: 'contactIdentifier',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 6b1e3c0a-9d52-4f1e-b2a4-1f0c8e7d5a21',
	description:
		'The contact’s source ID in this inbox: the source_id that Client Contact → Create returns. Keep it to act as that contact later.',
};

export const conversationIdField = resourceLocatorField('conversationId', 'Conversation', {
	searchListMethod: 'searchClientConversations',
	noun: 'a conversation',
	urlPattern: CONVERSATION_URL_PATTERN,
	description:
		'A conversation of the contact: the number shown in the dashboard, which the Client API also uses',
});

export const CONVERSATION_OPERATIONS = ['get', 'resolve', 'setTypingStatus', 'updateLastSeen'];
