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

const acme = {
	id: 7,
	name: 'Acme Inc.',
	contacts_count: 3,
	domain: 'acme.example',
	description: 'Hardware',
	custom_attributes: { plan: 'pro' },
	avatar_url: '',
};
const globex = {
	id: 8,
	name: 'Globex',
	contacts_count: 0,
	domain: null,
	description: null,
	custom_attributes: {},
	avatar_url: '',
};
const jane = { id: 12, name: 'Jane Doe', company_id: 7, linked_to_current_company: true };
const rl = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

// docs/server-facts.md#company-wrapped-and-paged
const cases: RequestCase[] = [
	{
		name: 'getAll asks for page 1 in the order chosen and unwraps payload, up to the limit',
		parameters: {
			resource: 'company',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			sort: '-contacts_count',
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/companies',
			query: { sort: '-contacts_count', page: '1' },
		},
		reply: { body: { meta: { total_count: 2, page: 1 }, payload: [acme, globex] } },
		output: [acme],
	},
	{
		name: 'search sends the text as q',
		parameters: {
			resource: 'company',
			operation: 'search',
			query: 'acme',
			returnAll: true,
			sort: 'name',
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/companies/search',
			query: { q: 'acme', sort: 'name', page: '1' },
		},
		reply: { body: { meta: { total_count: 1, page: 1 }, payload: [acme] } },
		output: [acme],
	},
	{
		name: 'create sends the name and only the fields set, wrapped in company',
		parameters: {
			resource: 'company',
			operation: 'create',
			name: 'Acme Inc.',
			additionalFields: { domain: 'acme.example', customAttributes: '{"plan": "pro"}' },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/companies',
			body: {
				company: { name: 'Acme Inc.', domain: 'acme.example', custom_attributes: { plan: 'pro' } },
			},
		},
		reply: { body: { payload: acme } },
		output: [acme],
	},
	{
		name: 'get with a company picked by its dashboard link',
		parameters: {
			resource: 'company',
			operation: 'get',
			companyId: rl('https://chat.example.com/app/accounts/1/companies/7', 'url'),
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/companies/7' },
		reply: { body: { payload: acme } },
		output: [acme],
	},
	{
		name: 'update sends only the fields set',
		parameters: {
			resource: 'company',
			operation: 'update',
			companyId: rl(7),
			updateFields: { description: 'Tools' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/companies/7',
			body: { company: { description: 'Tools' } },
		},
		reply: { body: { payload: { ...acme, description: 'Tools' } } },
		output: [{ ...acme, description: 'Tools' }],
	},
	{
		name: 'delete',
		parameters: { resource: 'company', operation: 'delete', companyId: rl(8) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/companies/8' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'getContacts pages the company’s contacts',
		parameters: {
			resource: 'company',
			operation: 'getContacts',
			companyId: rl(7),
			returnAll: true,
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/companies/7/contacts',
			query: { page: '1' },
		},
		reply: { body: { meta: { total_count: 1, page: 1 }, payload: [jane] } },
		output: [jane],
	},
	{
		name: 'addContact sends the picked contact as contact_id',
		parameters: {
			resource: 'company',
			operation: 'addContact',
			companyId: rl(7),
			contactId: rl('12', 'list'),
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/companies/7/contacts',
			body: { contact_id: 12 },
		},
		reply: { body: { payload: jane } },
		output: [jane],
	},
	{
		name: 'removeContact',
		parameters: {
			resource: 'company',
			operation: 'removeContact',
			companyId: rl(7),
			contactId: rl(12),
		},
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/companies/7/contacts/12' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Company', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('company', cases);
});

describe('Company lists', () => {
	test('Return All walks the pages of 15 contacts until the total is reached', async () => {
		const page = (from: number, count: number) =>
			Array.from({ length: count }, (_, index) => ({ id: from + index, name: `C${from + index}` }));
		server.on((request) => ({
			body: {
				meta: { total_count: 20 },
				payload: request.query.page === '1' ? page(1, 15) : page(16, 5),
			},
		}));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'company',
				operation: 'getContacts',
				companyId: rl(7),
				returnAll: true,
			},
		});
		expect(server.requests.map((request) => request.query.page)).toEqual(['1', '2']);
		expect(result.output).toHaveLength(20);
	});

	test('the company picker searches by name or domain when there is a search text', async () => {
		server.reply('GET', '/api/v1/accounts/1/companies/search', { body: { payload: [acme] } });
		const result = await searchList({
			method: 'searchCompanies',
			baseUrl: server.baseUrl,
			parameters: { resource: 'company' },
			filter: 'acme',
		});
		expect(result).toEqual({
			results: [{ name: 'Acme Inc.', value: '7', description: 'acme.example' }],
		});
		expect(server.requests[0].query).toEqual({ q: 'acme', sort: 'name' });
	});
});
