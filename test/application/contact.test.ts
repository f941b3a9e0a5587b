import type { IDataObject } from 'n8n-workflow';

import { describeRequests, expectEveryOperationCovered, type RequestCase } from '../harness/cases';
import { runNode, searchList } from '../harness/engine';
import { requestProblems } from '../harness/openapi';
import { Recorder, type RecordedRequest } from '../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const websiteLink = { source_id: '7c1f2b9e-3a55-4d0e-9f0e-2f1c6a1d2b3c', inbox: { id: 3, name: 'Website', channel_type: 'Channel::WebWidget' } };
const alice = {
	id: 42,
	name: 'Alice Doe',
	email: 'alice@example.com',
	phone_number: '+4915112345678',
	identifier: 'crm-1001',
	availability_status: 'offline',
	custom_attributes: { plan: 'pro' },
	additional_attributes: { city: 'Berlin' },
	created_at: 1714558500,
	contact_inboxes: [websiteLink],
};
const bob = { id: 43, name: 'Bob Roe', email: 'bob@example.com', phone_number: null, custom_attributes: {}, created_at: 1714558800, contact_inboxes: [] };
const contact = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });
const conversation = (id: number) => ({ id, inbox_id: 3, status: 'open', labels: [], meta: { sender: { id: 42 } } });

