import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { requestProblems } from '../../harness/openapi';
import { Recorder, type RecordedRequest } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const vipQuery = {
	payload: [
		{ attribute_key: 'labels', filter_operator: 'equal_to', values: ['vip'], query_operator: null },
	],
};
const vip = {
	id: 8,
	name: 'VIP contacts',
	filter_type: 'contact',
	query: vipQuery,
	created_at: '2024-05-02T10:15:00.000Z',
	updated_at: '2024-05-02T10:15:00.000Z',
};
const open = {
	id: 9,
	name: 'Open',
	filter_type: 'conversation',
	query: { payload: [] },
	created_at: '2024-05-02T10:15:00.000Z',
	updated_at: '2024-05-02T10:15:00.000Z',
};
const customFilter = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll asks for one kind of filter; the bare array becomes one item per filter',
		parameters: {
			resource: 'customFilter',
			operation: 'getAll',
			filterType: 'contact',
			returnAll: true,
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/custom_filters',
			query: { filter_type: 'contact' },
		},
		reply: { body: [vip, { ...vip, id: 10 }] },
		output: [vip, { ...vip, id: 10 }],
	},
	{
		name: 'getAll honours the limit',
		parameters: {
			resource: 'customFilter',
			operation: 'getAll',
			filterType: 'conversation',
			returnAll: false,
			limit: 1,
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/custom_filters',
			query: { filter_type: 'conversation' },
		},
		reply: { body: [open, { ...open, id: 11 }] },
		output: [open],
	},
	{
		name: 'create wraps the fields in custom_filter and names the kind filter_type, not type (docs/server-facts.md#custom-filter-body)',
		parameters: {
			resource: 'customFilter',
			operation: 'create',
			name: 'VIP contacts',
			filterType: 'contact',
			filterQuery: JSON.stringify(vipQuery),
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/custom_filters',
			body: { custom_filter: { name: 'VIP contacts', filter_type: 'contact', query: vipQuery } },
		},
		reply: { body: vip },
		output: [vip],
	},
	{
		name: 'get',
		parameters: {
			resource: 'customFilter',
			operation: 'get',
			customFilterId: customFilter('8', 'list'),
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/custom_filters/8' },
		reply: { body: vip },
		output: [vip],
	},
	{
		name: 'update sends only the fields set, inside custom_filter (docs/server-facts.md#custom-filter-body)',
		parameters: {
			resource: 'customFilter',
			operation: 'update',
			customFilterId: customFilter(8),
			updateFields: { name: 'VIP and partner contacts', filterType: 'contact' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/custom_filters/8',
			body: { custom_filter: { name: 'VIP and partner contacts', filter_type: 'contact' } },
		},
		reply: { body: { ...vip, name: 'VIP and partner contacts' } },
		output: [{ ...vip, name: 'VIP and partner contacts' }],
	},
	{
		name: 'update of the query alone',
		parameters: {
			resource: 'customFilter',
			operation: 'update',
			customFilterId: customFilter(8),
			updateFields: { filterQuery: '{"payload": []}' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/custom_filters/8',
			body: { custom_filter: { query: { payload: [] } } },
		},
		reply: { body: { ...vip, query: { payload: [] } } },
		output: [{ ...vip, query: { payload: [] } }],
	},
	{
		name: 'delete answers 204 with no body (docs/server-facts.md#custom-filter-body)',
		parameters: { resource: 'customFilter', operation: 'delete', customFilterId: customFilter(8) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/custom_filters/8' },
		reply: { status: 204, body: undefined },
		output: [{ success: true }],
	},
];

describe('Custom Filter', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('customFilter', cases);
});

function post(body: unknown, query: Record<string, string> = {}): RecordedRequest {
	return {
		method: 'POST',
		path: '/api/v1/accounts/1/custom_filters',
		query,
		rawQuery: '',
		headers: { 'api-access-token': 'x', 'content-type': 'application/json' },
		rawBody: Buffer.from(JSON.stringify(body)),
		body,
	};
}

describe('Custom Filter bodies as Chatwoot reads them (docs/server-facts.md#custom-filter-body)', () => {
	test('openapi/ refuses the published shape: type at the top, or type inside custom_filter', () => {
		expect(requestProblems(post({ name: 'VIP', type: 'contact', query: vipQuery }))).not.toEqual(
			[],
		);
		expect(
			requestProblems(post({ custom_filter: { name: 'VIP', type: 'contact', query: vipQuery } })),
		).not.toEqual([]);
		expect(
			requestProblems(
				post({ custom_filter: { name: 'VIP', filter_type: 'contact', query: vipQuery } }),
			),
		).toEqual([]);
	});

	test('the node never sends a type key, whatever kind is chosen', async () => {
		server.on(() => ({ body: vip }));
		for (const filterType of ['conversation', 'contact', 'report']) {
			await runNode({
				baseUrl: server.baseUrl,
				parameters: {
					resource: 'customFilter',
					operation: 'create',
					name: 'X',
					filterType,
					filterQuery: '{}',
				},
			});
		}
		expect(server.requests.map((request) => request.body)).toEqual(
			['conversation', 'contact', 'report'].map((filterType) => ({
				custom_filter: { name: 'X', filter_type: filterType, query: {} },
			})),
		);
		expect(server.requests.map((request) => request.query)).toEqual([{}, {}, {}]);
	});

	test('a query that is not a JSON object is refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'customFilter',
				operation: 'create',
				name: 'X',
				filterType: 'contact',
				filterQuery: '[1, 2]',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Filter Query must be a JSON object (item 0)');
	});
});

describe('the custom filter picker', () => {
	test('lists the saved filters of every kind, filtered by name', async () => {
		server.on((request) => {
			if (request.path !== '/api/v1/accounts/1/custom_filters') return undefined;
			const byType: Record<string, unknown[]> = {
				contact: [vip],
				conversation: [open],
				report: [],
			};
			return { body: byType[String(request.query.filter_type)] };
		});
		const all = await searchList({
			method: 'searchCustomFilters',
			baseUrl: server.baseUrl,
			parameters: { resource: 'customFilter' },
		});
		expect(all.results).toEqual([
			{ name: 'Open (conversation)', value: '9' },
			{ name: 'VIP contacts (contact)', value: '8' },
		]);
		expect(server.requests.map((request) => request.query.filter_type).sort()).toEqual([
			'contact',
			'conversation',
			'report',
		]);
		const some = await searchList({
			method: 'searchCustomFilters',
			baseUrl: server.baseUrl,
			parameters: { resource: 'customFilter' },
			filter: 'vip',
		});
		expect(some.results.map((item) => item.value)).toEqual(['8']);
	});
});
