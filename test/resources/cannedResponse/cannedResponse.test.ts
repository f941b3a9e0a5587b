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

const refund = {
	id: 3,
	account_id: 1,
	short_code: 'refund',
	content: 'Hi {{contact.name}}, your refund is on its way.',
	created_at: '2026-06-01T09:30:00.000Z',
	updated_at: '2026-06-01T09:30:00.000Z',
};
const hours = {
	...refund,
	id: 4,
	short_code: 'hours',
	content:
		'We answer from 9:00 to 17:00 CET, Monday to Friday, and reply to every message within a working day.',
};
const canned = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll returns one item per canned response, up to the limit',
		parameters: { resource: 'cannedResponse', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/canned_responses' },
		reply: { body: [refund, hours] },
		output: [refund],
	},
	{
		name: 'getAll with a search sends it as the search query parameter (docs/server-facts.md#extra-query-parameters)',
		parameters: {
			resource: 'cannedResponse',
			operation: 'getAll',
			returnAll: true,
			filters: { search: 'refund' },
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/canned_responses',
			query: { search: 'refund' },
		},
		reply: { body: [refund] },
		output: [refund],
	},
	{
		name: 'create sends the short code and content under canned_response',
		parameters: {
			resource: 'cannedResponse',
			operation: 'create',
			shortCode: 'refund',
			content: refund.content,
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/canned_responses',
			body: { canned_response: { short_code: 'refund', content: refund.content } },
		},
		reply: { body: refund },
		output: [refund],
	},
	{
		name: 'update sends only the fields set',
		parameters: {
			resource: 'cannedResponse',
			operation: 'update',
			cannedResponseId: canned('3', 'list'),
			updateFields: { content: 'Your refund is on its way.' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/canned_responses/3',
			body: { canned_response: { content: 'Your refund is on its way.' } },
		},
		reply: { body: { ...refund, content: 'Your refund is on its way.' } },
		output: [{ ...refund, content: 'Your refund is on its way.' }],
	},
	{
		name: 'delete',
		parameters: { resource: 'cannedResponse', operation: 'delete', cannedResponseId: canned(4) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/canned_responses/4' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Canned Response', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('cannedResponse', cases);
});

describe('canned responses against the server', () => {
	test('an update with no field is refused before any request, naming what to do (Chatwoot would answer 422 "param is missing")', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'cannedResponse',
				operation: 'update',
				cannedResponseId: canned(3),
				updateFields: {},
			},
		});
		expect(result.error?.message).toMatch(/^Nothing to update/);
		expect(server.requests).toHaveLength(0);
	});
	test('without a search nothing but the path is sent; with one, exactly search=<text> (docs/server-facts.md#extra-query-parameters)', async () => {
		server.on(() => ({ body: [refund] }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'cannedResponse', operation: 'getAll', returnAll: true },
		});
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'cannedResponse',
				operation: 'getAll',
				returnAll: true,
				filters: { search: 'two words' },
			},
		});
		expect(server.requests.map((request) => request.rawQuery)).toEqual(['', 'search=two words']);
	});
});

describe('the canned response picker', () => {
	test('lets Chatwoot search short codes and content, and shows the start of the content', async () => {
		server.reply('GET', '/api/v1/accounts/1/canned_responses', { body: [hours] });
		const result = await searchList({
			method: 'searchCannedResponses',
			baseUrl: server.baseUrl,
			parameters: { resource: 'cannedResponse' },
			filter: 'Monday',
		});
		expect(server.requests[0].query).toEqual({ search: 'Monday' });
		expect(result.results).toEqual([
			{
				name: 'hours',
				value: '4',
				description:
					'We answer from 9:00 to 17:00 CET, Monday to Friday, and reply to every message…',
			},
		]);
	});

	test('without a search text, lists every canned response', async () => {
		server.reply('GET', '/api/v1/accounts/1/canned_responses', { body: [refund, hours] });
		const result = await searchList({
			method: 'searchCannedResponses',
			baseUrl: server.baseUrl,
			parameters: { resource: 'cannedResponse' },
		});
		expect(server.requests[0].query).toEqual({});
		expect(result.results.map((item) => item.value)).toEqual(['3', '4']);
	});
});
