import type { INodeProperties } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';

import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { description } from '../../harness/operations';
import { specOperations } from '../../harness/openapi';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const inbox = { id: 4, channel_id: 2, name: 'Website chat', channel_type: 'Channel::WebWidget' };
const alice = {
	email: 'alice@example.com',
	id: 501,
	name: 'Alice Martin',
	phone_number: '+14155550123',
	identifier: null,
	additional_attributes: {},
	last_activity_at: 1777888800,
};
const bob = { ...alice, id: 498, name: 'Bob Refundson', email: 'bob@example.com' };
const message = (id: number) => ({
	id,
	content: 'Can I get a refund?',
	message_type: 0,
	content_type: 'text',
	inbox_id: 4,
	conversation_id: 77,
	created_at: 1777885200,
	inbox,
});
const conversation = (id: number) => ({
	id,
	account_id: 1,
	created_at: 1777885200,
	message: message(id * 1000),
	contact: alice,
	inbox,
	agent: {},
});
const article = {
	id: 31,
	title: 'How refunds work',
	locale: 'en',
	slug: 'how-refunds-work',
	portal_slug: 'acme-help',
	account_id: 1,
	status: 'published',
	updated_at: 1777370400,
};

const cases: RequestCase[] = [
	{
		name: 'searchEverything sends q and gives one item with the four lists',
		parameters: { resource: 'search', operation: 'searchEverything', searchText: 'refund' },
		expect: { method: 'GET', path: '/api/v1/accounts/1/search', query: { q: 'refund' } },
		reply: {
			body: {
				payload: {
					conversations: [conversation(77)],
					contacts: [alice],
					messages: [message(88102)],
					articles: [article],
				},
			},
		},
		output: [
			{
				conversations: [conversation(77)],
				contacts: [alice],
				messages: [message(88102)],
				articles: [article],
			},
		],
	},
	{
		name: 'searchEverything sends the page chosen, in the account set on the node',
		parameters: {
			resource: 'search',
			operation: 'searchEverything',
			accountId: '3',
			searchText: 'refund',
			options: { page: 2 },
		},
		expect: { method: 'GET', path: '/api/v1/accounts/3/search', query: { q: 'refund', page: '2' } },
		reply: { body: { payload: { conversations: [], contacts: [], messages: [], articles: [] } } },
		output: [{ conversations: [], contacts: [], messages: [], articles: [] }],
	},
	{
		name: 'searchConversations unwraps payload.conversations, up to the limit',
		parameters: {
			resource: 'search',
			operation: 'searchConversations',
			searchText: 'alice',
			limit: 1,
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/search/conversations',
			query: { q: 'alice', page: '1' },
		},
		reply: { body: { payload: { conversations: [conversation(77), conversation(64)] } } },
		output: [conversation(77)],
	},
	{
		name: 'searchContacts with Return All stops at a short page',
		parameters: {
			resource: 'search',
			operation: 'searchContacts',
			searchText: 'example.com',
			returnAll: true,
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/search/contacts',
			query: { q: 'example.com', page: '1' },
		},
		reply: { body: { payload: { contacts: [alice, bob] } } },
		output: [alice, bob],
	},
	{
		name: 'searchMessages unwraps payload.messages',
		parameters: {
			resource: 'search',
			operation: 'searchMessages',
			searchText: 'refund',
			returnAll: true,
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/search/messages',
			query: { q: 'refund', page: '1' },
		},
		reply: { body: { payload: { messages: [message(88102), message(88110)] } } },
		output: [message(88102), message(88110)],
	},
	{
		name: 'searchArticles unwraps payload.articles',
		parameters: {
			resource: 'search',
			operation: 'searchArticles',
			searchText: 'refund',
			returnAll: true,
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/search/articles',
			query: { q: 'refund', page: '1' },
		},
		reply: { body: { payload: { articles: [article] } } },
		output: [article],
	},
];

describe('Search', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('search', cases);

	test('Return All pages by 15 until a short page', async () => {
		const ids = Array.from({ length: 32 }, (_, index) => 900 - index);
		server.on((request) => {
			const number = Number(request.query.page);
			return {
				body: { payload: { messages: ids.slice((number - 1) * 15, number * 15).map(message) } },
			};
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'search',
				operation: 'searchMessages',
				searchText: 'refund',
				returnAll: true,
			},
		});
		expect(server.requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		expect(server.requests.every((request) => request.query.q === 'refund')).toBe(true);
		expect(result.output.map((item) => item.id)).toEqual(ids);
	});

	test('a limit of 20 stops after the second page', async () => {
		server.on((request) => ({
			body: {
				payload: {
					contacts: Array.from({ length: 15 }, (_, index) => ({
						...alice,
						id: Number(request.query.page) * 100 + index,
					})),
				},
			},
		}));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'search', operation: 'searchContacts', searchText: 'a', limit: 20 },
		});
		expect(server.requests.map((request) => request.query.page)).toEqual(['1', '2']);
		expect(result.output).toHaveLength(20);
	});

	test('an empty Search Text is refused by n8n before any request', async () => {
		await expect(
			runNode({
				baseUrl: server.baseUrl,
				parameters: { resource: 'search', operation: 'searchConversations', searchText: '' },
			}),
		).rejects.toThrow('Parameter "Search Text" is required');
		expect(server.requests).toHaveLength(0);
	});

	test('the paginated searches offer Return All and Limit; searching everything offers a page instead', () => {
		// what n8n itself shows in the panel for each operation
		const shown = (operation: string, returnAll = false) =>
			description.properties
				.filter((property: INodeProperties) =>
					NodeHelpers.displayParameter(
						{ resource: 'search', operation, returnAll },
						property,
						null,
						description,
					),
				)
				.map((property: INodeProperties) => property.name);
		for (const operation of [
			'searchArticles',
			'searchContacts',
			'searchConversations',
			'searchMessages',
		]) {
			expect(shown(operation)).toEqual(expect.arrayContaining(['returnAll', 'limit']));
			expect(shown(operation, true)).not.toContain('limit');
			expect(shown(operation)).not.toContain('options');
		}
		expect(shown('searchEverything')).not.toContain('returnAll');
		expect(shown('searchEverything')).not.toContain('limit');
		expect(shown('searchEverything')).toContain('options');
	});
});

const operationText = (resource: string, value: string) =>
	(
		(description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes(resource),
		)?.options ?? []) as Array<{
			value: string;
			description?: string;
		}>
	).find((option) => option.value === value)?.description ?? '';
const apiText = (operationId: string) =>
	String(
		(
			specOperations.find((entry) => entry.operationId === operationId)?.operation as
				{ description?: string } | undefined
		)?.description ?? '',
	);

describe('search descriptions say what Chatwoot searches', () => {
	test('messages: the last 3 months, matching by account features', () => {
		expect(operationText('search', 'searchMessages')).toContain('last 3 months');
		expect(apiText('search.searchMessages')).toContain('search_with_gin');
		expect(apiText('search.searchMessages')).toContain('advanced_search');
	});

	test('contacts: only those with an email, a phone number or an identifier', () => {
		expect(operationText('search', 'searchContacts')).toContain('name only is not found');
		expect(apiText('search.searchContacts')).toContain('name only is never found');
	});

	test('articles: a ranked word search that includes drafts', () => {
		expect(operationText('search', 'searchArticles')).toContain('drafts and archived included');
		expect(apiText('search.searchArticles')).toContain('not a substring match');
	});
});
