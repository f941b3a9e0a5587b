import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import type { RecordedRequest } from '../../harness/recorder';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const billing = {
	id: 4,
	name: 'Billing',
	slug: 'billing',
	locale: 'en',
	description: 'Invoices, refunds and plans',
	position: 1,
	account_id: 1,
	icon: '',
	related_categories: [],
	meta: { articles_count: 8 },
};
const started = {
	...billing,
	id: 6,
	name: 'Getting started',
	slug: 'getting-started',
	description: 'Your first steps',
	position: 2,
};
const locator = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });
const handbook = locator('handbook');
const CATEGORIES = '/api/v1/accounts/1/portals/handbook/categories';

const cases: RequestCase[] = [
	{
		name: 'getAll asks for page 1 and returns one item per category',
		parameters: {
			resource: 'category',
			operation: 'getAll',
			portalSlug: handbook,
			returnAll: true,
			filters: { locale: 'en' },
		},
		expect: { method: 'GET', path: CATEGORIES, query: { locale: 'en', page: '1' } },
		reply: {
			body: { payload: [billing, started], meta: { current_page: 1, categories_count: 2 } },
		},
		output: [billing, started],
	},
	{
		name: 'create sends the category under category and unwraps payload (docs/server-facts.md#help-center-answers)',
		parameters: {
			resource: 'category',
			operation: 'create',
			portalSlug: locator('handbook', 'list'),
			name: 'Billing',
			slug: 'billing',
			additionalFields: {
				locale: 'en',
				description: 'Invoices, refunds and plans',
				position: 1,
				parentCategoryId: 2,
			},
		},
		expect: {
			method: 'POST',
			path: CATEGORIES,
			body: {
				category: {
					name: 'Billing',
					slug: 'billing',
					locale: 'en',
					description: 'Invoices, refunds and plans',
					position: 1,
					parent_category_id: 2,
				},
			},
		},
		reply: { body: { payload: billing } },
		output: [billing],
	},
	{
		name: 'get unwraps payload',
		parameters: {
			resource: 'category',
			operation: 'get',
			portalSlug: handbook,
			categoryId: locator('4', 'list'),
		},
		expect: { method: 'GET', path: `${CATEGORIES}/4` },
		reply: { body: { payload: billing } },
		output: [billing],
	},
	{
		name: 'update sends only the fields set',
		parameters: {
			resource: 'category',
			operation: 'update',
			portalSlug: handbook,
			categoryId: locator(4),
			updateFields: { name: 'Billing and refunds' },
		},
		expect: {
			method: 'PATCH',
			path: `${CATEGORIES}/4`,
			body: { category: { name: 'Billing and refunds' } },
		},
		reply: { body: { payload: { ...billing, name: 'Billing and refunds' } } },
		output: [{ ...billing, name: 'Billing and refunds' }],
	},
	{
		name: 'delete',
		parameters: {
			resource: 'category',
			operation: 'delete',
			portalSlug: handbook,
			categoryId: locator(6),
		},
		expect: { method: 'DELETE', path: `${CATEGORIES}/6` },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Help Center Category', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('category', cases);
});

/** A portal with `count` categories, answered 1000 to a page as Chatwoot does (docs/server-facts.md#category-page-size). */
function categoriesOf(count: number) {
	const all = Array.from({ length: count }, (_, index) => ({
		...billing,
		id: index + 1,
		slug: `c${index + 1}`,
	}));
	return (request: RecordedRequest) => {
		const page = Number(request.query.page ?? 1);
		const payload = all.slice((page - 1) * 1000, page * 1000);
		return { body: { payload, meta: { current_page: page, categories_count: payload.length } } };
	};
}

describe('category pagination (1000 a page; the meta counts only the page, so a short page ends the list)', () => {
	const pages = () => server.requests.map((request) => request.query.page);

	test('Return All over 60 categories needs one request: a page of 60 is short of 1000, so no empty second page is asked for', async () => {
		server.on(categoriesOf(60));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'category',
				operation: 'getAll',
				portalSlug: handbook,
				returnAll: true,
			},
		});
		expect(pages()).toEqual(['1']);
		expect(result.output.map((category) => category.id)).toEqual(
			Array.from({ length: 60 }, (_, index) => index + 1),
		);
	});

	test('Return All over 1500 categories: pages 1 and 2, every category once', async () => {
		server.on(categoriesOf(1500));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'category',
				operation: 'getAll',
				portalSlug: handbook,
				returnAll: true,
			},
		});
		expect(pages()).toEqual(['1', '2']);
		expect(new Set(result.output.map((category) => category.id)).size).toBe(1500);
	});

	test('a limit of 30 needs one request with exactly 30 categories', async () => {
		server.on(categoriesOf(60));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'category',
				operation: 'getAll',
				portalSlug: handbook,
				returnAll: false,
				limit: 30,
			},
		});
		expect(pages()).toEqual(['1']);
		expect(result.output).toHaveLength(30);
	});

	test('an update with no field is refused before any request (Chatwoot would answer 422 "param is missing")', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'category',
				operation: 'update',
				portalSlug: handbook,
				categoryId: { __rl: true, mode: 'id', value: '6' },
				updateFields: {},
			},
		});
		expect(result.error?.message).toMatch(/^Nothing to update/);
		expect(server.requests).toHaveLength(0);
	});

	test('a limit of 10 needs one request', async () => {
		server.on(categoriesOf(60));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'category',
				operation: 'getAll',
				portalSlug: handbook,
				returnAll: false,
				limit: 10,
			},
		});
		expect(pages()).toEqual(['1']);
		expect(result.output.map((category) => category.id)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
	});
});

describe('the category picker', () => {
	test('lists the categories of the portal chosen on the node, filtered by the search text', async () => {
		server.reply('GET', CATEGORIES, {
			body: { payload: [billing, started], meta: { current_page: 1, categories_count: 2 } },
		});
		const result = await searchList({
			method: 'searchCategories',
			baseUrl: server.baseUrl,
			parameters: { resource: 'category', portalSlug: handbook },
			filter: 'start',
		});
		expect(server.requests[0].query).toEqual({ page: '1' });
		expect(result).toEqual({
			results: [{ name: 'Getting started', value: '6', description: 'getting-started, en' }],
			paginationToken: undefined,
		});
	});

	test('offers no next page after a page of 25 categories: the page holds 1000 (docs/server-facts.md#category-page-size)', async () => {
		const many = Array.from({ length: 25 }, (_, index) => ({
			...billing,
			id: index + 100,
			name: `Topic ${index + 1}`,
		}));
		server.reply('GET', CATEGORIES, {
			body: { payload: many, meta: { current_page: 1, categories_count: 25 } },
		});
		const result = await searchList({
			method: 'searchCategories',
			baseUrl: server.baseUrl,
			parameters: { resource: 'category', portalSlug: handbook },
		});
		expect(result.results).toHaveLength(25);
		expect(result.paginationToken).toBeUndefined();
	});

	test('without a portal, it says to choose one first', async () => {
		await expect(
			searchList({
				method: 'searchCategories',
				baseUrl: server.baseUrl,
				parameters: { resource: 'category' },
			}),
		).rejects.toThrow('Choose the portal first');
		expect(server.requests).toHaveLength(0);
	});
});
