import type { INodeProperties } from 'n8n-workflow';

import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { requestProblems, specOperations } from '../../harness/openapi';
import { description } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const api = {
	id: 3,
	name: 'Support API',
	channel_type: 'Channel::Api',
	webhook_url: 'https://hooks.acme.test/chatwoot',
};
const web = {
	id: 4,
	name: 'Website',
	channel_type: 'Channel::WebWidget',
	website_url: 'https://acme.test',
};
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
		parameters: {
			resource: 'inbox',
			operation: 'get',
			inboxId: rl('https://chat.acme.test/app/accounts/1/settings/inboxes/3', 'url'),
		},
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
			channel:
				'{"type": "api", "webhook_url": "https://hooks.acme.test/chatwoot", "hmac_mandatory": false}',
			additionalFields: {
				greetingEnabled: true,
				greetingMessage: 'Hi',
				csatConfig: '{"display_type": "star"}',
				lockToSingleConversation: true,
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/inboxes',
			body: {
				name: 'Support API',
				channel: {
					type: 'api',
					webhook_url: 'https://hooks.acme.test/chatwoot',
					hmac_mandatory: false,
				},
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
			updateFields: {
				name: 'Support',
				channel: '{"webhook_url": "https://hooks.acme.test/v2"}',
				enableAutoAssignment: false,
			},
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/inboxes/3',
			body: {
				name: 'Support',
				channel: { webhook_url: 'https://hooks.acme.test/v2' },
				enable_auto_assignment: false,
			},
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
		parameters: {
			resource: 'inbox',
			operation: 'setAgentBot',
			inboxId: rl(3),
			agentBotAction: 'attach',
			agentBotId: rl('4', 'list'),
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/inboxes/3/set_agent_bot',
			body: { agent_bot: 4 },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'getAgents unwraps payload',
		parameters: { resource: 'inbox', operation: 'getAgents', inboxId: rl(3) },
		expect: { method: 'GET', path: '/api/v1/accounts/1/inbox_members/3' },
		reply: { body: { payload: [jane, omar] } },
		output: [jane, omar],
	},
	{
		name: 'addAgents sends the inbox and the agents in the body',
		parameters: { resource: 'inbox', operation: 'addAgents', inboxId: rl(3), agentIds: '7, 9' },
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/inbox_members',
			body: { inbox_id: 3, user_ids: [7, 9] },
		},
		reply: { body: { payload: [jane, omar] } },
		output: [jane, omar],
	},
	{
		name: 'setAgents replaces the agents',
		parameters: { resource: 'inbox', operation: 'setAgents', inboxId: rl(3), agentIds: '9' },
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/inbox_members',
			body: { inbox_id: 3, user_ids: [9] },
		},
		reply: { body: { payload: [omar] } },
		output: [omar],
	},
	{
		name: 'removeAgents is a DELETE that carries a body',
		parameters: { resource: 'inbox', operation: 'removeAgents', inboxId: rl(3), agentIds: '7' },
		expect: {
			method: 'DELETE',
			path: '/api/v1/accounts/1/inbox_members',
			body: { inbox_id: 3, user_ids: [7] },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'delete passes through the message the server answers with',
		parameters: { resource: 'inbox', operation: 'delete', inboxId: rl(3) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/inboxes/3' },
		reply: { body: { message: 'Your inbox deletion request will be processed in some time.' } },
		output: [{ message: 'Your inbox deletion request will be processed in some time.' }],
	},
	{
		name: 'getAssignableAgents unwraps payload into one item per agent',
		parameters: { resource: 'inbox', operation: 'getAssignableAgents', inboxId: rl('3', 'list') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/inboxes/3/assignable_agents' },
		reply: { body: { payload: [jane, omar] } },
		output: [jane, omar],
	},
	{
		name: 'deleteAvatar: the empty answer becomes success',
		parameters: { resource: 'inbox', operation: 'deleteAvatar', inboxId: rl(4) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/inboxes/4/avatar' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'resetSecret posts no body and outputs the inbox with its new secret',
		parameters: { resource: 'inbox', operation: 'resetSecret', inboxId: rl(3) },
		expect: { method: 'POST', path: '/api/v1/accounts/1/inboxes/3/reset_secret' },
		reply: { body: { ...api, secret: 'W7nLq2ZxT4cVb9RkP3sHj6Ya' } },
		output: [{ ...api, secret: 'W7nLq2ZxT4cVb9RkP3sHj6Ya' }],
	},
	{
		name: 'getCsatTemplate outputs the template status as the server answers it',
		parameters: { resource: 'inbox', operation: 'getCsatTemplate', inboxId: rl(5) },
		expect: { method: 'GET', path: '/api/v1/accounts/1/inboxes/5/csat_template' },
		reply: {
			body: {
				template_exists: true,
				template_name: 'customer_satisfaction_survey_inbox_5',
				status: 'APPROVED',
				template_id: '1184520367739201',
			},
		},
		output: [
			{
				template_exists: true,
				template_name: 'customer_satisfaction_survey_inbox_5',
				status: 'APPROVED',
				template_id: '1184520367739201',
			},
		],
	},
	{
		name: 'createCsatTemplate nests the message and only the fields set under `template`',
		parameters: {
			resource: 'inbox',
			operation: 'createCsatTemplate',
			inboxId: rl(5),
			csatTemplateMessage: 'Thanks for contacting us. How did we do?',
			additionalFields: { language: 'pt_BR' },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/inboxes/5/csat_template',
			body: {
				template: { message: 'Thanks for contacting us. How did we do?', language: 'pt_BR' },
			},
		},
		reply: {
			status: 201,
			body: {
				template: {
					name: 'customer_satisfaction_survey_inbox_5',
					template_id: '1184520367739201',
					status: 'PENDING',
					language: 'pt_BR',
				},
			},
		},
		output: [
			{
				template: {
					name: 'customer_satisfaction_survey_inbox_5',
					template_id: '1184520367739201',
					status: 'PENDING',
					language: 'pt_BR',
				},
			},
		],
	},
];

describe('Inbox', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('inbox', cases);
});

describe('Inbox agent bot (docs/server-facts.md#inbox-agent-bot)', () => {
	test('an inbox without a bot answers 200 {agent_bot: {}}: one empty item, no error', async () => {
		server.reply('GET', '/api/v1/accounts/1/inboxes/3/agent_bot', {
			status: 200,
			body: { agent_bot: {} },
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'inbox', operation: 'getAgentBot', inboxId: rl(3) },
		});
		expect(result.status).toBe('success');
		expect(result.output).toEqual([{}]);
	});

	test('the project description says 200, not the 204 of the published spec, for both operations', async () => {
		const { spec } = await import('../../harness/openapi');
		const item = spec.paths['/api/v1/accounts/{account_id}/inboxes/{id}/agent_bot'] as {
			get: { responses: object };
		};
		const set = spec.paths['/api/v1/accounts/{account_id}/inboxes/{id}/set_agent_bot'] as {
			post: { responses: object };
		};
		expect(Object.keys(item.get.responses)).toContain('200');
		expect(Object.keys(item.get.responses)).not.toContain('204');
		expect(Object.keys(set.post.responses)).toContain('200');
		expect(Object.keys(set.post.responses)).not.toContain('204');
	});

	test('Detach sends agent_bot: null, with no bot to pick', async () => {
		server.reply('POST', '/api/v1/accounts/1/inboxes/3/set_agent_bot', {
			status: 200,
			body: undefined,
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'inbox',
				operation: 'setAgentBot',
				inboxId: rl(3),
				agentBotAction: 'detach',
			},
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
			parameters: {
				resource: 'inbox',
				operation: 'setAgentBot',
				inboxId: rl(3),
				agentBotId: rl('={{ "bot-4" }}'),
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe(
			'Agent Bot ID must be a positive whole number, got "bot-4" (item 0)',
		);
	});
});

describe('Inbox server-only routes', () => {
	test('resetSecret on an inbox that is not an API inbox: the bare 404 fails the item', async () => {
		server.reply('POST', '/api/v1/accounts/1/inboxes/4/reset_secret', {
			status: 404,
			body: undefined,
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { resource: 'inbox', operation: 'resetSecret', inboxId: rl(4) },
		});
		expect(server.requests).toHaveLength(1);
		expect(result.output[0].error).toBeDefined();
		expect(result.output[0].secret).toBeUndefined();
	});

	test('the CSAT template on a website inbox: the 400 fails the item with the server’s reason', async () => {
		server.reply('GET', '/api/v1/accounts/1/inboxes/4/csat_template', {
			status: 400,
			body: {
				error: 'CSAT template operations only available for WhatsApp and Twilio WhatsApp channels',
			},
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { resource: 'inbox', operation: 'getCsatTemplate', inboxId: rl(4) },
		});
		expect(String(result.output[0].error)).toContain('only available for WhatsApp');
	});

	test('all CSAT template fields go under `template`, nothing at the top level', async () => {
		server.reply('POST', '/api/v1/accounts/1/inboxes/5/csat_template', {
			status: 201,
			body: { template: { status: 'PENDING' } },
		});
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'inbox',
				operation: 'createCsatTemplate',
				inboxId: rl(5),
				csatTemplateMessage: 'How did we do?',
				additionalFields: { buttonText: 'Rate us', language: 'en' },
			},
		});
		expect(server.requests[0].body).toEqual({
			template: { message: 'How did we do?', button_text: 'Rate us', language: 'en' },
		});
		expect(requestProblems(server.requests[0])).toEqual([]);
	});
});

