import type { INodeParameters, INodeProperties, NodeParameterValueType } from 'n8n-workflow';

import { loadOptionsList, runNode, searchList } from '../harness/engine';
import { Recorder } from '../harness/recorder';
import { Chatwoot } from '../../nodes/Chatwoot/Chatwoot.node';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const rl = (value: number | string, mode = 'id') => ({ __rl: true as const, mode, value });
const range = { since: '2026-05-01T00:00:00Z', until: '2026-05-08T00:00:00Z' };

interface PickerCase {
	name: string;
	/** The operation with the list field set to `value`. */
	parameters: (value: string | string[]) => INodeParameters;
	/** What the multi-select stores: titles or IDs as text. */
	picked: string[];
	/** The same list as a saved free-text value of the field before it became a multi-select. */
	typed: string;
	/** Where the request carries the list, and how. */
	sent: { query?: string; body?: unknown };
}

const CASES: PickerCase[] = [
	{
		name: 'Contact → Get Many, Labels filter',
		parameters: (labels) => ({
			resource: 'contact',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			options: { labels },
		}),
		picked: ['vip', 'billing'],
		typed: 'vip, billing',
		sent: { query: 'labels[]=vip&labels[]=billing' },
	},
	{
		name: 'Conversation → Get Many, Labels filter',
		parameters: (labels) => ({
			resource: 'conversation',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: { labels },
		}),
		picked: ['billing', 'vip'],
		typed: 'billing,vip',
		sent: { query: 'labels[]=billing&labels[]=vip' },
	},
	{
		name: 'Contact → Set Labels',
		parameters: (labels) => ({
			resource: 'contact',
			operation: 'setLabels',
			contactId: rl(42),
			labels,
		}),
		picked: ['vip', 'billing'],
		typed: 'vip, billing',
		sent: { body: { labels: ['vip', 'billing'] } },
	},
	{
		name: 'Conversation → Add Labels',
		parameters: (labels) => ({
			resource: 'conversation',
			operation: 'addLabels',
			conversationId: rl(42),
			labels,
		}),
		picked: ['billing'],
		typed: 'billing',
		sent: { body: { labels: ['billing'] } },
	},
	{
		name: 'Inbox → Add Agents',
		parameters: (agentIds) => ({
			resource: 'inbox',
			operation: 'addAgents',
			inboxId: rl(3),
			agentIds,
		}),
		picked: ['7', '9'],
		typed: '7, 9',
		sent: { body: { inbox_id: 3, user_ids: [7, 9] } },
	},
	{
		name: 'Team → Set Agents',
		parameters: (agentIds) => ({
			resource: 'team',
			operation: 'setAgents',
			teamId: rl(2),
			agentIds,
		}),
		picked: ['7', '9'],
		typed: '7,9',
		sent: { body: { user_ids: [7, 9] } },
	},
	{
		name: 'Conversation → Add Participants',
		parameters: (agentIds) => ({
			resource: 'conversation',
			operation: 'addParticipants',
			conversationId: rl(42),
			agentIds,
		}),
		picked: ['3', '5'],
		typed: '3, 5',
		sent: { body: { user_ids: [3, 5] } },
	},
	{
		name: 'CSAT Survey Response → Get Many, agent filter',
		parameters: (agentIds) => ({
			resource: 'csatSurveyResponse',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: { agentIds },
		}),
		picked: ['3', '5'],
		typed: '3, 5',
		sent: { query: 'user_ids[]=3&user_ids[]=5' },
	},
	{
		name: 'Report → Inbox Label Matrix, inbox and label filters',
		parameters: (ids) => ({
			resource: 'report',
			operation: 'getInboxLabelMatrix',
			options: { ...range, inboxIds: ids, labelIds: ids },
		}),
		picked: ['4', '6'],
		typed: '4, 6',
		sent: { query: 'inbox_ids[]=4&inbox_ids[]=6&label_ids[]=4&label_ids[]=6' },
	},
	{
		name: 'Campaign → Create, audience labels',
		parameters: (audienceLabelIds) => ({
			resource: 'campaign',
			operation: 'create',
			title: 'Spring sale',
			message: 'Spring sale: 20% off',
			inboxId: rl(5),
			additionalFields: { audienceLabelIds },
		}),
		picked: ['4', '7'],
		typed: '4, 7',
		sent: {
			body: {
				audience: [
					{ type: 'Label', id: 4 },
					{ type: 'Label', id: 7 },
				],
			},
		},
	},
];