const cases: RequestCase[] = [
	{
		name: 'getAll asks for page 1 and unwraps payload into one item per contact',
		parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 5 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/contacts', query: { page: '1' } },
		reply: { body: { meta: { count: 2, current_page: 1 }, payload: [alice, bob] } },
		output: [alice, bob],
	},
	{
		name: 'getAll with sort, labels and without contact inboxes (D16)',
		parameters: {
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			options: { sort: '-company_name', includeContactInboxes: false, labels: 'vip, billing' },
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/contacts',
			query: { page: '1', sort: '-company_name', include_contact_inboxes: 'false', 'labels[]': ['vip', 'billing'] },
		},
		reply: { body: { meta: { count: 1, current_page: 1 }, payload: [bob] } },
		output: [bob],
	},
	{
		name: 'search sends the text as q',
		parameters: { resource: 'contact', operation: 'search', searchText: 'alice', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/contacts/search', query: { q: 'alice', page: '1' } },
		reply: { body: { meta: { count: 1, current_page: 1, has_more: false }, payload: [alice] } },
		output: [alice],
	},
	{
		name: 'filter sends the conditions as payload, the last one without an operator',
		parameters: {
			resource: 'contact',
			operation: 'filter',
			returnAll: true,
			conditions: {
				condition: [
					{ attributeKey: 'email', filterOperator: 'contains', values: '@example.com', queryOperator: 'OR' },
					{ attributeKey: 'country_code', filterOperator: 'equal_to', values: 'de, at', queryOperator: 'AND' },
				],
			},
			options: { sort: 'created_at' },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts/filter',
			query: { page: '1', sort: 'created_at' },
			body: {
				payload: [
					{ attribute_key: 'email', filter_operator: 'contains', values: ['@example.com'], query_operator: 'OR' },
					{ attribute_key: 'country_code', filter_operator: 'equal_to', values: ['de', 'at'], query_operator: null },
				],
			},
		},
		reply: { body: { meta: { count: 1, current_page: 1 }, payload: [alice] } },
		output: [alice],
	},
	{
		name: 'get unwraps payload',
		parameters: { resource: 'contact', operation: 'get', contactId: contact('42', 'list') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/contacts/42' },
		reply: { body: { payload: alice } },
		output: [alice],
	},
	{
		name: 'get with a dashboard link',
		parameters: { resource: 'contact', operation: 'get', contactId: contact('https://chat.example.com/app/accounts/1/contacts/42', 'url') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/contacts/42' },
		reply: { body: { payload: alice } },
		output: [alice],
	},
	{
		name: 'create with an inbox: the contact, with the link it got as contact_inbox (D8, D21)',
		parameters: {
			resource: 'contact',
			operation: 'create',
			additionalFields: {
				name: 'Alice Doe',
				email: 'alice@example.com',
				inboxId: 3,
				sourceId: websiteLink.source_id,
				customAttributes: '{"plan": "pro"}',
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts',
			body: { name: 'Alice Doe', email: 'alice@example.com', inbox_id: 3, source_id: websiteLink.source_id, custom_attributes: { plan: 'pro' } },
		},
		reply: { body: { payload: { contact: alice, contact_inbox: websiteLink } } },
		output: [{ ...alice, contact_inbox: websiteLink }],
	},
	{
		name: 'create without an inbox: inbox_id is optional and contact_inbox is null (D8, D21)',
		parameters: { resource: 'contact', operation: 'create', additionalFields: { phoneNumber: '+4915112345678', blocked: false } },
		expect: { method: 'POST', path: '/api/v1/accounts/1/contacts', body: { phone_number: '+4915112345678', blocked: false } },
		reply: { body: { payload: { contact: { ...alice, contact_inboxes: [] }, contact_inbox: { inbox: null, source_id: null } } } },
		output: [{ ...alice, contact_inboxes: [], contact_inbox: null }],
	},
	{
		name: 'update sends only the attribute keys set, which Chatwoot merges; 200 with payload is unwrapped (D21)',
		parameters: {
			resource: 'contact',
			operation: 'update',
			contactId: contact(42),
			updateFields: { customAttributes: '{"seats": 12}', additionalAttributes: '{"company_name": "Acme"}', identifier: 'crm-1001' },
		},
		expect: {
			method: 'PUT',
			path: '/api/v1/accounts/1/contacts/42',
			body: { custom_attributes: { seats: 12 }, additional_attributes: { company_name: 'Acme' }, identifier: 'crm-1001' },
		},
		reply: { status: 200, body: { payload: { ...alice, custom_attributes: { plan: 'pro', seats: 12 } } } },
		output: [{ ...alice, custom_attributes: { plan: 'pro', seats: 12 } }],
	},
	{
		name: 'delete',
		parameters: { resource: 'contact', operation: 'delete', contactId: contact(43) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/contacts/43' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'getConversations: one request, no page, the 20 most recent (D22)',
		parameters: { resource: 'contact', operation: 'getConversations', contactId: contact(42) },
		expect: { method: 'GET', path: '/api/v1/accounts/1/contacts/42/conversations' },
		reply: { body: { payload: Array.from({ length: 20 }, (_, index) => conversation(40 - index)) } },
		output: Array.from({ length: 20 }, (_, index) => conversation(40 - index)),
	},
	{
		name: 'getContactableInboxes unwraps payload',
		parameters: { resource: 'contact', operation: 'getContactableInboxes', contactId: contact(42) },
		expect: { method: 'GET', path: '/api/v1/accounts/1/contacts/42/contactable_inboxes' },
		reply: { body: { payload: [websiteLink] } },
		output: [websiteLink],
	},
	{
		name: 'createContactInbox sends the inbox as a number and the source ID',
		parameters: { resource: 'contact', operation: 'createContactInbox', contactId: contact(42), inboxId: 7, sourceId: 'crm-1001' },
		expect: { method: 'POST', path: '/api/v1/accounts/1/contacts/42/contact_inboxes', body: { inbox_id: 7, source_id: 'crm-1001' } },
		reply: { body: { source_id: 'crm-1001', inbox: { id: 7, name: 'API' } } },
		output: [{ source_id: 'crm-1001', inbox: { id: 7, name: 'API' } }],
	},
	{
		name: 'createContactInbox leaves an empty source ID out, so Chatwoot generates one',
		parameters: { resource: 'contact', operation: 'createContactInbox', contactId: contact(42), inboxId: 7, sourceId: '' },
		expect: { method: 'POST', path: '/api/v1/accounts/1/contacts/42/contact_inboxes', body: { inbox_id: 7 } },
		reply: { body: { source_id: 'generated', inbox: { id: 7, name: 'API' } } },
		output: [{ source_id: 'generated', inbox: { id: 7, name: 'API' } }],
	},
	{
		name: 'merge sends both contacts as numbers; the answer is the contact kept',
		parameters: { resource: 'contact', operation: 'merge', baseContactId: contact(42), mergeeContactId: contact('43', 'list') },
		expect: { method: 'POST', path: '/api/v1/accounts/1/actions/contact_merge', body: { base_contact_id: 42, mergee_contact_id: 43 } },
		reply: { body: alice },
		output: [alice],
	},
	{
		name: 'getLabels gives one item with the list',
		parameters: { resource: 'contact', operation: 'getLabels', contactId: contact(42) },
		expect: { method: 'GET', path: '/api/v1/accounts/1/contacts/42/labels' },
		reply: { body: { payload: ['billing', 'vip'] } },
		output: [{ labels: ['billing', 'vip'] }],
	},
	{
		name: 'setLabels sends the whole list that replaces the old one',
		parameters: { resource: 'contact', operation: 'setLabels', contactId: contact(42), labels: 'vip, billing, vip' },
		expect: { method: 'POST', path: '/api/v1/accounts/1/contacts/42/labels', body: { labels: ['vip', 'billing'] } },
		reply: { body: { payload: ['billing', 'vip'] } },
		output: [{ labels: ['billing', 'vip'] }],
	},
	{
		name: 'setLabels with an empty list removes every label',
		parameters: { resource: 'contact', operation: 'setLabels', contactId: contact(42), labels: '' },
		expect: { method: 'POST', path: '/api/v1/accounts/1/contacts/42/labels', body: { labels: [] } },
		reply: { body: { payload: [] } },
		output: [{ labels: [] }],
	},
];

describe('Contact', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('contact', cases);
});

const people = (count: number) => Array.from({ length: count }, (_, index) => ({ id: index + 1, name: `Person ${index + 1}` }));

/** Answers a paged contact endpoint the way Chatwoot does, 15 per page. */
function pagedContacts(records: IDataObject[], meta: 'total' | 'hasMore') {
	server.on((request) => {
		const page = Number(request.query.page ?? 1);
		const slice = records.slice((page - 1) * 15, page * 15);
		const more = page * 15 < records.length;
		return {
			body: {
				meta: meta === 'total' ? { count: records.length, current_page: page } : { count: slice.length, current_page: page, has_more: more },
				payload: slice,
			},
		};
	});
}

const pages = () => server.requests.map((request) => request.query.page);

describe('Contact lists page through 15 at a time', () => {
	test.each([
		['getAll', 37, 3],
		['getAll', 16, 2],
	])('%s with Return All over %i contacts makes %i requests and returns each once', async (operation, count, requests) => {
		pagedContacts(people(count), 'total');
		const result = await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'contact', operation, returnAll: true } });
		expect(pages()).toEqual(Array.from({ length: requests }, (_, index) => String(index + 1)));
		expect(result.output).toEqual(people(count));
	});

	test('getAll stops on meta.count without asking for an empty page', async () => {
		pagedContacts(people(30), 'total');
		const result = await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'contact', operation: 'getAll', returnAll: true } });
		expect(pages()).toEqual(['1', '2']);
		expect(result.output).toHaveLength(30);
	});

	test('getAll with a limit asks only for the pages it needs and returns exactly the limit', async () => {
		pagedContacts(people(37), 'total');
		const result = await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 20 } });
		expect(pages()).toEqual(['1', '2']);
		expect(result.output).toEqual(people(20));
	});

	test('filter with Return All sends the same conditions with each page', async () => {
		pagedContacts(people(16), 'total');
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'filter',
				returnAll: true,
				conditions: { condition: [{ attributeKey: 'name', filterOperator: 'contains', values: 'Person' }] },
			},
		});
		expect(pages()).toEqual(['1', '2']);
		expect(server.requests.map((request) => request.body)).toEqual([
			{ payload: [{ attribute_key: 'name', filter_operator: 'contains', values: ['Person'], query_operator: null }] },
			{ payload: [{ attribute_key: 'name', filter_operator: 'contains', values: ['Person'], query_operator: null }] },
		]);
		expect(result.output).toEqual(people(16));
	});

	test('search follows has_more: meta.count there is the page size, not a total (D21)', async () => {
		pagedContacts(people(37), 'hasMore');
		const result = await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'contact', operation: 'search', searchText: 'Person', returnAll: true } });
		expect(pages()).toEqual(['1', '2', '3']);
		expect(result.output).toEqual(people(37));
	});

	test('search stops when has_more is false, even after a full page', async () => {
		pagedContacts(people(30), 'hasMore');
		const result = await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'contact', operation: 'search', searchText: 'Person', returnAll: true } });
		expect(pages()).toEqual(['1', '2']);
		expect(result.output).toHaveLength(30);
	});

	test('search with a limit below a page makes one request', async () => {
		pagedContacts(people(37), 'hasMore');
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'search', searchText: 'Person', returnAll: false, limit: 5 },
		});
		expect(pages()).toEqual(['1']);
		expect(result.output).toEqual(people(5));
	});
});

