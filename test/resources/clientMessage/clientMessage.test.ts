import type { RecordedRequest } from '../../harness/recorder';
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
const PATH = `/public/api/v1/inboxes/${INBOX}/contacts/${CONTACT}/conversations/7/messages`;
const locator = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });
const base = {
	resource: 'clientMessage',
	inboxIdentifier: INBOX,
	contactIdentifier: CONTACT,
	conversationId: locator(7),
};

const incoming = {
	id: 103,
	content: 'It is order A-1001',
	message_type: 0,
	content_type: 'text',
	conversation_id: 7,
};
const question = {
	id: 104,
	content: 'What is your question about?',
	message_type: 3,
	content_type: 'input_select',
	content_attributes: {
		items: [{ title: 'Billing', value: 'billing' }],
		submitted_values: [{ title: 'Billing', value: 'billing' }],
	},
	conversation_id: 7,
};

const cases: RequestCase[] = [
	{
		name: 'create sends the content as the contact',
		parameters: { ...base, operation: 'create', content: 'It is order A-1001' },
		expect: { method: 'POST', path: PATH, body: { content: 'It is order A-1001' } },
		reply: { body: incoming },
		output: [incoming],
	},
	{
		name: 'create with an echo ID',
		parameters: {
			...base,
			operation: 'create',
			content: 'It is order A-1001',
			additionalFields: { echoId: 'n8n-42' },
		},
		expect: {
			method: 'POST',
			path: PATH,
			body: { content: 'It is order A-1001', echo_id: 'n8n-42' },
		},
		reply: { body: incoming },
		output: [incoming],
	},
	{
		name: 'getAll: one page of a short conversation, no cursor',
		parameters: { ...base, operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: PATH },
		reply: { body: [incoming, question] },
		output: [incoming, question],
	},
	{
		name: 'update answers an options message with the option picked (a list)',
		parameters: {
			...base,
			operation: 'update',
			messageId: locator(104),
			submittedValues: '[{"title":"Billing","value":"billing"}]',
		},
		expect: {
			method: 'PATCH',
			path: `${PATH}/104`,
			body: { submitted_values: [{ title: 'Billing', value: 'billing' }] },
		},
		reply: { body: question },
		output: [question],
	},
	{
		name: 'update answers a rating message (an object)',
		parameters: {
			...base,
			operation: 'update',
			messageId: locator('104', 'list'),
			submittedValues: '{"csat_survey_response":{"rating":4,"feedback_message":"Good"}}',
		},
		expect: {
			method: 'PATCH',
			path: `${PATH}/104`,
			body: { submitted_values: { csat_survey_response: { rating: 4, feedback_message: 'Good' } } },
		},
		reply: { body: question },
		output: [question],
	},
];

describe('Client Message', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('clientMessage', cases);

	test('Submitted Values mapped as a list from an expression is sent as that list', async () => {
		server.on(() => ({ body: question }));
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { answer: [{ name: 'email', title: 'Email', value: 'ada@example.com' }] } }],
			parameters: {
				...base,
				operation: 'update',
				messageId: locator(104),
				submittedValues: '={{ $json.answer }}',
			},
		});
		expect(server.requests[0].body).toEqual({
			submitted_values: [{ name: 'email', title: 'Email', value: 'ada@example.com' }],
		});
	});

	test('Submitted Values that is not JSON is refused with the field’s name', async () => {
		for (const submittedValues of ['[{"title": Billing}]', '"billing"']) {
			const result = await runNode({
				baseUrl: server.baseUrl,
				parameters: { ...base, operation: 'update', messageId: locator(104), submittedValues },
			});
			expect(result.error?.message).toMatch(
				/^Submitted Values (is not valid JSON|must be a JSON object) \(item 0\)$/,
			);
		}
		expect(server.requests).toHaveLength(0);
	});
});

/** A conversation of `count` messages with IDs 1..count, served 20 at a time, newest page first (docs/server-facts.md#client-message-create-and-cursor). */
function conversationOf(count: number) {
	const all = Array.from({ length: count }, (_, index) => ({
		id: index + 1,
		content: `message ${index + 1}`,
	}));
	server.on((request: RecordedRequest) => {
		if (request.path !== PATH) return undefined;
		const before = request.query.before === undefined ? Infinity : Number(request.query.before);
		const older = all.filter((message) => message.id < before);
		return { body: older.slice(-20) };
	});
	return all;
}

describe('Get Many walks back with the undocumented before cursor (docs/server-facts.md#client-message-create-and-cursor), 20 a page', () => {
	test('Return All over 45 messages: 3 requests, each cursor the oldest ID so far, every message once, oldest first', async () => {
		const all = conversationOf(45);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, operation: 'getAll', returnAll: true },
		});
		expect(server.requests.map((request) => request.rawQuery)).toEqual([
			'',
			'before=26',
			'before=6',
		]);
		expect(result.output).toEqual(all);
	});

	test('Return All over exactly 40 messages stops at the empty page after them', async () => {
		const all = conversationOf(40);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, operation: 'getAll', returnAll: true },
		});
		expect(server.requests.map((request) => request.rawQuery)).toEqual([
			'',
			'before=21',
			'before=1',
		]);
		expect(result.output).toEqual(all);
	});

	test('Limit 25 over 45 messages: the newest 25, in 2 requests', async () => {
		const all = conversationOf(45);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, operation: 'getAll', returnAll: false, limit: 25 },
		});
		expect(server.requests).toHaveLength(2);
		expect(result.output).toEqual(all.slice(-25));
	});

	// the limit applies across pages, not per page: per page it would keep the oldest of the newest page
	test('Limit 5: the newest 5, in 1 request', async () => {
		const all = conversationOf(45);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, operation: 'getAll', returnAll: false, limit: 5 },
		});
		expect(server.requests).toHaveLength(1);
		expect(result.output).toEqual(all.slice(-5));
	});

	test('Limit 20 over 45 messages: one full page is enough', async () => {
		const all = conversationOf(45);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, operation: 'getAll', returnAll: false, limit: 20 },
		});
		expect(server.requests).toHaveLength(1);
		expect(result.output).toEqual(all.slice(-20));
	});
});

describe('the message picker', () => {
	test('lists the latest messages of the conversation, newest first', async () => {
		server.reply('GET', PATH, { body: [incoming, question] });
		const result = await searchList({
			method: 'searchClientMessages',
			baseUrl: server.baseUrl,
			parameters: base,
		});
		expect(result).toEqual({
			results: [
				{ name: 'What is your question about?', value: '104', description: 'input_select' },
				{ name: 'It is order A-1001', value: '103', description: 'text' },
			],
		});
	});

	test('takes the conversation from a pasted dashboard link', async () => {
		server.reply('GET', PATH, { body: [] });
		await searchList({
			method: 'searchClientMessages',
			baseUrl: server.baseUrl,
			parameters: {
				...base,
				conversationId: locator('https://chat.example.com/app/accounts/1/conversations/7', 'url'),
			},
		});
		expect(server.requests.map((request) => request.path)).toEqual([PATH]);
	});
});