async function requestFor(parameters: INodeParameters) {
	server.reset();
	server.on(() => ({ body: { payload: [], data: { payload: [], meta: {} }, meta: {} } }));
	await runNode({ baseUrl: server.baseUrl, parameters, continueOnFail: true });
	// Add Labels reads the current labels first; the request checked is the one that changes them
	const changing = server.requests.filter((request) => request.method !== 'GET');
	const sent = changing.length ? changing : server.requests;
	expect(sent).toHaveLength(1);
	return sent[0];
}

const decoded = (query: string) =>
	decodeURIComponent(query)
		.split('&')
		.filter((pair) => /^(labels|user_ids|inbox_ids|label_ids)\[\]=/.test(pair))
		.join('&');

describe('picked records are sent as the typed list was', () => {
	test.each(CASES.map((entry) => [entry.name, entry] as const))('%s', async (_name, entry) => {
		const picked = await requestFor(entry.parameters(entry.picked));
		if (entry.sent.query) expect(decoded(picked.rawQuery)).toBe(entry.sent.query);
		if (entry.sent.body) expect(picked.body).toMatchObject(entry.sent.body as object);

		// a value saved while the field was free text, and an expression, still work
		const typed = await requestFor(entry.parameters(entry.typed));
		expect(typed.rawQuery).toBe(picked.rawQuery);
		expect(typed.body).toEqual(picked.body);
		const mapped = await requestFor(entry.parameters(`={{ ${JSON.stringify(entry.picked)} }}`));
		expect(mapped.rawQuery).toBe(picked.rawQuery);
		expect(mapped.body).toEqual(picked.body);
	});
});

describe('the fields are multi-selects filled from Chatwoot', () => {
	const properties = new Chatwoot().description.properties;
	const flat = (list: INodeProperties[]): INodeProperties[] =>
		list.flatMap((property) => [
			property,
			...flat(
				((property.options ?? []) as INodeProperties[]).filter(
					(option) => typeof option === 'object' && 'type' in option,
				),
			),
		]);
	const listed = flat(properties).filter(
		(property) => property.typeOptions?.loadOptionsMethod !== undefined,
	);

	test('every list field names a registered method and reloads with the Account ID', () => {
		const methods = Object.keys(new Chatwoot().methods.loadOptions);
		expect(listed.length).toBeGreaterThanOrEqual(10);
		for (const property of listed) {
			expect(property.type).toBe('multiOptions');
			expect(methods).toContain(property.typeOptions?.loadOptionsMethod);
			expect(property.typeOptions?.loadOptionsDependsOn).toEqual(['accountId']);
		}
	});

	test.each([
		['labels', 'getLabelTitles'],
		['agentIds', 'getAgents'],
		['inboxIds', 'getInboxes'],
		['labelIds', 'getLabelIds'],
		['audienceLabelIds', 'getLabelIds'],
	])('%s lists with %s', (name, method) => {
		const fields = listed.filter((property) => property.name === name);
		expect(fields.length).toBeGreaterThan(0);
		for (const field of fields) expect(field.typeOptions?.loadOptionsMethod).toBe(method);
	});
});

