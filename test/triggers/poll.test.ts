import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { ChatwootPollTrigger } from '../../nodes/ChatwootPollTrigger/ChatwootPollTrigger.node';
import { LOOKBACK_SECONDS } from '../../nodes/ChatwootPollTrigger/cursor';
import { requestProblems } from '../harness/openapi';
import { Recorder, type RecordedRequest } from '../harness/recorder';
import { pollContext } from './context';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => {
	server.reset();
	chatwoot.reset();
	server.on((request) => chatwoot.answer(request));
});
// whatever the trigger sends must be a request Chatwoot's API (openapi/) accepts
afterEach(() => expect(server.requests.flatMap(requestProblems)).toEqual([]));

const T0 = 1_760_000_000;

/** A small Chatwoot: conversations and messages, listed and paged as the real server does. */
class FakeChatwoot {
	conversations: IDataObject[] = [];
	messages: IDataObject[] = [];
	private nextMessageId = 1000;

	reset() {
		this.conversations = [];
		this.messages = [];
		this.nextMessageId = 1000;
	}

	conversation(id: number, createdAt: number, inboxId = 1) {
		this.conversations.push({
			id,
			inbox_id: inboxId,
			status: 'open',
			created_at: createdAt,
			last_activity_at: createdAt,
		});
	}

	message(conversationId: number, createdAt: number, fields: IDataObject = {}): number {
		const id = this.nextMessageId++;
		this.messages.push({
			id,
			conversation_id: conversationId,
			content: `m${id}`,
			message_type: 0,
			private: false,
			created_at: createdAt,
			...fields,
		});
		const conversation = this.conversations.find((candidate) => candidate.id === conversationId)!;
		conversation.last_activity_at = Math.max(Number(conversation.last_activity_at), createdAt);
		return id;
	}

	answer(request: RecordedRequest) {
		if (request.method !== 'GET') return undefined;
		if (request.path === '/api/v1/accounts/1/conversations') {
			const {
				sort_by: sortBy,
				page,
				status,
				inbox_id: inboxId,
			} = request.query as Record<string, string>;
			expect(status).toBe('all');
			const key = sortBy === 'created_at_desc' ? 'created_at' : 'last_activity_at';
			const rows = this.conversations
				.filter(
					(conversation) => inboxId === undefined || String(conversation.inbox_id) === inboxId,
				)
				.sort((a, b) => Number(b[key]) - Number(a[key]) || Number(b.id) - Number(a.id));
			const start = (Number(page ?? 1) - 1) * 25;
			return {
				body: {
					data: { meta: { all_count: rows.length }, payload: rows.slice(start, start + 25) },
				},
			};
		}
		const match = /^\/api\/v1\/accounts\/1\/conversations\/(\d+)\/messages$/.exec(request.path);
		if (match) {
			const before = request.query.before === undefined ? Infinity : Number(request.query.before);
			const rows = this.messages
				.filter(
					(message) => message.conversation_id === Number(match[1]) && Number(message.id) < before,
				)
				.sort((a, b) => Number(a.id) - Number(b.id));
			return { body: { meta: {}, payload: rows.slice(-20) } };
		}
		return undefined;
	}
}
const chatwoot = new FakeChatwoot();

const trigger = new ChatwootPollTrigger();
const parameters = {
	accountId: '',
	events: ['conversationCreated', 'messageCreated'],
	inboxId: { __rl: true, mode: 'list', value: '' },
	messageType: 'any',
	includePrivateNotes: false,
};

const keyOf = (json: IDataObject) => `${String(json.event)}:${String(json.id)}`;
async function poll(
	staticData: IDataObject,
	overrides: IDataObject = {},
	mode: 'trigger' | 'manual' = 'trigger',
): Promise<string[]> {
	const result = (await trigger.poll.call(
		pollContext(server.baseUrl, { ...parameters, ...overrides }, staticData, mode),
	)) as INodeExecutionData[][] | null;
	return result ? result[0].map((item) => keyOf(item.json)) : [];
}

