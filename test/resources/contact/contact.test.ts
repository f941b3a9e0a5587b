import type { IBinaryData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList, TOKEN } from '../../harness/engine';
import { describeLabelChanges } from '../../harness/labels';
import { findOperation, requestProblems, spec } from '../../harness/openapi';
import { Recorder, type RecordedRequest } from '../../harness/recorder';
import { description } from '../../harness/operations';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const websiteLink = {
	source_id: '7c1f2b9e-3a55-4d0e-9f0e-2f1c6a1d2b3c',
	inbox: { id: 3, name: 'Website', channel_type: 'Channel::WebWidget' },
};
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
const carol = {
	id: 44,
	name: 'Carol Poe',
	email: 'carol@example.com',
	availability_status: 'online',
	custom_attributes: {},
	created_at: 1714645000,
	contact_inboxes: [websiteLink],
};
const bob = {
	id: 43,
	name: 'Bob Roe',
	email: 'bob@example.com',
	phone_number: null,
	custom_attributes: {},
	created_at: 1714558800,
	contact_inboxes: [],
};
const contact = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });
const inbox = contact;
const conversation = (id: number) => ({
	id,
	inbox_id: 3,
	status: 'open',
	labels: [],
	meta: { sender: { id: 42 } },
});

const cases: RequestCase[] = [
	{
		name: 'getAll asks for page 1 newest first, the default sort (docs/server-facts.md#contact-lists-unordered), and unwraps payload into one item per contact',
		parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 5 },
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/contacts',
			query: { page: '1', sort: '-created_at' },
		},
		reply: { body: { meta: { count: 2, current_page: 1 }, payload: [alice, bob] } },
		output: [alice, bob],
	},
	{
		name: 'getAll with sort, labels and without contact inboxes (docs/server-facts.md#extra-query-parameters)',
		parameters: {
			resource: 'contact',
			operation: 'getAll',
			returnAll: true,
			options: { sort: '-company_name', includeContactInboxes: false, labels: 'vip, billing' },
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/contacts',
			query: {
				page: '1',
				sort: '-company_name',
				include_contact_inboxes: 'false',
				'labels[]': ['vip', 'billing'],
			},
		},
		reply: { body: { meta: { count: 1, current_page: 1 }, payload: [bob] } },
		output: [bob],
	},
	{
		name: 'search sends the text as q, with the default sort',
		parameters: { resource: 'contact', operation: 'search', searchText: 'alice', returnAll: true },
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/contacts/search',
			query: { q: 'alice', page: '1', sort: '-created_at' },
		},
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
					{
						attributeKey: 'email',
						filterOperator: 'contains',
						values: '@example.com',
						queryOperator: 'OR',
					},
					{
						attributeKey: 'country_code',
						filterOperator: 'equal_to',
						values: 'de',
						queryOperator: 'AND',
					},
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
					{
						attribute_key: 'email',
						filter_operator: 'contains',
						values: ['@example.com'],
						query_operator: 'OR',
					},
					{
						attribute_key: 'country_code',
						filter_operator: 'equal_to',
						values: ['de'],
						query_operator: null,
					},
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
		parameters: {
			resource: 'contact',
			operation: 'get',
			contactId: contact('https://chat.example.com/app/accounts/1/contacts/42', 'url'),
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/contacts/42' },
		reply: { body: { payload: alice } },
		output: [alice],
	},
	{
		name: 'create with an inbox: the contact, with the link it got as contact_inbox (docs/server-facts.md#contact-create-inbox-optional, docs/server-facts.md#contact-answers)',
		parameters: {
			resource: 'contact',
			operation: 'create',
			additionalFields: {
				name: 'Alice Doe',
				email: 'alice@example.com',
				inboxId: inbox('https://chat.example.com/app/accounts/1/inbox/3', 'url'),
				sourceId: websiteLink.source_id,
				customAttributes: '{"plan": "pro"}',
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts',
			body: {
				name: 'Alice Doe',
				email: 'alice@example.com',
				inbox_id: 3,
				source_id: websiteLink.source_id,
				custom_attributes: { plan: 'pro' },
			},
		},
		reply: { body: { payload: { contact: alice, contact_inbox: websiteLink } } },
		output: [{ ...alice, contact_inbox: websiteLink }],
	},
	{
		name: 'create without an inbox: inbox_id is optional and contact_inbox is null (docs/server-facts.md#contact-create-inbox-optional, docs/server-facts.md#contact-answers)',
		parameters: {
			resource: 'contact',
			operation: 'create',
			additionalFields: { phoneNumber: '+4915112345678', blocked: false },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts',
			body: { phone_number: '+4915112345678', blocked: false },
		},
		reply: {
			body: {
				payload: {
					contact: { ...alice, contact_inboxes: [] },
					contact_inbox: { inbox: null, source_id: null },
				},
			},
		},
		output: [{ ...alice, contact_inboxes: [], contact_inbox: null }],
	},
	{
		name: 'update sends only the attribute keys set, which Chatwoot merges; 200 with payload is unwrapped (docs/server-facts.md#contact-answers)',
		parameters: {
			resource: 'contact',
			operation: 'update',
			contactId: contact(42),
			updateFields: {
				customAttributes: '{"seats": 12}',
				additionalAttributes: '{"company_name": "Acme"}',
				identifier: 'crm-1001',
			},
		},
		expect: {
			method: 'PUT',
			path: '/api/v1/accounts/1/contacts/42',
			body: {
				custom_attributes: { seats: 12 },
				additional_attributes: { company_name: 'Acme' },
				identifier: 'crm-1001',
			},
		},
		reply: {
			status: 200,
			body: { payload: { ...alice, custom_attributes: { plan: 'pro', seats: 12 } } },
		},
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
		name: 'getConversations: one request, no page, the 20 most recent (docs/server-facts.md#contact-conversations-limit)',
		parameters: { resource: 'contact', operation: 'getConversations', contactId: contact(42) },
		expect: { method: 'GET', path: '/api/v1/accounts/1/contacts/42/conversations' },
		reply: {
			body: { payload: Array.from({ length: 20 }, (_, index) => conversation(40 - index)) },
		},
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
		name: 'linkToInbox sends the inbox as a number and the source ID',
		parameters: {
			resource: 'contact',
			operation: 'linkToInbox',
			contactId: contact(42),
			inboxId: inbox('7', 'list'),
			sourceId: 'crm-1001',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts/42/contact_inboxes',
			body: { inbox_id: 7, source_id: 'crm-1001' },
		},
		reply: { body: { source_id: 'crm-1001', inbox: { id: 7, name: 'API' } } },
		output: [{ source_id: 'crm-1001', inbox: { id: 7, name: 'API' } }],
	},
	{
		name: 'linkToInbox leaves an empty source ID out, so Chatwoot generates one',
		parameters: {
			resource: 'contact',
			operation: 'linkToInbox',
			contactId: contact(42),
			inboxId: inbox(7),
			sourceId: '',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts/42/contact_inboxes',
			body: { inbox_id: 7 },
		},
		reply: { body: { source_id: 'generated', inbox: { id: 7, name: 'API' } } },
		output: [{ source_id: 'generated', inbox: { id: 7, name: 'API' } }],
	},
	{
		name: 'linkToInbox still takes the bare number an older workflow saved before Inbox became a picker',
		parameters: {
			resource: 'contact',
			operation: 'linkToInbox',
			contactId: contact(42),
			inboxId: 7,
			sourceId: 'crm-1001',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts/42/contact_inboxes',
			body: { inbox_id: 7, source_id: 'crm-1001' },
		},
		reply: { body: { source_id: 'crm-1001', inbox: { id: 7, name: 'API' } } },
		output: [{ source_id: 'crm-1001', inbox: { id: 7, name: 'API' } }],
	},
	{
		name: 'merge sends both contacts as numbers; the answer is the contact kept',
		parameters: {
			resource: 'contact',
			operation: 'merge',
			baseContactId: contact(42),
			mergeeContactId: contact('43', 'list'),
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/actions/contact_merge',
			body: { base_contact_id: 42, mergee_contact_id: 43 },
		},
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
		parameters: {
			resource: 'contact',
			operation: 'setLabels',
			contactId: contact(42),
			labels: 'vip, billing, vip',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts/42/labels',
			body: { labels: ['vip', 'billing'] },
		},
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
	{
		name: 'addLabels reads the contact’s labels and sends them with the new ones, none doubled',
		parameters: {
			resource: 'contact',
			operation: 'addLabels',
			contactId: contact(42),
			labels: 'Billing, lead, lead',
		},
		reads: [
			{
				method: 'GET',
				path: '/api/v1/accounts/1/contacts/42/labels',
				reply: { body: { payload: ['billing', 'vip'] } },
			},
		],
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts/42/labels',
			body: { labels: ['billing', 'vip', 'lead'] },
		},
		reply: { body: { payload: ['billing', 'lead', 'vip'] } },
		output: [{ labels: ['billing', 'lead', 'vip'] }],
	},
	{
		name: 'removeLabels reads the contact’s labels and sends them without the given ones',
		parameters: {
			resource: 'contact',
			operation: 'removeLabels',
			contactId: contact(42),
			labels: ['vip'],
		},
		reads: [
			{
				method: 'GET',
				path: '/api/v1/accounts/1/contacts/42/labels',
				reply: { body: { payload: ['billing', 'vip', 'lead'] } },
			},
		],
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts/42/labels',
			body: { labels: ['billing', 'lead'] },
		},
		reply: { body: { payload: ['billing', 'lead'] } },
		output: [{ labels: ['billing', 'lead'] }],
	},
	{
		name: 'getOnline asks contacts/active for page 1 with the default sort and unwraps payload into one item per contact',
		parameters: { resource: 'contact', operation: 'getOnline', returnAll: false, limit: 5 },
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/contacts/active',
			query: { page: '1', sort: '-created_at' },
		},
		reply: { body: { meta: { count: 2, current_page: 1 }, payload: [carol, alice] } },
		output: [carol, alice],
	},
	{
		name: 'getOnline with sort and without contact inboxes',
		parameters: {
			resource: 'contact',
			operation: 'getOnline',
			returnAll: true,
			options: { sort: '-last_activity_at', includeContactInboxes: false },
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/contacts/active',
			query: { page: '1', sort: '-last_activity_at', include_contact_inboxes: 'false' },
		},
		reply: { body: { meta: { count: 1, current_page: 1 }, payload: [carol] } },
		output: [carol],
	},
	{
		name: 'deleteAvatar unwraps the contact Chatwoot answers with',
		parameters: { resource: 'contact', operation: 'deleteAvatar', contactId: contact(42) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/contacts/42/avatar' },
		reply: { body: { payload: { ...alice, thumbnail: '' } } },
		output: [{ ...alice, thumbnail: '' }],
	},
	{
		name: 'deleteCustomAttributes sends the keys once each as custom_attributes and unwraps the contact',
		parameters: {
			resource: 'contact',
			operation: 'deleteCustomAttributes',
			contactId: contact(42),
			attributeKeys: 'seats, region ,seats',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/contacts/42/destroy_custom_attributes',
			body: { custom_attributes: ['seats', 'region'] },
		},
		reply: { body: { payload: alice } },
		output: [alice],
	},
];