describe('Contact requests the server reads differently from its published description', () => {
	test('labels travel as labels[]=a&labels[]=b on every page, as Rails needs (D15)', async () => {
		pagedContacts(people(16), 'total');
		await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'contact', operation: 'getAll', returnAll: true, options: { labels: 'vip,billing' } } });
		expect(server.requests.map((request) => request.rawQuery)).toEqual(['labels[]=vip&labels[]=billing&page=1', 'labels[]=vip&labels[]=billing&page=2']);
	});

	test('labels mapped as a list from an earlier node are sent the same way', async () => {
		pagedContacts(people(1), 'total');
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { tags: ['vip', 'billing'] } }],
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true, options: { labels: '={{ $json.tags }}' } },
		});
		expect(server.requests[0].query['labels[]']).toEqual(['vip', 'billing']);
	});

	test.each(['created_at', '-company_name', 'city', '-country'])('sort %s, which the published description lacks, is described (D16)', async (sort) => {
		pagedContacts(people(1), 'total');
		await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'contact', operation: 'getAll', returnAll: true, options: { sort } } });
		expect(server.requests[0].query.sort).toBe(sort);
		expect(requestProblems(server.requests[0])).toEqual([]);
	});

	test('a create without inbox_id is valid in openapi/ (D8)', () => {
		const request: RecordedRequest = {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts',
			query: {},
			rawQuery: '',
			headers: { 'api-access-token': 'x', 'content-type': 'application/json' },
			rawBody: Buffer.from('{"name":"Alice"}'),
			body: { name: 'Alice' },
		};
		expect(requestProblems(request)).toEqual([]);
	});

	test('the search has no total to stop on: its pagination reads has_more, not meta.count (D21)', async () => {
		// a first page of 15 whose meta.count is 15: stopping on the "total" would lose the second page
		server.on((request) =>
			request.query.page === '1'
				? { body: { meta: { count: 15, current_page: 1, has_more: true }, payload: people(15) } }
				: { body: { meta: { count: 1, current_page: 2, has_more: false }, payload: [{ id: 16, name: 'Person 16' }] } },
		);
		const result = await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'contact', operation: 'search', searchText: 'P', returnAll: true } });
		expect(result.output).toHaveLength(16);
	});
});

