import { describeRequests, expectEveryOperationCovered, type RequestCase } from '../harness/cases';
import { runNode, searchList } from '../harness/engine';
import { requestProblems } from '../harness/openapi';
import { Recorder } from '../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const api = { id: 3, name: 'Support API', channel_type: 'Channel::Api', webhook_url: 'https://hooks.acme.test/chatwoot' };
const web = { id: 4, name: 'Website', channel_type: 'Channel::WebWidget', website_url: 'https://acme.test' };
const jane = { id: 7, name: 'Jane Doe', email: 'jane@acme.test', role: 'agent' };
const omar = { id: 9, name: 'Omar Haddad', email: 'omar@acme.test', role: 'administrator' };
const bot = { id: 4, name: 'Triage bot', description: 'Sorts new conversations', account_id: 1 };
const rl = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll unwraps payload into one item per inbox, up to the limit',
		parameters: { resource: 'inbox', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/inboxes' },
		reply: { body: { payload: [api, web] } },
		output: [api],
	},
	{
		name: 'getAll with Return All',
		parameters: { resource: 'inbox', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/inboxes' },
		reply: { body: { payload: [api, web] } },
		output: [api, web],
	},
	{
		name: 'get with an inbox pasted as a dashboard link',
		parameters: { resource: 'inbox', operation: 'get', inboxId: rl('https://chat.acme.test/app/accounts/1/settings/inboxes/3', 'url') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/inboxes/3' },
		reply: { body: api },
		output: [api],
	},
	{
		name: 'create sends the name, the channel object and only the fields set',
		parameters: {
			resource: 'inbox',
			operation: 'create',
			name: 'Support API',
			channel: '{"type": "api", "webhook_url": "https://hooks.acme.test/chatwoot", "hmac_mandatory": false}',
			additionalFields: { greetingEnabled: true, greetingMessage: 'Hi', csatConfig: '{"display_type": "star"}', lockToSingleConversation: true },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/inboxes',
			body: {
				name: 'Support API',
				channel: { type: 'api', webhook_url: 'https://hooks.acme.test/chatwoot', hmac_mandatory: false },
				greeting_enabled: true,
				greeting_message: 'Hi',
				csat_config: { display_type: 'star' },
				lock_to_single_conversation: true,
			},
		},
		reply: { body: api },
		output: [api],
	},
	{
		name: 'update sends only the fields set, channel settings as an object',
		parameters: {
			resource: 'inbox',
			operation: 'update',
			inboxId: rl(3),
			updateFields: { name: 'Support', channel: '{"webhook_url": "https://hooks.acme.test/v2"}', enableAutoAssignment: false },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/inboxes/3',
			body: { name: 'Support', channel: { webhook_url: 'https://hooks.acme.test/v2' }, enable_auto_assignment: false },
		},
		reply: { body: { ...api, name: 'Support' } },
		output: [{ ...api, name: 'Support' }],
	},
	{
		name: 'delete (a real route the published spec misses)',
		parameters: { resource: 'inbox', operation: 'delete', inboxId: rl(4) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/inboxes/4' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'getAgentBot outputs the bot itself, not the agent_bot wrapper',
		parameters: { resource: 'inbox', operation: 'getAgentBot', inboxId: rl(3) },
		expect: { method: 'GET', path: '/api/v1/accounts/1/inboxes/3/agent_bot' },
		reply: { body: { agent_bot: bot } },
		output: [bot],
	},
	{
		name: 'setAgentBot connects the picked bot',
		parameters: { resource: 'inbox', operation: 'setAgentBot', inboxId: rl(3), agentBotAction: 'attach', agentBotId: rl('4', 'list') },
		expect: { method: 'POST', path: '/api/v1/accounts/1/inboxes/3/set_agent_bot', body: { agent_bot: 4 } },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'getMembers unwraps payload',
		parameters: { resource: 'inbox', operation: 'getMembers', inboxId: rl(3) },
		expect: { method: 'GET', path: '/api/v1/accounts/1/inbox_members/3' },
		reply: { body: { payload: [jane, omar] } },
		output: [jane, omar],
	},
	{
		name: 'addMembers sends the inbox and the agents in the body',
		parameters: { resource: 'inbox', operation: 'addMembers', inboxId: rl(3), agentIds: '7, 9' },
		expect: { method: 'POST', path: '/api/v1/accounts/1/inbox_members', body: { inbox_id: 3, user_ids: [7, 9] } },
		reply: { body: { payload: [jane, omar] } },
		output: [jane, omar],
	},
	{
		name: 'updateMembers replaces the agents',
		parameters: { resource: 'inbox', operation: 'updateMembers', inboxId: rl(3), agentIds: '9' },
		expect: { method: 'PATCH', path: '/api/v1/accounts/1/inbox_members', body: { inbox_id: 3, user_ids: [9] } },
		reply: { body: { payload: [omar] } },
		output: [omar],
	},
	{
		name: 'removeMembers is a DELETE that carries a body',
		parameters: { resource: 'inbox', operation: 'removeMembers', inboxId: rl(3), agentIds: '7' },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/inbox_members', body: { inbox_id: 3, user_ids: [7] } },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Inbox', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('inbox', cases);
});

describe('Inbox agent bot (server facts D24)', () => {
	test('an inbox without a bot answers 200 {agent_bot: {}}: one empty item, no error', async () => {
		server.reply('GET', '/api/v1/accounts/1/inboxes/3/agent_bot', { status: 200, body: { agent_bot: {} } });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'inbox', operation: 'getAgentBot', inboxId: rl(3) } });
		expect(result.status).toBe('success');
		expect(result.output).toEqual([{}]);
	});

	test('the project description says 200, not the 204 of the published spec, for both operations', async () => {
		const { spec } = await import('../harness/openapi');
		const item = spec.paths['/api/v1/accounts/{account_id}/inboxes/{id}/agent_bot'] as { get: { responses: object } };
		const set = spec.paths['/api/v1/accounts/{account_id}/inboxes/{id}/set_agent_bot'] as { post: { responses: object } };
		expect(Object.keys(item.get.responses)).toContain('200');
		expect(Object.keys(item.get.responses)).not.toContain('204');
		expect(Object.keys(set.post.responses)).toContain('200');
		expect(Object.keys(set.post.responses)).not.toContain('204');
	});

	test('Detach sends agent_bot: null, with no bot to pick', async () => {
		server.reply('POST', '/api/v1/accounts/1/inboxes/3/set_agent_bot', { status: 200, body: undefined });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'inbox', operation: 'setAgentBot', inboxId: rl(3), agentBotAction: 'detach' },
		});
		expect(result.output).toEqual([{ success: true }]);
		expect(server.requests).toHaveLength(1);
		expect(JSON.parse(server.requests[0].rawBody.toString('utf8'))).toEqual({ agent_bot: null });
		expect(requestProblems(server.requests[0])).toEqual([]);
	});

	test('a bot ID that is not a number is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { resource: 'inbox', operation: 'setAgentBot', inboxId: rl(3), agentBotId: rl('={{ "bot-4" }}') },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Agent Bot must be a numeric ID, got "bot-4" (item 0)');
	});
});