describe('the lists the multi-selects offer', () => {
	const labels = [
		{ id: 2, title: 'vip', description: 'Paying customers' },
		{ id: 1, title: 'billing', description: '' },
	];

	test('labels by title, sorted, from the node’s Account ID', async () => {
		server.on(() => ({ body: { payload: labels } }));
		const options = await loadOptionsList({
			method: 'getLabelTitles',
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', accountId: '7' },
		});
		expect(server.requests[0].path).toBe('/api/v1/accounts/7/labels');
		expect(options).toEqual([
			{ name: 'billing', value: 'billing', description: undefined },
			{ name: 'vip', value: 'vip', description: 'Paying customers' },
		]);
	});

	test('labels by ID', async () => {
		server.on(() => ({ body: { payload: labels } }));
		const options = await loadOptionsList({
			method: 'getLabelIds',
			baseUrl: server.baseUrl,
			parameters: { resource: 'report' },
		});
		expect(server.requests[0].path).toBe('/api/v1/accounts/1/labels');
		expect(options.map((option) => option.value)).toEqual(['1', '2']);
	});

	test('agents by ID, named with their email', async () => {
		server.on(() => ({
			body: [
				{ id: 9, name: 'Omar', email: 'omar@example.com', role: 'agent' },
				{ id: 3, name: 'Ann', email: 'ann@example.com', role: 'administrator' },
			],
		}));
		const options = await loadOptionsList({
			method: 'getAgents',
			baseUrl: server.baseUrl,
			parameters: { resource: 'team' },
		});
		expect(server.requests[0].path).toBe('/api/v1/accounts/1/agents');
		expect(options).toEqual([
			{ name: 'Ann (ann@example.com)', value: '3', description: 'administrator' },
			{ name: 'Omar (omar@example.com)', value: '9', description: 'agent' },
		]);
	});

	test('inboxes by ID, with their channel', async () => {
		server.on(() => ({
			body: { payload: [{ id: 4, name: 'Website', channel_type: 'Channel::WebWidget' }] },
		}));
		const options = await loadOptionsList({
			method: 'getInboxes',
			baseUrl: server.baseUrl,
			parameters: { resource: 'report' },
		});
		expect(server.requests[0].path).toBe('/api/v1/accounts/1/inboxes');
		expect(options).toEqual([{ name: 'Website', value: '4', description: 'WebWidget' }]);
	});

	test.each(['getAgents', 'getInboxes', 'getLabelIds', 'getLabelTitles'])(
		'%s refuses a platform app token before any request',
		async (method) => {
			await expect(
				loadOptionsList({
					method,
					baseUrl: server.baseUrl,
					parameters: { resource: 'contact' },
					credentials: { tokenType: 'platformApp' },
				}),
			).rejects.toThrow(/platform app token.*this list needs a user access token/i);
			expect(server.requests).toHaveLength(0);
		},
	);
});

interface SinglePickerCase {
	name: string;
	parameters: (value: NodeParameterValueType) => INodeParameters;
	/** The record picked from the list, by ID mode, and as saved while the field was a number. */
	values: NodeParameterValueType[];
	body: object;
}

const SINGLE: SinglePickerCase[] = [
	{
		name: 'Article → Create, Category and Associated Article',
		parameters: (value) => ({
			resource: 'article',
			operation: 'create',
			portalSlug: rl('handbook', 'list'),
			title: 'Refunds',
			content: 'How refunds work',
			authorId: rl(7),
			additionalFields: { categoryId: value, associatedArticleId: value },
		}),
		values: [rl('4', 'list'), rl(4), 4],
		body: { article: { category_id: 4, associated_article_id: 4 } },
	},
	{
		name: 'Category → Update, Parent Category and Associated Category',
		parameters: (value) => ({
			resource: 'category',
			operation: 'update',
			portalSlug: rl('handbook', 'list'),
			categoryId: rl(6),
			updateFields: { parentCategoryId: value, associatedCategoryId: value },
		}),
		values: [rl('2', 'list'), rl('2'), 2],
		body: { category: { parent_category_id: 2, associated_category_id: 2 } },
	},
	{
		name: 'Inbox → Update, Help Center Portal',
		parameters: (value) => ({
			resource: 'inbox',
			operation: 'update',
			inboxId: rl(3),
			updateFields: { portalId: value },
		}),
		values: [rl('8', 'list'), rl(8), 8],
		body: { portal_id: 8 },
	},
	{
		name: 'Conversation → Update, SLA Policy',
		parameters: (value) => ({
			resource: 'conversation',
			operation: 'update',
			conversationId: rl(42),
			updateFields: { slaPolicyId: value },
		}),
		values: [rl('3', 'list'), rl(3), 3],
		body: { sla_policy_id: 3 },
	},
];