// A CSV in Latin-1 (ü is one byte, 0xfc, not valid UTF-8), so any re-encoding on the way would show
const CSV = Buffer.concat([
	Buffer.from('name,email,phone_number,plan\nJana M'),
	Buffer.from([0xfc]),
	Buffer.from('ller,jana@example.com,4915112345678,pro\n'),
]);
const csvFile = (fileName?: string, mimeType = 'text/csv'): IBinaryData => ({
	data: CSV.toString('base64'),
	mimeType,
	...(fileName ? { fileName } : {}),
});

/** An import: the input item that holds the file, and the one multipart part Chatwoot must get. */
type ImportCase = RequestCase & {
	items: INodeExecutionData[];
	part: { fileName: string; mimeType: string };
};

const importCases: ImportCase[] = [
	{
		name: 'import sends the CSV as the single part import_file, with its name and type, byte for byte',
		items: [{ json: {}, binary: { data: csvFile('contacts.csv') } }],
		parameters: { resource: 'contact', operation: 'import', binaryPropertyName: 'data' },
		expect: { method: 'POST', path: '/api/v1/accounts/1/contacts/import' },
		part: { fileName: 'contacts.csv', mimeType: 'text/csv' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'import from another binary property, a file without name or type, into the account set on the node',
		items: [{ json: {}, binary: { leads: csvFile(undefined, '') } }],
		parameters: {
			resource: 'contact',
			operation: 'import',
			accountId: '7',
			binaryPropertyName: ' leads ',
		},
		expect: { method: 'POST', path: '/api/v1/accounts/7/contacts/import' },
		part: { fileName: 'leads.csv', mimeType: 'text/csv' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

function boundaryOf(contentType: unknown): string {
	const match = /^multipart\/form-data; boundary=(\S+)$/.exec(String(contentType));
	if (!match) throw new Error(`not multipart: ${String(contentType)}`);
	return match[1];
}

describe('Import contacts from a CSV file (multipart import_file)', () => {
	test.each(importCases.map((testCase) => [testCase.name, testCase] as const))(
		'%s',
		async (_name, testCase) => {
			server.on(() => testCase.reply);
			const result = await runNode({
				baseUrl: server.baseUrl,
				items: testCase.items,
				parameters: testCase.parameters,
			});
			expect(result.error?.message).toBeUndefined();
			expect(server.requests).toHaveLength(1);
			const [request] = server.requests;
			expect([request.method, request.path, request.query]).toEqual([
				testCase.expect.method,
				testCase.expect.path,
				{},
			]);
			const b = boundaryOf(request.headers['content-type']);
			const head = `--${b}\r\nContent-Disposition: form-data; name="import_file"; filename="${testCase.part.fileName}"\r\nContent-Type: ${testCase.part.mimeType}\r\n\r\n`;
			expect(
				request.rawBody.equals(
					Buffer.concat([Buffer.from(head), CSV, Buffer.from(`\r\n--${b}--\r\n`)]),
				),
			).toBe(true);
			expect(request.headers['api-access-token']).toBe(TOKEN);
			expect(requestProblems(request)).toEqual([]);
			expect(result.output).toEqual(testCase.output);
		},
	);

	test('openapi/ describes the form as exactly one file part, import_file, the only field Chatwoot reads', () => {
		const operation = findOperation('POST', '/api/v1/accounts/1/contacts/import')?.spec.operation;
		expect(operation?.operationId).toBe('contact.import');
		expect(Object.keys(operation?.requestBody?.content ?? {})).toEqual(['multipart/form-data']);
		expect(spec.components.schemas.ContactImportForm).toMatchObject({
			additionalProperties: false,
			required: ['import_file'],
			properties: { import_file: { type: 'string', format: 'binary' } },
		});
	});

	test('each input item sends its own file', async () => {
		server.on(() => ({ status: 200 }));
		const second = Buffer.from('name,email\nBob Roe,bob@example.com\n');
		await runNode({
			baseUrl: server.baseUrl,
			items: [
				{ json: {}, binary: { data: csvFile('january.csv') } },
				{
					json: {},
					binary: {
						data: {
							data: second.toString('base64'),
							mimeType: 'text/csv',
							fileName: 'february.csv',
						},
					},
				},
			],
			parameters: { resource: 'contact', operation: 'import', binaryPropertyName: 'data' },
		});
		const files = server.requests.map((request) => {
			const body = request.rawBody.toString('latin1');
			return [/filename="([^"]+)"/.exec(body)?.[1], body.includes(second.toString('latin1'))];
		});
		expect(files).toEqual([
			['january.csv', false],
			['february.csv', true],
		]);
	});

	test('a binary property the item does not have is refused before any request, naming the ones it has', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [
				{
					json: {},
					binary: { data: csvFile('contacts.csv'), photo: csvFile('x.jpg', 'image/jpeg') },
				},
			],
			parameters: { resource: 'contact', operation: 'import', binaryPropertyName: 'leads' },
		});
		expect(result.error?.message).toBe('Item 0 has no binary property "leads"');
		expect(result.error?.description).toContain('This item has: data, photo.');
		expect(server.requests).toHaveLength(0);
	});

	test('an item without binary data says where the file should come from', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'import', binaryPropertyName: 'data' },
		});
		expect(result.error?.message).toBe('Item 0 has no binary property "data"');
		expect(result.error?.description).toContain('This item has no binary data');
		expect(server.requests).toHaveLength(0);
	});

	test('an agent’s token is refused by Chatwoot (401): the error says so', async () => {
		server.on(() => ({ status: 401, body: { error: 'You are not authorized to do this action' } }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: {}, binary: { data: csvFile('contacts.csv') } }],
			parameters: { resource: 'contact', operation: 'import', binaryPropertyName: 'data' },
		});
		expect(`${result.error?.message} ${result.error?.description}`).toContain(
			'You are not authorized to do this action',
		);
	});
});

