import type { RecordedRequest } from '../../harness/recorder';
import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const PATH = '/api/v1/accounts/1/csat_survey_responses';
const five = {
	id: 31,
	rating: 5,
	feedback_message: 'Quick and friendly help',
	conversation_id: 61,
	created_at: 1777889142,
};
const two = {
	id: 30,
	rating: 2,
	feedback_message: '',
	conversation_id: 58,
	created_at: 1777802742,
};
const picked = (value: string, mode = 'list') => ({ __rl: true, mode, value });
const base = { resource: 'csatSurveyResponse', operation: 'getAll' };

const cases: RequestCase[] = [
	{
		name: 'getAll: newest first, page 1, one item per response',
		parameters: { ...base, returnAll: true },
		expect: { method: 'GET', path: PATH, query: { sort: '-created_at', page: '1' } },
		reply: { body: [five, two] },
		output: [five, two],
	},
	{
		name: 'getAll in another account, with every filter',
		parameters: {
			...base,
			accountId: '3',
			returnAll: false,
			limit: 10,
			filters: {
				agentIds: '2, 5',
				inboxId: picked('4'),
				teamId: picked('6', 'id'),
				ratings: [1, 2],
				since: '2026-05-01T00:00:00Z',
				until: '2026-06-01T00:00:00Z',
				sort: 'created_at',
			},
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/3/csat_survey_responses',
			query: {
				sort: 'created_at',
				page: '1',
				'user_ids[]': ['2', '5'],
				inbox_id: '4',
				team_id: '6',
				'rating[]': ['1', '2'],
				since: '1777593600',
				until: '1780272000',
			},
		},
		reply: { body: [two] },
		output: [two],
	},
];

describe('CSAT Survey Response', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('csatSurveyResponse', cases);

	test('arrays travel with brackets, as Rails reads them (docs/server-facts.md#query-arrays-brackets)', async () => {
		server.on(() => ({ body: [] }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, returnAll: true, filters: { agentIds: '2,5', ratings: [4, 5] } },
		});
		expect(server.requests[0].rawQuery).toBe(
			'sort=-created_at&rating[]=4&rating[]=5&user_ids[]=2&user_ids[]=5&page=1',
		);
	});

	test('the Inbox and Team filters read bare numbers, as saved before they were pickers', async () => {
		server.on(() => ({ body: [] }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, returnAll: true, filters: { inboxId: 4, teamId: '6' } },
		});
		expect(server.requests[0].query).toEqual({
			sort: '-created_at',
			page: '1',
			inbox_id: '4',
			team_id: '6',
		});
	});

	test('Since alone ends the range now, Until alone starts it at the epoch: Chatwoot needs both', async () => {
		server.on(() => ({ body: [] }));
		const before = Math.floor(Date.now() / 1000);
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, returnAll: true, filters: { since: '2026-05-01T00:00:00Z' } },
		});
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, returnAll: true, filters: { until: '2026-06-01T00:00:00Z' } },
		});
		const [sinceOnly, untilOnly] = server.requests.map((request) => request.query);
		expect(sinceOnly.since).toBe('1777593600');
		expect(Number(sinceOnly.until)).toBeGreaterThanOrEqual(before);
		expect(Number(sinceOnly.until)).toBeLessThanOrEqual(Math.ceil(Date.now() / 1000));
		expect(untilOnly).toMatchObject({ since: '0', until: '1780272000' });
	});

	test('Agent IDs that are not numbers are refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, returnAll: true, filters: { agentIds: '2, grace' } },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toContain('Agent IDs must be numeric IDs');
	});
});

/** `count` responses with IDs count..1 (newest first), served 25 a page as the server does (section 5). */
function responsesOf(count: number) {
	const all = Array.from({ length: count }, (_, index) => ({ id: count - index, rating: 5 }));
	server.on((request: RecordedRequest) => {
		if (request.path !== PATH) return undefined;
		const page = Number(request.query.page ?? 1);
		return { body: all.slice((page - 1) * 25, page * 25) };
	});
	return all;
}

describe('Get Many pages through 25 at a time (section 5)', () => {
	test('Return All over 60 responses: pages 1-3, every response once', async () => {
		const all = responsesOf(60);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, returnAll: true },
		});
		expect(server.requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		expect(result.output).toEqual(all);
	});

	test('Return All over exactly 50 responses ends on the empty page 3', async () => {
		const all = responsesOf(50);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, returnAll: true },
		});
		expect(server.requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		expect(result.output).toEqual(all);
	});

	test('Limit 30 over 60 responses: exactly 30, in 2 requests', async () => {
		const all = responsesOf(60);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, returnAll: false, limit: 30 },
		});
		expect(server.requests).toHaveLength(2);
		expect(result.output).toEqual(all.slice(0, 30));
	});

	test('Limit 10: exactly 10, in 1 request', async () => {
		const all = responsesOf(60);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, returnAll: false, limit: 10 },
		});
		expect(server.requests).toHaveLength(1);
		expect(result.output).toEqual(all.slice(0, 10));
	});

	test('a page that repeats records (responses added meanwhile) gives no duplicates', async () => {
		server.on((request: RecordedRequest) => {
			const page = Number(request.query.page);
			const ids =
				page === 1
					? Array.from({ length: 25 }, (_, i) => 60 - i)
					: page === 2
						? Array.from({ length: 25 }, (_, i) => 37 - i)
						: [12, 11];
			return { body: ids.map((id) => ({ id, rating: 3 })) };
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, returnAll: true },
		});
		const ids = result.output.map((item) => item.id);
		expect(new Set(ids).size).toBe(ids.length);
		expect(ids).toHaveLength(25 + 23 + 2);
	});
});
