import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { chatwootApiRequest } from '../common/transport';
import { accountPath } from '../common/instanceUrl';
import {
	inboxIdOf,
	messageKind,
	messagePasses,
	type MessageFilters,
} from '../common/triggerFilters';
import {
	advance,
	type Cursor,
	LOOKBACK_SECONDS,
	seconds,
	type Stamped,
	windowStart,
} from './cursor';

/** Conversations per page (Chatwoot's CONVERSATION_RESULTS_PER_PAGE default). */
const CONVERSATION_PAGE = 25;
/** Messages per page when reading back with `before`. */
const MESSAGE_PAGE = 20;
/** Records a manual run shows per event, so the user sees the shape of the data. */
const MANUAL_SAMPLE = 5;

export interface PollState extends IDataObject {
	/** Account and inbox the cursors were taken in; a change starts again from now. */
	scope?: string;
	conversations?: Cursor;
	messages?: Cursor;
}

interface Scope {
	base: string;
	inboxId?: number;
}

function scopeOf(context: IPollFunctions): Scope {
	return {
		base: accountPath(context.getNodeParameter('accountId', '')),
		inboxId: inboxIdOf(context.getNodeParameter('inboxId', '', { extractValue: true })),
	};
}

async function conversationPage(
	context: IPollFunctions,
	scope: Scope,
	sortBy: string,
	page: number,
): Promise<IDataObject[]> {
	const qs: IDataObject = { sort_by: sortBy, status: 'all', assignee_type: 'all', page };
	if (scope.inboxId !== undefined) qs.inbox_id = scope.inboxId;
	const body = (await chatwootApiRequest.call(context, {
		method: 'GET',
		subject: 'this trigger',
		path: `${scope.base}/conversations`,
		qs,
	})) as IDataObject;
	// the plain list keeps its `data` wrapper (docs/server-facts.md#conversation-filter-shape)
	const payload = ((body?.data as IDataObject | undefined)?.payload ?? body?.payload) as unknown;
	return Array.isArray(payload) ? (payload as IDataObject[]) : [];
}

/**
 * Conversations, newest `sortKey` first, down to `from`; with no `from`, down to
 * LOOKBACK_SECONDS behind the newest one. Returns them and the time the walk started from.
 */
async function walkConversations(
	context: IPollFunctions,
	scope: Scope,
	sortBy: string,
	sortKey: string,
	from: number | undefined,
): Promise<{ conversations: IDataObject[]; newest?: number }> {
	const conversations: IDataObject[] = [];
	let newest: number | undefined;
	for (let page = 1; ; page++) {
		const records = await conversationPage(context, scope, sortBy, page);
		for (const record of records) {
			const at = seconds(record[sortKey]);
			newest ??= at;
			from ??= at - LOOKBACK_SECONDS;
			if (at < from) return { conversations, newest };
			conversations.push(record);
		}
		if (records.length < CONVERSATION_PAGE) return { conversations, newest };
	}
}

const stampConversation = (record: IDataObject): Stamped => ({
	id: String(record.id),
	createdAt: seconds(record.created_at),
	record: { event: 'conversation_created', ...record },
});

/** Messages of one conversation created at or after `from`, walking back with `before`. */
async function messagesSince(
	context: IPollFunctions,
	scope: Scope,
	conversationId: unknown,
	from: number,
): Promise<IDataObject[]> {
	const found: IDataObject[] = [];
	let before: unknown;
	for (;;) {
		const body = (await chatwootApiRequest.call(context, {
			method: 'GET',
			subject: 'this trigger',
			path: `${scope.base}/conversations/${String(conversationId)}/messages`,
			qs: before === undefined ? {} : { before },
		})) as IDataObject;
		// oldest first within the page (docs/server-facts.md#message-list-order)
		const page = Array.isArray(body?.payload) ? (body.payload as IDataObject[]) : [];
		found.push(...page.filter((message) => seconds(message.created_at) >= from));
		if (page.length < MESSAGE_PAGE || seconds(page[0].created_at) < from) return found;
		before = page[0].id;
	}
}

// activity messages ("Conversation was resolved") are not messages a webhook reports either
const isChatMessage = (message: IDataObject) => messageKind(message.message_type) !== 'activity';

const stampMessage = (record: IDataObject): Stamped => ({
	id: String(record.id),
	createdAt: seconds(record.created_at),
	record: { event: 'message_created', ...record },
});