describe('Contact', () => {
	describeRequests(server, cases);
	// import sends a file from the input item; its cases run below, with the item
	expectEveryOperationCovered('contact', [...cases, ...importCases]);
	describeLabelChanges(
		server,
		'contact',
		{ contactId: contact(42) },
		'/api/v1/accounts/1/contacts/42/labels',
	);
});

const people = (count: number) =>
	Array.from({ length: count }, (_, index) => ({ id: index + 1, name: `Person ${index + 1}` }));

/** Answers a paged contact endpoint the way Chatwoot does, 15 per page. */
function pagedContacts(records: IDataObject[], meta: 'total' | 'hasMore') {
	server.on((request) => {
		const page = Number(request.query.page ?? 1);
		const slice = records.slice((page - 1) * 15, page * 15);
		const more = page * 15 < records.length;
		return {
			body: {
				meta:
					meta === 'total'
						? { count: records.length, current_page: page }
						: { count: slice.length, current_page: page, has_more: more },
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
		['getOnline', 37, 3],
	])(
		'%s with Return All over %i contacts makes %i requests and returns each once',
		async (operation, count, requests) => {
			pagedContacts(people(count), 'total');
			const result = await runNode({
				baseUrl: server.baseUrl,
				parameters: { resource: 'contact', operation, returnAll: true },
			});
			expect(pages()).toEqual(Array.from({ length: requests }, (_, index) => String(index + 1)));
			expect(result.output).toEqual(people(count));
		},
	);

	test('getAll stops on meta.count without asking for an empty page', async () => {
		pagedContacts(people(30), 'total');
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
		});
		expect(pages()).toEqual(['1', '2']);
		expect(result.output).toHaveLength(30);
	});

	test('getOnline with a limit asks contacts/active only for the pages it needs', async () => {
		pagedContacts(people(37), 'total');
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'getOnline', returnAll: false, limit: 20 },
		});
		expect(server.requests.map((request) => [request.path, request.query.page])).toEqual([
			['/api/v1/accounts/1/contacts/active', '1'],
			['/api/v1/accounts/1/contacts/active', '2'],
		]);
		expect(result.output).toEqual(people(20));
	});

	test('getAll with a limit asks only for the pages it needs and returns exactly the limit', async () => {
		pagedContacts(people(37), 'total');
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 20 },
		});
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
				conditions: {
					condition: [{ attributeKey: 'name', filterOperator: 'contains', values: 'Person' }],
				},
			},
		});
		expect(pages()).toEqual(['1', '2']);
		expect(server.requests.map((request) => request.body)).toEqual([
			{
				payload: [
					{
						attribute_key: 'name',
						filter_operator: 'contains',
						values: ['Person'],
						query_operator: null,
					},
				],
			},
			{
				payload: [
					{
						attribute_key: 'name',
						filter_operator: 'contains',
						values: ['Person'],
						query_operator: null,
					},
				],
			},
		]);
		expect(result.output).toEqual(people(16));
	});

	test('search follows has_more: meta.count there is the page size, not a total (docs/server-facts.md#contact-answers)', async () => {
		pagedContacts(people(37), 'hasMore');
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'search',
				searchText: 'Person',
				returnAll: true,
			},
		});
		expect(pages()).toEqual(['1', '2', '3']);
		expect(result.output).toEqual(people(37));
	});

	test('search stops when has_more is false, even after a full page', async () => {
		pagedContacts(people(30), 'hasMore');
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'search',
				searchText: 'Person',
				returnAll: true,
			},
		});
		expect(pages()).toEqual(['1', '2']);
		expect(result.output).toHaveLength(30);
	});

	test('search with a limit below a page makes one request', async () => {
		pagedContacts(people(37), 'hasMore');
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'search',
				searchText: 'Person',
				returnAll: false,
				limit: 5,
			},
		});
		expect(pages()).toEqual(['1']);
		expect(result.output).toEqual(people(5));
	});
});

