import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { spec } from '../../harness/openapi';
import { description } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const ALL_EVENTS = [
	'contact_created',
	'contact_updated',
	'conversation_created',
	'conversation_status_changed',
	'conversation_typing_off',
	'conversation_typing_on',
	'conversation_updated',
	'inbox_created',
	'inbox_updated',
	'message_created',
	'message_updated',
	'webwidget_triggered',
];

const orders = {
	id: 9,
	name: 'Order sync',
	url: 'https://hooks.acme.test/chatwoot',
	account_id: 1,
	subscriptions: ['conversation_created', 'message_created'],
	secret: 'whsec_4mP2xQ9rT7vL1nB8',
};
const website = {
	id: 10,
	name: '',
	url: 'https://hooks.acme.test/website',
	account_id: 1,
	subscriptions: ['inbox_updated'],
	inbox: { id: 4, name: 'Website chat' },
};
const webhook = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });
const inbox = webhook;

const cases: RequestCase[] = [
	{
		name: 'getAll unwraps payload.webhooks into one item per webhook (docs/server-facts.md#webhook-shapes)',
		parameters: { resource: 'webhook', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/webhooks' },
		reply: { body: { payload: { webhooks: [orders, website] } } },
		output: [orders, website],
	},
	{
		name: 'getAll honours the limit',
		parameters: { resource: 'webhook', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/webhooks' },
		reply: { body: { payload: { webhooks: [orders, website] } } },
		output: [orders],
	},
	{
		name: 'create sends url, events, name and inbox, and returns the webhook out of payload.webhook (docs/server-facts.md#webhook-shapes)',
		parameters: {
			resource: 'webhook',
			operation: 'create',
			url: 'https://hooks.acme.test/chatwoot',
			subscriptions: ['conversation_created', 'message_created'],
			additionalFields: { name: 'Order sync', inboxId: inbox('4', 'list') },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/webhooks',
			body: {
				url: 'https://hooks.acme.test/chatwoot',
				subscriptions: ['conversation_created', 'message_created'],
				name: 'Order sync',
				inbox_id: 4,
			},
		},
		reply: { body: { payload: { webhook: orders } } },
		output: [orders],
	},
	{
		name: 'create subscribes to all twelve events, the inbox and typing events included (docs/server-facts.md#webhook-shapes)',
		parameters: {
			resource: 'webhook',
			operation: 'create',
			url: 'https://hooks.acme.test/all',
			subscriptions: ALL_EVENTS,
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/webhooks',
			body: { url: 'https://hooks.acme.test/all', subscriptions: ALL_EVENTS },
		},
		reply: {
			body: {
				payload: {
					webhook: { ...orders, url: 'https://hooks.acme.test/all', subscriptions: ALL_EVENTS },
				},
			},
		},
		output: [{ ...orders, url: 'https://hooks.acme.test/all', subscriptions: ALL_EVENTS }],
	},
	{
		name: 'update sends only the fields set and returns the webhook out of payload.webhook (docs/server-facts.md#webhook-shapes)',
		parameters: {
			resource: 'webhook',
			operation: 'update',
			accountId: '3',
			webhookId: webhook('9', 'list'),
			updateFields: { subscriptions: ['inbox_created'], name: 'Inbox watch' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/3/webhooks/9',
			body: { subscriptions: ['inbox_created'], name: 'Inbox watch' },
		},
		reply: {
			body: {
				payload: { webhook: { ...orders, name: 'Inbox watch', subscriptions: ['inbox_created'] } },
			},
		},
		output: [{ ...orders, name: 'Inbox watch', subscriptions: ['inbox_created'] }],
	},
	{
		name: 'delete',
		parameters: { resource: 'webhook', operation: 'delete', webhookId: webhook(10) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/webhooks/10' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Webhook', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('webhook', cases);

	test('the events to choose from are exactly the twelve Chatwoot accepts (docs/server-facts.md#webhook-shapes)', () => {
		const fields = description.properties.filter(
			(property: INodeProperties) =>
				property.name === 'subscriptions' &&
				property.displayOptions?.show?.resource?.includes('webhook'),
		);
		expect(fields).toHaveLength(1);
		expect(
			(fields[0].options as INodePropertyOptions[]).map((option) => option.value).sort(),
		).toEqual(ALL_EVENTS);
		const schema = (spec.components.schemas as Record<string, { enum: string[] }>).WebhookEvent;
		expect([...schema.enum].sort()).toEqual(ALL_EVENTS);
	});

	test('update sends an Inbox picked from its dashboard link as a number', async () => {
		server.on(() => ({ body: { payload: { webhook: orders } } }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'webhook',
				operation: 'update',
				webhookId: webhook(9),
				updateFields: {
					inboxId: inbox('https://chat.example.com/app/accounts/1/settings/inboxes/4', 'url'),
				},
			},
		});
		expect(server.requests[0].body).toEqual({ inbox_id: 4 });
	});

	test('the Inbox reads a bare number, as saved before it was a picker', async () => {
		server.on(() => ({ body: { payload: { webhook: orders } } }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'webhook',
				operation: 'create',
				url: 'https://hooks.acme.test/x',
				subscriptions: ['message_created'],
				additionalFields: { inboxId: 4 },
			},
		});
		expect(server.requests[0].body).toEqual({
			url: 'https://hooks.acme.test/x',
			subscriptions: ['message_created'],
			inbox_id: 4,
		});
	});

	test('create without events is refused by n8n before the node runs', async () => {
		await expect(
			runNode({
				baseUrl: server.baseUrl,
				parameters: {
					resource: 'webhook',
					operation: 'create',
					url: 'https://hooks.acme.test/x',
					subscriptions: [],
				},
			}),
		).rejects.toThrow('Parameter "Events" is required');
		expect(server.requests).toHaveLength(0);
	});
});

describe('the webhook picker', () => {
	test('lists the webhooks of the node’s account by name, or by URL when unnamed, filtered by the search text', async () => {
		server.reply('GET', '/api/v1/accounts/4/webhooks', {
			body: { payload: { webhooks: [orders, website] } },
		});
		const all = await searchList({
			method: 'searchWebhooks',
			baseUrl: server.baseUrl,
			parameters: { resource: 'webhook', accountId: '4' },
		});
		expect(all).toEqual({
			results: [
				{ name: 'Order sync', value: '9', description: 'https://hooks.acme.test/chatwoot' },
				{ name: 'https://hooks.acme.test/website', value: '10', description: undefined },
			],
		});
		const filtered = await searchList({
			method: 'searchWebhooks',
			baseUrl: server.baseUrl,
			parameters: { resource: 'webhook', accountId: '4' },
			filter: 'WEBSITE',
		});
		expect(filtered.results.map((result) => result.value)).toEqual(['10']);
		expect(server.requests[0].headers['api-access-token']).toBeDefined();
	});

	test('uses the credential’s default account when the node has none', async () => {
		server.reply('GET', '/api/v1/accounts/1/webhooks', {
			body: { payload: { webhooks: [orders] } },
		});
		const result = await searchList({
			method: 'searchWebhooks',
			baseUrl: server.baseUrl,
			parameters: { resource: 'webhook' },
		});
		expect(result.results.map((item) => item.value)).toEqual(['9']);
	});
});
