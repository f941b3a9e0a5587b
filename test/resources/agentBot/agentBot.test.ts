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

const triage = {
	id: 4,
	name: 'Triage bot',
	description: 'Sorts new conversations',
	outgoing_url: 'https://bots.acme.test/triage',
	account_id: 1,
	system_bot: false,
};
const faq = {
	id: 1,
	name: 'Instance FAQ bot',
	description: 'Answers common questions',
	outgoing_url: 'https://bots.acme.test/faq',
	account_id: null,
	system_bot: true,
};
const rl = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll splits the bare array into one item per bot, up to the limit',
		parameters: { resource: 'agentBot', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/agent_bots' },
		reply: { body: [triage, faq] },
		output: [triage],
	},
	{
		name: 'getAll with Return All',
		parameters: { resource: 'agentBot', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/agent_bots' },
		reply: { body: [triage, faq] },
		output: [triage, faq],
	},
	{
		name: 'get with a bot picked from the list',
		parameters: { resource: 'agentBot', operation: 'get', agentBotId: rl('4', 'list') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/agent_bots/4' },
		reply: { body: triage },
		output: [triage],
	},
	{
		name: 'create sends the name and only the fields set, the bot config as an object',
		parameters: {
			resource: 'agentBot',
			operation: 'create',
			name: 'Triage bot',
			additionalFields: {
				outgoingUrl: 'https://bots.acme.test/triage',
				botConfig: '{"threshold": 0.8}',
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/agent_bots',
			body: {
				name: 'Triage bot',
				outgoing_url: 'https://bots.acme.test/triage',
				bot_config: { threshold: 0.8 },
			},
		},
		reply: { body: triage },
		output: [triage],
	},
	{
		name: 'update sends only the fields set',
		parameters: {
			resource: 'agentBot',
			operation: 'update',
			agentBotId: rl(4),
			updateFields: { description: 'Sorts and tags' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/agent_bots/4',
			body: { description: 'Sorts and tags' },
		},
		reply: { body: { ...triage, description: 'Sorts and tags' } },
		output: [{ ...triage, description: 'Sorts and tags' }],
	},
	{
		name: 'delete',
		parameters: { resource: 'agentBot', operation: 'delete', agentBotId: rl(4) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/agent_bots/4' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'deleteAvatar outputs the bot the server answers with',
		parameters: { resource: 'agentBot', operation: 'deleteAvatar', agentBotId: rl(4) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/agent_bots/4/avatar' },
		reply: { body: { ...triage, thumbnail: '' } },
		output: [{ ...triage, thumbnail: '' }],
	},
	{
		name: 'resetAccessToken posts no body and outputs the bot with its new token',
		parameters: {
			resource: 'agentBot',
			operation: 'resetAccessToken',
			agentBotId: rl('4', 'list'),
		},
		expect: { method: 'POST', path: '/api/v1/accounts/1/agent_bots/4/reset_access_token' },
		reply: { body: { ...triage, access_token: 'Tz5cWn8HqLr2VbXk4GsPy7Md' } },
		output: [{ ...triage, access_token: 'Tz5cWn8HqLr2VbXk4GsPy7Md' }],
	},
	{
		name: 'resetSecret posts no body and outputs the bot with its new secret',
		parameters: { resource: 'agentBot', operation: 'resetSecret', agentBotId: rl(4) },
		expect: { method: 'POST', path: '/api/v1/accounts/1/agent_bots/4/reset_secret' },
		reply: { body: { ...triage, secret: 'Hc8rYp3NvJ6wQm2TkZ5xLb9D' } },
		output: [{ ...triage, secret: 'Hc8rYp3NvJ6wQm2TkZ5xLb9D' }],
	},
];

describe('Agent Bot (account)', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('agentBot', cases);

	test('a bot config that is a list, not an object, is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: {
				resource: 'agentBot',
				operation: 'update',
				agentBotId: rl(4),
				updateFields: { botConfig: '[1, 2]' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Bot Config must be a JSON object (item 0)');
	});
});

describe('Agent bot avatar', () => {
	test('an empty answer still reports success, though Chatwoot 4.15.1 answers with the bot', async () => {
		server.reply('DELETE', '/api/v1/accounts/1/agent_bots/4/avatar', {
			status: 204,
			body: undefined,
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'agentBot', operation: 'deleteAvatar', agentBotId: rl(4) },
		});
		expect(result.status).toBe('success');
		expect(result.output).toEqual([{ success: true }]);
	});

	test('a bot shared by every account answers 404, which fails the item', async () => {
		server.reply('DELETE', '/api/v1/accounts/1/agent_bots/1/avatar', {
			status: 404,
			body: { error: 'Resource could not be found' },
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { resource: 'agentBot', operation: 'deleteAvatar', agentBotId: rl(1) },
		});
		expect(result.output[0].error).toBeDefined();
		expect(result.output[0].success).toBeUndefined();
	});
});

describe('the agent bot picker', () => {
	test('lists the bots of the node’s account and the shared ones, filtered by the search text', async () => {
		server.reply('GET', '/api/v1/accounts/4/agent_bots', { body: [triage, faq] });
		const result = await searchList({
			method: 'searchAgentBots',
			baseUrl: server.baseUrl,
			parameters: { resource: 'agentBot', accountId: '4' },
			filter: 'faq',
		});
		expect(result).toEqual({
			results: [{ name: 'Instance FAQ bot', value: '1', description: 'Answers common questions' }],
		});
	});

	test('uses the credential’s default account when the node has none', async () => {
		server.reply('GET', '/api/v1/accounts/1/agent_bots', { body: [triage, faq] });
		const result = await searchList({
			method: 'searchAgentBots',
			baseUrl: server.baseUrl,
			parameters: { resource: 'inbox', operation: 'setAgentBot' },
		});
		expect(result.results.map((entry) => entry.value)).toEqual(['4', '1']);
	});
});