describe('contact lists are paged in a stable order (docs/server-facts.md#contact-lists-unordered)', () => {
	test.each([
		['getAll', {}],
		['getOnline', {}],
		['search', { searchText: 'a' }],
		[
			'filter',
			{
				conditions: {
					condition: [{ attributeKey: 'email', filterOperator: 'contains', values: '@' }],
				},
			},
		],
	])('%s sends sort -created_at on every page when no Sort is chosen', async (operation, extra) => {
		server.on((request) => {
			const page = Number(request.query.page);
			const payload = people(16).slice((page - 1) * 15, page * 15);
			return {
				body: {
					meta: {
						count: operation === 'search' ? payload.length : 16,
						current_page: page,
						has_more: page === 1,
					},
					payload,
				},
			};
		});
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation, returnAll: true, ...extra },
		});
		expect(server.requests.map((request) => request.query.sort)).toEqual([
			'-created_at',
			'-created_at',
		]);
	});

	test('a chosen Sort is sent instead', async () => {
		server.on(() => ({ body: { meta: { count: 1, current_page: 1 }, payload: [alice] } }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'getOnline',
				returnAll: true,
				options: { sort: 'name' },
			},
		});
		expect(server.requests.map((request) => request.query.sort)).toEqual(['name']);
	});
});

