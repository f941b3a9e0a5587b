import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { specOperations } from '../../harness/openapi';
import { nodeOperations } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const meta = {
	all_articles_count: 12,
	archived_articles_count: 0,
	published_count: 10,
	draft_articles_count: 2,
	categories_count: 3,
	default_locale: 'en',
};
const handbook = {
	id: 2,
	name: 'Handbook',
	slug: 'handbook',
	color: '#1f93ff',
	custom_domain: null,
	header_text: 'How can we help?',
	homepage_link: 'https://www.example.com',
	page_title: 'Example Help',
	archived: false,
	account_id: 1,
	config: {
		allowed_locales: [{ code: 'en', articles_count: 12, categories_count: 3 }],
		default_locale: 'en',
	},
	meta,
};
const developers = {
	...handbook,
	id: 5,
	name: 'Developer Docs',
	slug: 'developers',
	archived: true,
};
const portal = (value: string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll unwraps payload into one item per portal, up to the limit',
		parameters: { resource: 'portal', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/portals' },
		reply: {
			body: { payload: [handbook, developers], meta: { current_page: 1, portals_count: 2 } },
		},
		output: [handbook],
	},
	{
		name: 'create sends the portal under portal and the live chat inbox beside it; the bare answer is the portal (docs/server-facts.md#help-center-answers)',
		parameters: {
			resource: 'portal',
			operation: 'create',
			name: 'Handbook',
			slug: 'handbook',
			additionalFields: {
				color: '#1f93ff',
				headerText: 'How can we help?',
				config: '{"allowed_locales": ["en", "es"], "default_locale": "en"}',
				inboxId: portal('https://chat.example.com/app/accounts/1/settings/inboxes/3', 'url'),
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/portals',
			body: {
				portal: {
					name: 'Handbook',
					slug: 'handbook',
					color: '#1f93ff',
					header_text: 'How can we help?',
					config: { allowed_locales: ['en', 'es'], default_locale: 'en' },
				},
				inbox_id: 3,
			},
		},
		reply: { body: handbook },
		output: [handbook],
	},
	{
		name: 'get by slug (docs/server-facts.md#ids-not-database-ids), the bare portal',
		parameters: { resource: 'portal', operation: 'get', portalSlug: portal('handbook') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/portals/handbook' },
		reply: { body: handbook },
		output: [handbook],
	},
	{
		name: 'update patches the portal named by its slug (docs/server-facts.md#portal-update-path) and answers with the bare portal (docs/server-facts.md#help-center-answers)',
		parameters: {
			resource: 'portal',
			operation: 'update',
			portalSlug: portal('handbook', 'list'),
			updateFields: { archived: true, pageTitle: 'Old help' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/portals/handbook',
			body: { portal: { archived: true, page_title: 'Old help' } },
		},
		reply: { body: { ...handbook, archived: true, page_title: 'Old help' } },
		output: [{ ...handbook, archived: true, page_title: 'Old help' }],
	},
	{
		name: 'delete',
		parameters: {
			resource: 'portal',
			operation: 'delete',
			portalSlug: portal(
				'https://chat.example.com/app/accounts/1/portals/developers/en/articles',
				'url',
			),
		},
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/portals/developers' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Help Center Portal', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('portal', cases);
});

describe('portals against the server', () => {
	test('no operation uses the slug-less PATCH …/portals of the published description, which has no route (docs/server-facts.md#portal-update-path)', () => {
		const slugless = (method: string, path: string) =>
			method === 'PATCH' && /\/portals$/.test(path);
		expect(nodeOperations.filter((operation) => slugless(operation.method, operation.url))).toEqual(
			[],
		);
		expect(
			specOperations.filter((operation) => slugless(operation.method, operation.path)),
		).toEqual([]);
	});

	test('the portal is addressed by its slug, encoded, never by its numeric ID (docs/server-facts.md#ids-not-database-ids)', async () => {
		server.on(() => ({ body: handbook }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'portal', operation: 'get', portalSlug: portal('hilfe-ü') },
		});
		expect(server.requests[0].path).toBe('/api/v1/accounts/1/portals/hilfe-%C3%BC');
		const locator = (await import('../../../nodes/Chatwoot/resources/portal')).portalSlugField;
		expect(locator.modes?.find((mode) => mode.name === 'id')?.displayName).toBe('By Slug');
	});

	test('create and update answer with the bare portal, whose own meta and config stay as they are (docs/server-facts.md#help-center-answers)', async () => {
		server.on(() => ({ body: handbook }));
		const created = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'portal', operation: 'create', name: 'Handbook', slug: 'handbook' },
		});
		const updated = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'portal',
				operation: 'update',
				portalSlug: portal('handbook'),
				updateFields: { name: 'Handbook' },
			},
		});
		expect(created.output).toEqual([handbook]);
		expect(updated.output).toEqual([handbook]);
	});

	test('a config that is not a JSON object is refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: {
				resource: 'portal',
				operation: 'create',
				name: 'Handbook',
				slug: 'handbook',
				additionalFields: { config: '"en"' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Config must be a JSON object (item 0)');
	});
});

describe('the portal picker', () => {
	test('lists the portals by name, with the slug as the value, filtered by the search text', async () => {
		server.reply('GET', '/api/v1/accounts/4/portals', {
			body: { payload: [handbook, developers], meta: { current_page: 1, portals_count: 2 } },
		});
		const result = await searchList({
			method: 'searchPortals',
			baseUrl: server.baseUrl,
			parameters: { resource: 'portal', accountId: '4' },
			filter: 'DEV',
		});
		expect(result).toEqual({
			results: [
				{ name: 'Developer Docs', value: 'developers', description: 'developers (archived)' },
			],
		});
	});
});
