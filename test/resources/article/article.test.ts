import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { spec } from '../../harness/openapi';
import { field, operationDescription } from '../../harness/operations';
import type { RecordedRequest } from '../../harness/recorder';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const refund = {
	id: 31,
	category_id: 4,
	title: 'How to request a refund',
	content: 'Open **Billing**, pick the invoice and choose *Request refund*.',
	description: 'Steps to get your money back',
	status: 'draft',
	account_id: 1,
	updated_at: 1749211200,
	views: 0,
	associated_articles: [],
};
const inbox = {
	...refund,
	id: 32,
	category_id: 6,
	title: 'Create your first inbox',
	description: 'Connect a channel',
	status: 'published',
	views: 14,
};
const locator = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });
const handbook = locator('handbook');
const ARTICLES = '/api/v1/accounts/1/portals/handbook/articles';
const meta = (count: number, page = 1) => ({
	all_articles_count: count,
	articles_count: count,
	current_page: page,
	draft_articles_count: 0,
	published_count: count,
});

const cases: RequestCase[] = [
	{
		name: 'getAll sends the filters with page 1 and returns one item per article',
		parameters: {
			resource: 'article',
			operation: 'getAll',
			portalSlug: handbook,
			returnAll: true,
			filters: {
				locale: 'en',
				categorySlug: 'billing',
				status: 'published',
				query: 'refund',
				authorId: locator('7', 'list'),
			},
		},
		expect: {
			method: 'GET',
			path: ARTICLES,
			query: {
				locale: 'en',
				category_slug: 'billing',
				status: 'published',
				query: 'refund',
				author_id: '7',
				page: '1',
			},
		},
		reply: { body: { payload: [refund, inbox], meta: meta(2) } },
		output: [refund, inbox],
	},
	{
		name: 'create sends the article under article and unwraps payload (docs/server-facts.md#help-center-answers)',
		parameters: {
			resource: 'article',
			operation: 'create',
			portalSlug: handbook,
			title: refund.title,
			content: refund.content,
			authorId: locator(7),
			additionalFields: {
				categoryId: 4,
				description: refund.description,
				meta: '{"tags": ["billing"]}',
			},
		},
		expect: {
			method: 'POST',
			path: ARTICLES,
			body: {
				article: {
					title: refund.title,
					content: refund.content,
					author_id: 7,
					category_id: 4,
					description: refund.description,
					meta: { tags: ['billing'] },
				},
			},
		},
		reply: { body: { payload: refund } },
		output: [refund],
	},
	{
		name: 'create sends Status and Locale when set, so an article can be published in a language at once',
		parameters: {
			resource: 'article',
			operation: 'create',
			portalSlug: handbook,
			title: refund.title,
			content: refund.content,
			authorId: locator(7),
			additionalFields: { status: 'published', locale: 'fr' },
		},
		expect: {
			method: 'POST',
			path: ARTICLES,
			body: {
				article: {
					title: refund.title,
					content: refund.content,
					author_id: 7,
					status: 'published',
					locale: 'fr',
				},
			},
		},
		reply: { body: { payload: { ...refund, status: 'published' } } },
		output: [{ ...refund, status: 'published' }],
	},
	{
		name: 'update sends Locale when set',
		parameters: {
			resource: 'article',
			operation: 'update',
			portalSlug: handbook,
			articleId: locator(31),
			updateFields: { locale: 'de' },
		},
		expect: { method: 'PATCH', path: `${ARTICLES}/31`, body: { article: { locale: 'de' } } },
		reply: { body: { payload: refund } },
		output: [refund],
	},
	{
		name: 'get unwraps payload',
		parameters: {
			resource: 'article',
			operation: 'get',
			portalSlug: locator('handbook', 'list'),
			articleId: locator('31', 'list'),
		},
		expect: { method: 'GET', path: `${ARTICLES}/31` },
		reply: { body: { payload: refund } },
		output: [refund],
	},
	{
		name: 'update publishes a draft, sending only the fields set',
		parameters: {
			resource: 'article',
			operation: 'update',
			portalSlug: handbook,
			articleId: locator(31),
			updateFields: { status: 'published' },
		},
		expect: { method: 'PATCH', path: `${ARTICLES}/31`, body: { article: { status: 'published' } } },
		reply: { body: { payload: { ...refund, status: 'published' } } },
		output: [{ ...refund, status: 'published' }],
	},
	{
		name: 'delete',
		parameters: {
			resource: 'article',
			operation: 'delete',
			portalSlug: handbook,
			articleId: locator(32),
		},
		expect: { method: 'DELETE', path: `${ARTICLES}/32` },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Help Center Article', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('article', cases);
});

/** A portal with `count` articles, 25 a page, and their number in meta.articles_count. */
function articlesOf(count: number) {
	const all = Array.from({ length: count }, (_, index) => ({ ...refund, id: index + 1 }));
	return (request: RecordedRequest) => {
		const page = Number(request.query.page ?? 1);
		return { body: { payload: all.slice((page - 1) * 25, page * 25), meta: meta(count, page) } };
	};
}