describe('contact filter values the server would ignore are refused before any request (docs/server-facts.md#contact-filter-values)', () => {
	test.each([
		[
			'equal_to',
			'de, at',
			'Condition 1 (country_code) has 2 values, but its operator reads only one (item 0)',
		],
		[
			'not_equal_to',
			'de, at',
			'Condition 1 (country_code) has 2 values, but its operator reads only one (item 0)',
		],
		['starts_with', '+49', 'Condition 1 (country_code): Starts With is not supported (item 0)'],
	])('%s with %s', async (filterOperator, values, message) => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'filter',
				returnAll: true,
				conditions: { condition: [{ attributeKey: 'country_code', filterOperator, values }] },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(message);
	});

	test('Contains still takes several values', async () => {
		server.on(() => ({ body: { meta: { count: 0, current_page: 1 }, payload: [] } }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'filter',
				returnAll: true,
				conditions: {
					condition: [
						{ attributeKey: 'email', filterOperator: 'contains', values: '@a.com, @b.com' },
					],
				},
			},
		});
		expect(server.requests[0].body).toEqual({
			payload: [
				{
					attribute_key: 'email',
					filter_operator: 'contains',
					values: ['@a.com', '@b.com'],
					query_operator: null,
				},
			],
		});
	});

	test('Starts With is no longer offered, and openapi/ leaves it out', () => {
		const conditions = description.properties.find(
			(property) =>
				property.name === 'conditions' &&
				property.displayOptions?.show?.resource?.includes('contact'),
		);
		const operator = (
			conditions?.options?.[0] as {
				values: Array<{ name: string; options?: Array<{ value: string }> }>;
			}
		).values.find((value) => value.name === 'filterOperator');
		expect(operator?.options?.map((option) => option.value)).not.toContain('starts_with');
		expect(JSON.stringify(spec.components.schemas.ContactFilterInput)).not.toContain(
			'"starts_with"',
		);
	});
});