test('three polls with records arriving in between: every new record once, none twice, none skipped', async () => {
	// before the first poll: history that must never be returned
	for (let id = 1; id <= 30; id++) chatwoot.conversation(id, T0 - 1000 + id);
	chatwoot.message(30, T0 - 5);
	const staticData: IDataObject = {};

	expect(await poll(staticData)).toEqual([]);

	const expected: string[] = [];
	// between polls 1 and 2: 30 conversations (more than a page) in the same second as the last old one,
	// a busy conversation with 45 messages (more than two message pages), a private note and an activity message
	for (let id = 31; id <= 60; id++) {
		chatwoot.conversation(id, T0 - 970);
		expected.push(`conversation_created:${id}`);
	}
	for (let n = 0; n < 45; n++) expected.push(`message_created:${chatwoot.message(5, T0 + n)}`);
	chatwoot.message(7, T0 + 50, { private: true, message_type: 1 });
	chatwoot.message(7, T0 + 51, { message_type: 2, content: 'Conversation was resolved' });

	const second = await poll(staticData);
	expect([...second].sort()).toEqual([...expected].sort());

	// between polls 2 and 3: a message committed late, 30 s older than the newest one seen
	// (inside the look-back window), and a new conversation with its first message
	expect(LOOKBACK_SECONDS).toBeGreaterThan(30);
	const late = chatwoot.message(12, T0 + 20);
	chatwoot.conversation(61, T0 + 100);
	const first = chatwoot.message(61, T0 + 100);

	const third = await poll(staticData);
	expect(third).toEqual([
		`message_created:${late}`,
		'conversation_created:61',
		`message_created:${first}`,
	]);

	expect(await poll(staticData)).toEqual([]);
});

test('the first poll returns nothing and starts from the newest records', async () => {
	chatwoot.conversation(1, T0);
	chatwoot.message(1, T0);
	const staticData: IDataObject = {};
	expect(await poll(staticData)).toEqual([]);
	expect(staticData).toMatchObject({
		conversations: { watermark: T0 },
		messages: { watermark: T0 },
	});
});

test('an empty account returns everything that appears after the first poll', async () => {
	const staticData: IDataObject = {};
	expect(await poll(staticData)).toEqual([]);
	chatwoot.conversation(1, T0);
	const id = chatwoot.message(1, T0);
	expect(await poll(staticData)).toEqual(['conversation_created:1', `message_created:${id}`]);
});

test('manual runs show the latest records without moving the cursor', async () => {
	for (let id = 1; id <= 8; id++) chatwoot.conversation(id, T0 + id);
	const staticData: IDataObject = {};
	const sample = await poll(staticData, { events: ['conversationCreated'] }, 'manual');
	expect(sample).toEqual([
		'conversation_created:4',
		'conversation_created:5',
		'conversation_created:6',
		'conversation_created:7',
		'conversation_created:8',
	]);
	expect(staticData).toEqual({});
});

test('filters: inbox, message type and private notes', async () => {
	chatwoot.conversation(1, T0, 1);
	chatwoot.conversation(2, T0, 2);
	const staticData: IDataObject = {};
	const options = {
		events: ['messageCreated'],
		inboxId: { __rl: true, mode: 'id', value: '2' },
		messageType: 'outgoing',
	};
	expect(await poll(staticData, options)).toEqual([]);
	chatwoot.message(1, T0 + 1, { message_type: 1 });
	const incoming = chatwoot.message(2, T0 + 2, { message_type: 0 });
	const outgoing = chatwoot.message(2, T0 + 3, { message_type: 1 });
	const note = chatwoot.message(2, T0 + 4, { message_type: 1, private: true });
	expect(await poll(staticData, options)).toEqual([`message_created:${outgoing}`]);
	expect(incoming).toBeLessThan(note);
	expect(
		server.requests.some(
			(request) => request.path.endsWith('/conversations') && request.query.inbox_id === '2',
		),
	).toBe(true);
});

test('changing the account or inbox starts again from now', async () => {
	chatwoot.conversation(1, T0, 1);
	const staticData: IDataObject = {};
	await poll(staticData, { events: ['conversationCreated'] });
	chatwoot.conversation(2, T0 + 1, 2);
	expect(
		await poll(staticData, {
			events: ['conversationCreated'],
			inboxId: { __rl: true, mode: 'id', value: '2' },
		}),
	).toEqual([]);
	chatwoot.conversation(3, T0 + 2, 2);
	expect(
		await poll(staticData, {
			events: ['conversationCreated'],
			inboxId: { __rl: true, mode: 'id', value: '2' },
		}),
	).toEqual(['conversation_created:3']);
});