describe('Inbox create', () => {
	test('a channel without a type is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { resource: 'inbox', operation: 'create', name: 'Support', channel: '{"webhook_url": "https://hooks.acme.test"}' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Channel needs a "type" (item 0)');
	});

	test('channel JSON that does not parse is refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { resource: 'inbox', operation: 'create', name: 'Support', channel: '{"type": api}' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Channel is not valid JSON (item 0)');
	});

	test('the default channel is an API channel', async () => {
		server.reply('POST', '/api/v1/accounts/1/inboxes', { body: api });
		await runNode({ baseUrl: server.baseUrl, parameters: { resource: 'inbox', operation: 'create', name: 'Support API' } });
		expect(server.requests[0].body).toEqual({ name: 'Support API', channel: { type: 'api' } });
	});
});

describe('Inbox members', () => {
	test('agent IDs mapped as a list from an earlier node are sent as numbers, once each', async () => {
		server.reply('POST', '/api/v1/accounts/1/inbox_members', { body: { payload: [jane, omar] } });
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { ids: [7, '9', 7] } }],
			parameters: { resource: 'inbox', operation: 'addMembers', inboxId: rl(3), agentIds: '={{ $json.ids }}' },
		});
		expect(server.requests[0].body).toEqual({ inbox_id: 3, user_ids: [7, 9] });
	});

	test('a value that is not an agent ID is refused with the item number', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { resource: 'inbox', operation: 'removeMembers', inboxId: rl(3), agentIds: '7, jane' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Agent IDs must be whole numbers, got "jane" (item 0)');
	});

	test('an inbox ID mapped from an item that has none is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			items: [{ json: {} }],
			parameters: { resource: 'inbox', operation: 'addMembers', inboxId: rl('={{ $json.inbox }}'), agentIds: '7' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Inbox ID is required (item 0)');
	});
});

describe('the inbox picker', () => {
	test('lists the inboxes of the node’s account, filtered by name or channel', async () => {
		server.reply('GET', '/api/v1/accounts/4/inboxes', { body: { payload: [api, web] } });
		const result = await searchList({ method: 'searchInboxes', baseUrl: server.baseUrl, parameters: { resource: 'inbox', accountId: '4' }, filter: 'widget' });
		expect(result).toEqual({ results: [{ name: 'Website', value: '4', description: 'WebWidget inbox' }] });
		expect(server.requests[0].headers['api-access-token']).toBeDefined();
	});

	test('uses the credential’s default account when the node has none', async () => {
		server.reply('GET', '/api/v1/accounts/1/inboxes', { body: { payload: [api] } });
		const result = await searchList({ method: 'searchInboxes', baseUrl: server.baseUrl, parameters: { resource: 'inbox' } });
		expect(result.results.map((entry) => entry.value)).toEqual(['3']);
	});
});