describe('Contact requests the server reads differently from its published description', () => {
	test('labels travel as labels[]=a&labels[]=b on every page, as Rails needs (docs/server-facts.md#query-arrays-brackets)', async () => {
		pagedContacts(people(16), 'total');
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				options: { labels: 'vip,billing' },
			},
		});
		expect(server.requests.map((request) => request.rawQuery)).toEqual([
			'sort=-created_at&labels[]=vip&labels[]=billing&page=1',
			'sort=-created_at&labels[]=vip&labels[]=billing&page=2',
		]);
	});

	test('labels mapped as a list from an earlier node are sent the same way', async () => {
		pagedContacts(people(1), 'total');
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { tags: ['vip', 'billing'] } }],
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				options: { labels: '={{ $json.tags }}' },
			},
		});
		expect(server.requests[0].query['labels[]']).toEqual(['vip', 'billing']);
	});

	test.each(['created_at', '-company_name', 'city', '-country'])(
		'sort %s, which the published description lacks, is described (docs/server-facts.md#extra-query-parameters)',
		async (sort) => {
			pagedContacts(people(1), 'total');
			await runNode({
				baseUrl: server.baseUrl,
				parameters: {
					resource: 'contact',
					operation: 'getAll',
					returnAll: true,
					options: { sort },
				},
			});
			expect(server.requests[0].query.sort).toBe(sort);
			expect(requestProblems(server.requests[0])).toEqual([]);
		},
	);

	test('a create without inbox_id is valid in openapi/ (docs/server-facts.md#contact-create-inbox-optional)', () => {
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

	test('the search has no total to stop on: its pagination reads has_more, not meta.count (docs/server-facts.md#contact-answers)', async () => {
		// a first page of 15 whose meta.count is 15: stopping on the "total" would lose the second page
		server.on((request) =>
			request.query.page === '1'
				? { body: { meta: { count: 15, current_page: 1, has_more: true }, payload: people(15) } }
				: {
						body: {
							meta: { count: 1, current_page: 2, has_more: false },
							payload: [{ id: 16, name: 'Person 16' }],
						},
					},
		);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'search', searchText: 'P', returnAll: true },
		});
		expect(result.output).toHaveLength(16);
	});
});

