import type { IDataObject, INodeProperties } from 'n8n-workflow';

import { accountIdProperty, locatorField } from './fields';

/** The Account ID field of the Chatwoot node, without its resource-based display rule. */
export const triggerAccountIdField: INodeProperties = accountIdProperty;

/** Optional inbox picker, backed by the Chatwoot node's `searchInboxes` list. */
export const inboxFilterField: INodeProperties = locatorField('inboxId', 'Inbox', {
	searchListMethod: 'searchInboxes',
	noun: 'an inbox',
	required: false,
	description:
		'Only events of this inbox start the workflow; leave empty for every inbox. Contact events have no inbox and always pass.',
});

export const messageTypeField = (
	displayOptions?: INodeProperties['displayOptions'],
): INodeProperties => ({
	displayName: 'Message Type',
	name: 'messageType',
	type: 'options',
	default: 'any',
	displayOptions,
	options: [
		{ name: 'Any', value: 'any', description: 'Incoming and outgoing messages' },
		{ name: 'Incoming', value: 'incoming', description: 'Messages from contacts' },
		{
			name: 'Outgoing',
			value: 'outgoing',
			description: 'Messages from agents, bots and templates',
		},
	],
	description: 'Which messages start the workflow',
});

export const includePrivateNotesField = (
	displayOptions?: INodeProperties['displayOptions'],
): INodeProperties => ({
	displayName: 'Include Private Notes',
	name: 'includePrivateNotes',
	type: 'boolean',
	default: false,
	displayOptions,
	description: 'Whether private notes (messages only agents see) also start the workflow',
});

export interface MessageFilters {
	inboxId?: number;
	messageType: 'any' | 'incoming' | 'outgoing';
	includePrivateNotes: boolean;
}

/** The numeric inbox ID a picker value names, or undefined for "every inbox". */
export function inboxIdOf(value: unknown): number | undefined {
	const text = String(
		(value && typeof value === 'object' ? (value as IDataObject).value : value) ?? '',
	).trim();
	return /^[1-9][0-9]*$/.test(text) ? Number(text) : undefined;
}

// webhooks send message_type as a word, the REST API as the enum's index
const MESSAGE_TYPES: Record<string, string> = {
	0: 'incoming',
	1: 'outgoing',
	2: 'activity',
	3: 'template',
};

/** `incoming`, `outgoing`, `activity` or `template`, from either the webhook or the REST form. */
export function messageKind(value: unknown): string | undefined {
	if (value === undefined || value === null) return undefined;
	return MESSAGE_TYPES[String(value)] ?? String(value);
}

/** The inbox an event is about, wherever its payload keeps it; undefined for contact events. */
export function inboxOfEvent(payload: IDataObject): number | undefined {
	const event = String(payload.event ?? '');
	const nested = (key: string) =>
		payload[key] && typeof payload[key] === 'object' ? (payload[key] as IDataObject) : undefined;
	let id: unknown;
	if (event.startsWith('message_') || event === 'webwidget_triggered')
		id = nested('inbox')?.id ?? payload.inbox_id;
	else if (event.startsWith('conversation_typing_')) id = nested('conversation')?.inbox_id;
	else if (event.startsWith('conversation_')) id = payload.inbox_id;
	else if (event.startsWith('inbox_')) id = payload.id;
	const number = Number(id);
	return id === undefined || id === null || !Number.isFinite(number) ? undefined : number;
}

/** Whether a message (webhook payload or REST record) passes the type and private-note filters. */
export function messagePasses(message: IDataObject, filters: MessageFilters): boolean {
	if (message.private === true && !filters.includePrivateNotes) return false;
	const kind = messageKind(message.message_type);
	if (filters.messageType === 'incoming') return kind === 'incoming';
	if (filters.messageType === 'outgoing') return kind === 'outgoing' || kind === 'template';
	return true;
}

/** Whether a delivered event passes the inbox, message type and private-note filters. */
export function eventPasses(payload: IDataObject, filters: MessageFilters): boolean {
	if (filters.inboxId !== undefined) {
		const inboxId = inboxOfEvent(payload);
		if (inboxId !== undefined && inboxId !== filters.inboxId) return false;
	}
	if (String(payload.event ?? '').startsWith('message_')) return messagePasses(payload, filters);
	return true;
}