/** New conversations since the cursor; starts the cursor at the newest conversation when there is none. */
async function pollConversations(
	context: IPollFunctions,
	scope: Scope,
	cursor: Cursor | undefined,
): Promise<{ cursor: Cursor; fresh: Stamped[] }> {
	const from = cursor ? windowStart(cursor) : undefined;
	const { conversations, newest } = await walkConversations(
		context,
		scope,
		'created_at_desc',
		'created_at',
		from,
	);
	const next: Cursor = cursor ?? { watermark: newest ?? 0, seen: {} };
	const fresh = advance(next, conversations.map(stampConversation));
	return { cursor: next, fresh: cursor ? fresh : [] };
}

/**
 * New messages since the cursor: every conversation active in the window is read back to
 * the window's start. A new message moves its conversation's `last_activity_at`, so none is missed.
 */
async function pollMessages(
	context: IPollFunctions,
	scope: Scope,
	cursor: Cursor | undefined,
): Promise<{ cursor: Cursor; fresh: Stamped[] }> {
	const walkFrom = cursor ? windowStart(cursor) : undefined;
	const { conversations, newest } = await walkConversations(
		context,
		scope,
		'last_activity_at_desc',
		'last_activity_at',
		walkFrom,
	);
	const from = walkFrom ?? (newest ?? 0) - LOOKBACK_SECONDS;
	const read: IDataObject[] = [];
	for (const conversation of conversations) {
		read.push(...(await messagesSince(context, scope, conversation.id, from)));
	}
	const next: Cursor = cursor ?? { watermark: newest ?? 0, seen: {} };
	const fresh = advance(next, read.filter(isChatMessage).map(stampMessage));
	return { cursor: next, fresh: cursor ? fresh : [] };
}

function filtersOf(context: IPollFunctions, inboxId?: number): MessageFilters {
	return {
		inboxId,
		messageType: context.getNodeParameter('messageType', 'any') as MessageFilters['messageType'],
		includePrivateNotes: context.getNodeParameter('includePrivateNotes', false) as boolean,
	};
}

/** The latest records, for a manual run: no cursor is read or moved. */
async function sample(
	context: IPollFunctions,
	scope: Scope,
	events: string[],
	filters: MessageFilters,
): Promise<Stamped[]> {
	const items: Stamped[] = [];
	if (events.includes('conversationCreated')) {
		const page = await conversationPage(context, scope, 'created_at_desc', 1);
		items.push(...page.slice(0, MANUAL_SAMPLE).map(stampConversation));
	}
	if (events.includes('messageCreated')) {
		const messages: Stamped[] = [];
		for (const conversation of await conversationPage(context, scope, 'last_activity_at_desc', 1)) {
			if (messages.length >= MANUAL_SAMPLE) break;
			const body = (await chatwootApiRequest.call(context, {
				method: 'GET',
				subject: 'this trigger',
				path: `${scope.base}/conversations/${String(conversation.id)}/messages`,
			})) as IDataObject;
			const page = Array.isArray(body?.payload) ? (body.payload as IDataObject[]) : [];
			messages.push(
				...page
					.filter(isChatMessage)
					.filter((message) => messagePasses(message, filters))
					.map(stampMessage),
			);
		}
		items.push(...messages.sort((a, b) => b.createdAt - a.createdAt).slice(0, MANUAL_SAMPLE));
	}
	return items;
}

/** One poll: the new conversations and messages since the last, oldest first, or null when there are none. */
export async function pollChatwoot(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const events = this.getNodeParameter('events', []) as string[];
	const scope = scopeOf(this);
	const filters = filtersOf(this, scope.inboxId);

	let items: Stamped[];
	if (this.getMode() === 'manual') {
		items = await sample(this, scope, events, filters);
	} else {
		const state = this.getWorkflowStaticData('node') as PollState;
		const scopeKey = `${scope.base}|${scope.inboxId ?? ''}`;
		if (state.scope !== scopeKey) {
			delete state.conversations;
			delete state.messages;
			state.scope = scopeKey;
		}
		items = [];
		if (events.includes('conversationCreated')) {
			const { cursor, fresh } = await pollConversations(this, scope, state.conversations);
			state.conversations = cursor;
			items.push(...fresh);
		} else delete state.conversations;
		if (events.includes('messageCreated')) {
			const { cursor, fresh } = await pollMessages(this, scope, state.messages);
			state.messages = cursor;
			items.push(...fresh.filter((item) => messagePasses(item.record, filters)));
		} else delete state.messages;
	}

	if (!items.length) return null;
	items.sort((a, b) => a.createdAt - b.createdAt);
	return [this.helpers.returnJsonArray(items.map((item) => item.record))];
}