describe('Contact input checks', () => {
	test('merging a contact into itself is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'merge',
				baseContactId: contact(42),
				mergeeContactId: contact(42),
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Cannot merge contact 42 into itself (item 0)');
	});

	test('a merge ID that is not a number is refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'merge',
				baseContactId: contact('={{ "abc" }}'),
				mergeeContactId: contact(42),
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Base Contact ID must be a positive whole number, got "abc" (item 0)',
		);
	});

	test('invalid JSON in Custom Attributes is refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'update',
				contactId: contact(42),
				updateFields: { customAttributes: '{plan: pro}' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Custom Attributes is not valid JSON (item 0)');
	});

	test('a filter condition without a value is refused, unless its operator needs none', async () => {
		const refused = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'filter',
				returnAll: true,
				conditions: {
					condition: [{ attributeKey: 'city', filterOperator: 'equal_to', values: '' }],
				},
			},
		});
		expect(refused.error?.message).toBe('Condition 1 (city) has no value (item 0)');
		expect(server.requests).toHaveLength(0);

		pagedContacts(people(1), 'total');
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'filter',
				returnAll: true,
				conditions: { condition: [{ attributeKey: 'city', filterOperator: 'is_present' }] },
			},
		});
		expect(server.requests[0].body).toEqual({
			payload: [
				{ attribute_key: 'city', filter_operator: 'is_present', values: [], query_operator: null },
			],
		});
		expect(requestProblems(server.requests[0])).toEqual([]);
	});

	test('deleting custom attributes without a key is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'deleteCustomAttributes',
				contactId: contact(42),
				attributeKeys: ' , ',
			},
		});
		expect(result.error?.message).toBe('Attribute Keys is required (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	test('custom attribute keys mapped as a list from an earlier node are sent as that list', async () => {
		server.on(() => ({ body: { payload: alice } }));
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { stale: ['seats', 'trial_ends'] } }],
			parameters: {
				resource: 'contact',
				operation: 'deleteCustomAttributes',
				contactId: contact(42),
				attributeKeys: '={{ $json.stale }}',
			},
		});
		expect(server.requests[0].body).toEqual({ custom_attributes: ['seats', 'trial_ends'] });
		expect(requestProblems(server.requests[0])).toEqual([]);
	});

	test('a missing contact names the contact in the error', async () => {
		server.on(() => ({ status: 404, body: { error: 'Resource could not be found' } }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'get', contactId: contact(77) },
		});
		expect(`${result.error?.message} ${result.error?.description}`).toContain('Contact ID 77');
	});
});