describe('a record picked from a list is sent as its numeric ID', () => {
	test.each(
		SINGLE.flatMap((entry) =>
			entry.values.map((value) => [entry.name, JSON.stringify(value), entry, value] as const),
		),
	)('%s: %s', async (_name, _shown, entry, value) => {
		const request = await requestFor(entry.parameters(value));
		expect(request.body).toMatchObject(entry.body);
	});

	test('a picked value that is not an ID is refused before any request', async () => {
		server.on(() => ({ body: {} }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: SINGLE[3].parameters(rl('abc')),
		});
		expect(server.requests).toHaveLength(0);
		expect(String(result.output[0].error)).toMatch(/SLA Policy ID must be a positive whole number/);
	});
});

describe('the platform agent bot picker', () => {
	test('lists the bots of this platform app, skipping entries without a bot', async () => {
		server.on(() => ({
			body: [
				{ id: 3, name: 'Triage bot', description: 'Sorts new conversations' },
				{},
				{ id: 5, name: 'FAQ bot', description: '' },
			],
		}));
		const list = await searchList({
			method: 'searchPlatformAgentBots',
			baseUrl: server.baseUrl,
			parameters: { resource: 'platformAgentBot' },
			credentials: { tokenType: 'platformApp' },
			filter: 'faq',
		});
		expect(server.requests[0].path).toBe('/platform/api/v1/agent_bots');
		expect(list.results).toEqual([{ name: 'FAQ bot', value: '5', description: undefined }]);
	});

	test.each([
		['picked', rl('3', 'list')],
		['by ID', rl(3)],
		['saved as a number', 3],
	])('Get sends the bot %s in the path', async (_case, agentBotId) => {
		const request = await requestFor({
			resource: 'platformAgentBot',
			operation: 'get',
			agentBotId,
		});
		expect(request.path).toBe('/platform/api/v1/agent_bots/3');
	});
});

describe('the portal picker of an inbox lists portals by numeric ID', () => {
	test('value is the ID, the slug describes it', async () => {
		server.on(() => ({
			body: { payload: [{ id: 8, name: 'Handbook', slug: 'handbook', archived: false }] },
		}));
		const list = await searchList({
			method: 'searchPortalIds',
			baseUrl: server.baseUrl,
			parameters: { resource: 'inbox' },
		});
		expect(server.requests[0].path).toBe('/api/v1/accounts/1/portals');
		expect(list.results).toEqual([{ name: 'Handbook', value: '8', description: 'handbook' }]);
	});
});

describe('the report subject picker lists what Type names', () => {
	test.each([
		['agent', '/api/v1/accounts/1/agents', []],
		['inbox', '/api/v1/accounts/1/inboxes', { payload: [] }],
		['label', '/api/v1/accounts/1/labels', { payload: [] }],
		['team', '/api/v1/accounts/1/teams', []],
	])('%s → %s', async (type, path, body) => {
		server.on(() => ({ body }));
		await searchList({
			method: 'searchReportSubjects',
			baseUrl: server.baseUrl,
			parameters: { resource: 'report', operation: 'getSummary', type },
		});
		expect(server.requests.map((request) => request.path)).toEqual([path]);
	});

	test('the whole account has nothing to pick', async () => {
		await expect(
			searchList({
				method: 'searchReportSubjects',
				baseUrl: server.baseUrl,
				parameters: { resource: 'report', operation: 'getSummary', type: 'account' },
			}),
		).rejects.toThrow('Choose an agent, inbox, label or team as Type');
		expect(server.requests).toHaveLength(0);
	});
});
