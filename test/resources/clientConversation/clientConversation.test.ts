import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const INBOX = 'cVx4Wm9kq2PHR1oYv5TnZ3aB';
const CONTACT = '6b1e3c0a-9d52-4f1e-b2a4-1f0c8e7d5a21';
const PATH = `/public/api/v1/inboxes/${INBOX}/contacts/${CONTACT}/conversations`;
const base = { resource: 'clientConversation', inboxIdentifier: INBOX, contactIdentifier: CONTACT };
const conversation = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const message = {
	id: 101,
	content: 'My order has not arrived',
	message_type: 0,
	content_type: 'text',
	conversation_id: 7,
};
const open = {
	id: 7,
	uuid: '0f3c6d5e-8a2b-4c1d-9e7f-2b4a6c8d0e1f',
	inbox_id: 3,
	status: 'open',
	messages: [message],
};
const resolved = {
	id: 4,
	uuid: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
	inbox_id: 3,
	status: 'resolved',
	messages: [],
};

const cases: RequestCase[] = [
	{
		name: 'getAll splits the plain list into one item per conversation, up to the limit',
		parameters: { ...base, operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: PATH },
		reply: { body: [open, resolved] },
		output: [open],
	},
	{
		name: 'create without fields sends no body',
		parameters: { ...base, operation: 'create' },
		expect: { method: 'POST', path: PATH },
		reply: { body: open },
		output: [open],
	},
	{
		name: 'create with custom attributes',
		parameters: {
			...base,
			operation: 'create',
			additionalFields: { customAttributes: '{"order_id":"A-1001"}' },
		},
		expect: { method: 'POST', path: PATH, body: { custom_attributes: { order_id: 'A-1001' } } },
		reply: { body: open },
		output: [open],
	},
	{
		name: 'get by the number in a pasted dashboard link (the display ID, docs/server-facts.md#ids-not-database-ids)',
		parameters: {
			...base,
			operation: 'get',
			conversationId: conversation(
				'https://chat.example.com/app/accounts/1/conversations/7',
				'url',
			),
		},
		expect: { method: 'GET', path: `${PATH}/7` },
		reply: { body: open },
		output: [open],
	},
	{
		name: 'resolve posts to toggle_status with no body',
		parameters: { ...base, operation: 'resolve', conversationId: conversation(7) },
		expect: { method: 'POST', path: `${PATH}/7/toggle_status` },
		reply: { body: { ...open, status: 'resolved' } },
		output: [{ ...open, status: 'resolved' }],
	},
	{
		name: 'setTypingStatus sends the status; the empty answer becomes success',
		parameters: {
			...base,
			operation: 'setTypingStatus',
			conversationId: conversation(7),
			typingStatus: 'off',
		},
		expect: { method: 'POST', path: `${PATH}/7/toggle_typing`, body: { typing_status: 'off' } },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'updateLastSeen; the empty answer becomes success',
		parameters: { ...base, operation: 'updateLastSeen', conversationId: conversation('7', 'list') },
		expect: { method: 'POST', path: `${PATH}/7/update_last_seen` },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Client Conversation', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('clientConversation', cases);

	test('setTypingStatus is on unless set otherwise', async () => {
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, operation: 'setTypingStatus', conversationId: conversation(7) },
		});
		expect(server.requests[0].body).toEqual({ typing_status: 'on' });
	});
});

describe('Get Many (section 5: the Client API returns every conversation at once)', () => {
	const many = Array.from({ length: 60 }, (_, index) => ({ id: index + 1, status: 'open' }));

	test('Return All makes one request and returns everything', async () => {
		server.reply('GET', PATH, { body: many });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, operation: 'getAll', returnAll: true },
		});
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].query).toEqual({});
		expect(result.output).toEqual(many);
	});

	test('Limit keeps exactly that many, still in one request', async () => {
		server.reply('GET', PATH, { body: many });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, operation: 'getAll', returnAll: false, limit: 55 },
		});
		expect(server.requests).toHaveLength(1);
		expect(result.output).toEqual(many.slice(0, 55));
	});

	test('no conversations gives no items', async () => {
		server.reply('GET', PATH, { body: [] });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, operation: 'getAll', returnAll: true },
		});
		expect(result.status).toBe('success');
		expect(result.output).toEqual([]);
	});
});

describe('the conversation picker', () => {
	test('lists the contact’s conversations, newest first, with their last message', async () => {
		server.reply('GET', PATH, { body: [resolved, open] });
		const result = await searchList({
			method: 'searchClientConversations',
			baseUrl: server.baseUrl,
			parameters: base,
		});
		expect(result).toEqual({
			results: [
				{ name: '#7 (open): My order has not arrived', value: '7' },
				{ name: '#4 (resolved)', value: '4' },
			],
		});
	});

	test('filters by the search text', async () => {
		server.reply('GET', PATH, { body: [resolved, open] });
		const result = await searchList({
			method: 'searchClientConversations',
			baseUrl: server.baseUrl,
			parameters: base,
			filter: 'RESOLVED',
		});
		expect(result.results.map((item) => item.value)).toEqual(['4']);
	});

	test('asks for the identifiers when they are expressions', async () => {
		await expect(
			searchList({
				method: 'searchClientConversations',
				baseUrl: server.baseUrl,
				parameters: { ...base, contactIdentifier: '={{ $json.source_id }}' },
			}),
		).rejects.toThrow('Enter Contact Identifier as a fixed value to list from it');
		expect(server.requests).toHaveLength(0);
	});
});