describe('the contact picker', () => {
	test('without a search text lists the first page of contacts, with email or phone beside the name', async () => {
		server.reply('GET', '/api/v1/accounts/4/contacts', {
			body: {
				meta: { count: 3, current_page: 1 },
				payload: [
					alice,
					{ id: 44, name: 'Carol', email: null, phone_number: '+15550100' },
					{ id: 45, name: '', email: 'x@example.com' },
				],
			},
		});
		const result = await searchList({
			method: 'searchContacts',
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', accountId: '4' },
		});
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
		server.reply('GET', '/api/v1/accounts/1/contacts/search', {
			body: { meta: { count: 15, current_page: 2, has_more: true }, payload: [alice] },
		});
		const result = await searchList({
			method: 'searchContacts',
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact' },
			filter: ' alice ',
		});
		expect(server.requests[0].query).toEqual({
			q: 'alice',
			page: '1',
			include_contact_inboxes: 'false',
		});
		expect(result.paginationToken).toBe('2');
		expect(requestProblems(server.requests[0])).toEqual([]);
	});

	test('scrolling asks for the page the token names', async () => {
		server.reply('GET', '/api/v1/accounts/1/contacts/search', {
			body: { meta: { count: 1, current_page: 2, has_more: false }, payload: [alice] },
		});
		const result = await searchList({
			method: 'searchContacts',
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact' },
			filter: 'alice',
			paginationToken: '2',
		});
		expect(server.requests[0].query).toMatchObject({ q: 'alice', page: '2' });
		expect(result.paginationToken).toBeUndefined();
	});
});

describe('contact descriptions say what Chatwoot does', () => {
	const operations = description.properties.find(
		(property) =>
			property.name === 'operation' && property.displayOptions?.show?.resource?.includes('contact'),
	)?.options as Array<{ value: string; description?: string }>;
	const text = (value: string) =>
		operations.find((option) => option.value === value)?.description ?? '';
	const api = (operationId: string) => String(findOperationById(operationId)?.description);
	const findOperationById = (operationId: string) =>
		Object.values(spec.paths as Record<string, Record<string, IDataObject>>)
			.flatMap((item) => Object.values(item))
			.find((operation) => operation?.operationId === operationId);

	test('add and remove labels keep the other labels; set labels replaces them', () => {
		const action = (value: string) =>
			(operations as Array<{ value: string; action?: string }>).find(
				(option) => option.value === value,
			)?.action;
		expect(action('addLabels')).toBe('Add labels to a contact and keep its other labels');
		expect(action('removeLabels')).toBe('Remove labels from a contact and keep its other labels');
		expect(action('setLabels')).toBe('Set the labels of a contact and remove the others');
	});

	test('set labels: any title is stored, none is dropped', () => {
		expect(text('setLabels')).toContain('stores any title');
		expect(text('setLabels')).not.toContain('ignored');
		expect(api('contact.setLabels')).not.toContain('dropped');
	});

	test('merge: labels are not moved, and a failure is not retried', () => {
		expect(text('merge')).toContain('Labels are not moved');
		expect(api('contact.merge')).toContain('Labels are not moved');
		expect(api('contact.merge')).not.toContain('retried');
	});

	test('search: no ID or secondary-email matching, identifier case-sensitive', () => {
		const searchText = description.properties.find(
			(property) =>
				property.name === 'searchText' &&
				property.displayOptions?.show?.resource?.includes('contact'),
		);
		expect(searchText?.description).not.toContain('ID');
		expect(searchText?.description).toContain('same letter case');
		expect(api('contact.search')).not.toContain('secondary');
		expect(api('contact.search')).not.toContain('exact ID');
	});

	test('delete: administrators only', () => {
		expect(text('delete')).toContain('administrators only');
		expect(api('contact.delete')).toContain('Administrators only');
	});
});