describe('Contact input checks', () => {
	test('merging a contact into itself is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'merge', baseContactId: contact(42), mergeeContactId: contact(42) },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Cannot merge contact 42 into itself (item 0)');
	});

	test('a merge ID that is not a number is refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'merge', baseContactId: contact('={{ "abc" }}'), mergeeContactId: contact(42) },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Base Contact ID must be a whole number, got "abc" (item 0)');
	});

	test('invalid JSON in Custom Attributes is refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'update', contactId: contact(42), updateFields: { customAttributes: '{plan: pro}' } },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Custom Attributes is not valid JSON (item 0)');
	});

	test('a filter condition without a value is refused, unless its operator needs none', async () => {
		const refused = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'filter', returnAll: true, conditions: { condition: [{ attributeKey: 'city', filterOperator: 'equal_to', values: '' }] } },
		});
		expect(refused.error?.message).toBe('Condition 1 (city) has no value (item 0)');
		expect(server.requests).toHaveLength(0);

		pagedContacts(people(1), 'total');
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'filter', returnAll: true, conditions: { condition: [{ attributeKey: 'city', filterOperator: 'is_present' }] } },
		});
		expect(server.requests[0].body).toEqual({ payload: [{ attribute_key: 'city', filter_operator: 'is_present', values: [], query_operator: null }] });
		expect(requestProblems(server.requests[0])).toEqual([]);
	});

	test('a missing contact names the contact in the error', async () => {
		server.on(() => ({ status: 404, body: { error: 'Resource could not be found' } }));
		const result = await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'contact', operation: 'get', contactId: contact(77) } });
		expect(`${result.error?.message} ${result.error?.description}`).toContain('Contact ID 77');
	});
});

describe('the contact picker', () => {
	test('without a search text lists the first page of contacts, with email or phone beside the name', async () => {
		server.reply('GET', '/api/v1/accounts/4/contacts', {
			body: { meta: { count: 3, current_page: 1 }, payload: [alice, { id: 44, name: 'Carol', email: null, phone_number: '+15550100' }, { id: 45, name: '', email: 'x@example.com' }] },
		});
		const result = await searchList({ method: 'searchContacts', baseUrl: server.baseUrl, parameters: { resource: 'contact', accountId: '4' } });
		expect(result).toEqual({
			results: [
				{ name: 'Alice Doe (alice@example.com)', value: '42' },
				{ name: 'Carol (+15550100)', value: '44' },
				{ name: 'x@example.com', value: '45' },
			],
			paginationToken: undefined,
		});
		expect(server.requests[0].query).toEqual({ page: '1', include_contact_inboxes: 'false' });
	});

	test('a search text uses Chatwoot’s search and offers the next page while has_more', async () => {
		server.reply('GET', '/api/v1/accounts/1/contacts/search', { body: { meta: { count: 15, current_page: 2, has_more: true }, payload: [alice] } });
		const result = await searchList({ method: 'searchContacts', baseUrl: server.baseUrl, parameters: { resource: 'contact' }, filter: ' alice ' });
		expect(server.requests[0].query).toEqual({ q: 'alice', page: '1', include_contact_inboxes: 'false' });
		expect(result.paginationToken).toBe('2');
		expect(requestProblems(server.requests[0])).toEqual([]);
	});

	test('scrolling asks for the page the token names', async () => {
		server.reply('GET', '/api/v1/accounts/1/contacts/search', { body: { meta: { count: 1, current_page: 2, has_more: false }, payload: [alice] } });
		const result = await searchList({ method: 'searchContacts', baseUrl: server.baseUrl, parameters: { resource: 'contact' }, filter: 'alice', paginationToken: '2' });
		expect(server.requests[0].query).toMatchObject({ q: 'alice', page: '2' });
		expect(result.paginationToken).toBeUndefined();
	});
});