describe('Inbox create', () => {
	test('a channel without a type is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: {
				resource: 'inbox',
				operation: 'create',
				name: 'Support',
				channel: '{"webhook_url": "https://hooks.acme.test"}',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Channel needs a "type" (item 0)');
	});

	test('channel JSON that does not parse is refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: {
				resource: 'inbox',
				operation: 'create',
				name: 'Support',
				channel: '{"type": api}',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Channel is not valid JSON (item 0)');
	});

	test('the default channel is an API channel', async () => {
		server.reply('POST', '/api/v1/accounts/1/inboxes', { body: api });
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'inbox', operation: 'create', name: 'Support API' },
		});
		expect(server.requests[0].body).toEqual({ name: 'Support API', channel: { type: 'api' } });
	});
});

describe('Inbox update (docs/server-facts.md#inbox-update-csat-config, docs/server-facts.md#inbox-update-channel-type)', () => {
	test('a "type" in Channel Settings is refused before any request: Chatwoot fails on it', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: {
				resource: 'inbox',
				operation: 'update',
				inboxId: rl(3),
				updateFields: { channel: '{"type": "api", "webhook_url": "https://hooks.acme.test/v2"}' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Channel Settings cannot change "type" (item 0)');
	});

	test('CSAT Survey Settings are sent as given, template included, and the update says they replace the stored object', async () => {
		server.reply('PATCH', '/api/v1/accounts/1/inboxes/5', { body: api });
		const csat = {
			display_type: 'star',
			message: 'Rate us',
			template: { name: 'csat_5', template_id: '123', language: 'en', status: 'APPROVED' },
		};
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'inbox',
				operation: 'update',
				inboxId: rl(5),
				updateFields: { csatConfig: JSON.stringify(csat) },
			},
		});
		expect(server.requests[0].body).toEqual({ csat_config: csat });
		expect(requestProblems(server.requests[0])).toEqual([]);
		const updateFields = description.properties.find(
			(property) =>
				property.name === 'updateFields' &&
				property.displayOptions?.show?.resource?.includes('inbox'),
		);
		const field = (updateFields?.options as INodeProperties[]).find(
			(option) => option.name === 'csatConfig',
		);
		expect(field?.description).toMatch(
			/Replaces the stored settings: every key left out goes back to its default, and a WhatsApp inbox loses its CSAT template unless "template" is sent again/,
		);
		const create = (
			description.properties.find(
				(property) =>
					property.name === 'additionalFields' &&
					property.displayOptions?.show?.resource?.includes('inbox'),
			)?.options as INodeProperties[]
		).find((option) => option.name === 'csatConfig');
		expect(create?.description).not.toMatch(/Replaces/);
		expect(
			(
				specOperations.find((entry) => entry.operationId === 'inbox.update')?.operation as
					{ description?: string } | undefined
			)?.description,
		).toMatch(/replaces the stored one as a\s+whole/);
	});
});

