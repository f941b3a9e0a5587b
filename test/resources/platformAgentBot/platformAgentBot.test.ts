import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());

const bot = { id: 3, name: 'Triage', outgoing_url: 'https://bots.acme.test/triage', account_id: 7 };

const cases: RequestCase[] = [
	{
		name: 'getAll with a limit',
		parameters: { resource: 'platformAgentBot', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/platform/api/v1/agent_bots' },
		reply: { body: [bot, { ...bot, id: 4 }] },
		output: [bot],
	},
	{
		name: 'create sends the name and the fields set',
		parameters: {
			resource: 'platformAgentBot',
			operation: 'create',
			name: 'Triage',
			additionalFields: { outgoingUrl: 'https://bots.acme.test/triage', accountId: 7 },
		},
		expect: {
			method: 'POST',
			path: '/platform/api/v1/agent_bots',
			body: { name: 'Triage', outgoing_url: 'https://bots.acme.test/triage', account_id: 7 },
		},
		reply: { body: bot },
		output: [bot],
	},
	{
		name: 'get',
		parameters: { resource: 'platformAgentBot', operation: 'get', agentBotId: 3 },
		expect: { method: 'GET', path: '/platform/api/v1/agent_bots/3' },
		reply: { body: bot },
		output: [bot],
	},
	{
		name: 'update sends only the fields set',
		parameters: {
			resource: 'platformAgentBot',
			operation: 'update',
			agentBotId: 3,
			updateFields: { description: 'Routes chats' },
		},
		expect: {
			method: 'PATCH',
			path: '/platform/api/v1/agent_bots/3',
			body: { description: 'Routes chats' },
		},
		reply: { body: { ...bot, description: 'Routes chats' } },
		output: [{ ...bot, description: 'Routes chats' }],
	},
	{
		name: 'delete',
		parameters: { resource: 'platformAgentBot', operation: 'delete', agentBotId: 3 },
		expect: { method: 'DELETE', path: '/platform/api/v1/agent_bots/3' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'deleteAvatar returns the bot as Chatwoot renders it',
		parameters: { resource: 'platformAgentBot', operation: 'deleteAvatar', agentBotId: 3 },
		expect: { method: 'DELETE', path: '/platform/api/v1/agent_bots/3/avatar' },
		reply: { body: { ...bot, access_token: 'bot-token' } },
		output: [{ ...bot, access_token: 'bot-token' }],
	},
	{
		name: 'create with Account ID left at 0 sends no account_id: the bot is shared, not hidden (docs/server-facts.md#platform-agent-bot-account)',
		parameters: {
			resource: 'platformAgentBot',
			operation: 'create',
			name: 'Triage',
			additionalFields: { accountId: 0 },
		},
		expect: { method: 'POST', path: '/platform/api/v1/agent_bots', body: { name: 'Triage' } },
		reply: { body: { ...bot, account_id: null } },
		output: [{ ...bot, account_id: null }],
	},
	{
		name: 'update with Account ID left at 0 sends no account_id',
		parameters: {
			resource: 'platformAgentBot',
			operation: 'update',
			agentBotId: 3,
			updateFields: { accountId: 0, name: 'Triage 2' },
		},
		expect: { method: 'PATCH', path: '/platform/api/v1/agent_bots/3', body: { name: 'Triage 2' } },
		reply: { body: { ...bot, name: 'Triage 2' } },
		output: [{ ...bot, name: 'Triage 2' }],
	},
];

describe('Platform Agent Bot', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('platformAgentBot', cases);
});