/** Articles of every status: `drafts` drafts first, then published ones; counts as the server gives them. */
function mixedArticles(drafts: number, published: number) {
	const all = Array.from({ length: drafts + published }, (_, index) => ({
		...refund,
		id: index + 1,
		status: index < drafts ? 'draft' : 'published',
	}));
	return (request: RecordedRequest) => {
		const page = Number(request.query.page ?? 1);
		const matching = all.filter(
			(article) => !request.query.status || article.status === request.query.status,
		);
		return {
			body: {
				payload: matching.slice((page - 1) * 25, page * 25),
				meta: {
					...meta(all.length, page),
					draft_articles_count: drafts,
					published_count: published,
				},
			},
		};
	};
}

describe('article pagination (25 a page, meta.articles_count is the total)', () => {
	const pages = () => server.requests.map((request) => request.query.page);
	const run = (extra: object) =>
		runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'article', operation: 'getAll', portalSlug: handbook, ...extra },
		});

	test('Return All over 60 articles: pages 1 to 3, every article once', async () => {
		server.on(articlesOf(60));
		const result = await run({ returnAll: true });
		expect(pages()).toEqual(['1', '2', '3']);
		expect(result.output.map((article) => article.id)).toEqual(
			Array.from({ length: 60 }, (_, index) => index + 1),
		);
	});

	test('Return All over exactly 50 articles: the total ends the loop after page 2, without asking for an empty page', async () => {
		server.on(articlesOf(50));
		const result = await run({ returnAll: true });
		expect(pages()).toEqual(['1', '2']);
		expect(new Set(result.output.map((article) => article.id)).size).toBe(50);
	});

	test('with a Status filter the per-status count ends the loop, not meta.articles_count, which leaves the status out (docs/server-facts.md#article-list-counts)', async () => {
		server.on(mixedArticles(50, 40));
		const result = await run({ returnAll: true, filters: { status: 'draft' } });
		expect(pages()).toEqual(['1', '2']);
		expect(result.output).toHaveLength(50);
	});

	test('with an author filter no count fits: a full last page is followed by one more request, and every article comes once', async () => {
		server.on(articlesOf(50));
		const result = await run({ returnAll: true, filters: { authorId: locator('7', 'list') } });
		expect(pages()).toEqual(['1', '2', '3']);
		expect(result.output).toHaveLength(50);
	});

	test('a limit of 30 stops after page 2 with exactly 30 articles', async () => {
		server.on(articlesOf(60));
		const result = await run({ returnAll: false, limit: 30 });
		expect(pages()).toEqual(['1', '2']);
		expect(result.output).toHaveLength(30);
	});

	test('a limit of 25 needs one request', async () => {
		server.on(articlesOf(60));
		const result = await run({ returnAll: false, limit: 25 });
		expect(pages()).toEqual(['1']);
		expect(result.output).toHaveLength(25);
	});
});

describe('what the server does with update fields is stated, in the node and in openapi/', () => {
	const update = (
		spec.paths[`/api/v1/accounts/{account_id}/portals/{portal_slug}/articles/{id}`] as Record<
			string,
			{ description?: string }
		>
	).patch;

	test('a new Category ID moves the article to the end of the category, overriding Position', () => {
		expect(field('article', 'update', 'categoryId', 'updateFields')?.description).toMatch(
			/moves the article to the end of it, overriding a Position/,
		);
		expect(field('article', 'update', 'position', 'updateFields')?.description).toMatch(
			/Ignored when Category ID changes/,
		);
		expect(update.description).toMatch(/moves the article to the end of the\s+new category/);
	});

	test('Meta replaces the stored meta whole', () => {
		expect(field('article', 'update', 'meta', 'updateFields')?.description).toMatch(
			/Replaces the stored meta whole/,
		);
		expect(operationDescription('article', 'update')).toMatch(/Meta is replaced whole/);
		expect(update.description).toMatch(/`meta` replaces the stored meta whole/);
	});

	test('create is described as a draft only when Status is not set', () => {
		expect(operationDescription('article', 'create')).toMatch(/draft unless Status is set/);
		expect(field('article', 'create', 'status', 'additionalFields')).toBeDefined();
		expect(field('article', 'create', 'locale', 'additionalFields')?.description).toMatch(
			/only to an article without a category/,
		);
	});
});

describe('the article picker', () => {
	test('searches the articles of the portal chosen on the node through Chatwoot, and offers the next page', async () => {
		const many = Array.from({ length: 25 }, (_, index) => ({
			...inbox,
			id: index + 100,
			title: `Inbox guide ${index + 1}`,
		}));
		server.reply('GET', ARTICLES, { body: { payload: many, meta: meta(40) } });
		const result = await searchList({
			method: 'searchArticles',
			baseUrl: server.baseUrl,
			parameters: { resource: 'article', portalSlug: handbook },
			filter: 'inbox',
		});
		expect(server.requests[0].query).toEqual({ query: 'inbox', page: '1' });
		expect(result.results[0]).toEqual({
			name: 'Inbox guide 1',
			value: '100',
			description: 'published, Connect a channel',
		});
		expect(result.paginationToken).toBe('2');
	});
});