describe('Inbox members', () => {
	test('agent IDs mapped as a list from an earlier node are sent as numbers, once each', async () => {
		server.reply('POST', '/api/v1/accounts/1/inbox_members', { body: { payload: [jane, omar] } });
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { ids: [7, '9', 7] } }],
			parameters: {
				resource: 'inbox',
				operation: 'addAgents',
				inboxId: rl(3),
				agentIds: '={{ $json.ids }}',
			},
		});
		expect(server.requests[0].body).toEqual({ inbox_id: 3, user_ids: [7, 9] });
	});

	test('a value that is not an agent ID is refused with the item number', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: {
				resource: 'inbox',
				operation: 'removeAgents',
				inboxId: rl(3),
				agentIds: '7, jane',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Agent IDs must be numeric IDs, got "jane" (item 0)');
	});

	test('an inbox ID mapped from an item that has none is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			items: [{ json: {} }],
			parameters: {
				resource: 'inbox',
				operation: 'addAgents',
				inboxId: rl('={{ $json.inbox }}'),
				agentIds: '7',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Inbox ID is required (item 0)');
	});
});

describe('the inbox picker', () => {
	test('lists the inboxes of the node’s account, filtered by name or channel', async () => {
		server.reply('GET', '/api/v1/accounts/4/inboxes', { body: { payload: [api, web] } });
		const result = await searchList({
			method: 'searchInboxes',
			baseUrl: server.baseUrl,
			parameters: { resource: 'inbox', accountId: '4' },
			filter: 'widget',
		});
		expect(result).toEqual({
			results: [{ name: 'Website', value: '4', description: 'WebWidget inbox' }],
		});
		expect(server.requests[0].headers['api-access-token']).toBeDefined();
	});

	test('uses the credential’s default account when the node has none', async () => {
		server.reply('GET', '/api/v1/accounts/1/inboxes', { body: { payload: [api] } });
		const result = await searchList({
			method: 'searchInboxes',
			baseUrl: server.baseUrl,
			parameters: { resource: 'inbox' },
		});
		expect(result.results.map((entry) => entry.value)).toEqual(['3']);
	});
});
