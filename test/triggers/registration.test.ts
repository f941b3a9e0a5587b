import { ChatwootTrigger } from '../../nodes/ChatwootTrigger/ChatwootTrigger.node';
import { requestProblems } from '../harness/openapi';
import { Recorder } from '../harness/recorder';
import { hookContext, TOKEN, WEBHOOK_URL } from './context';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());
// whatever the trigger sends must be a request Chatwoot's API (openapi/) accepts
afterEach(() => expect(server.requests.flatMap(requestProblems)).toEqual([]));

const trigger = new ChatwootTrigger();
const methods = trigger.webhookMethods.default;
const WEBHOOKS = '/api/v1/accounts/1/webhooks';

const parameters = {
	accountId: '',
	events: ['message_created', 'conversation_created'],
	inboxId: { __rl: true, mode: 'list', value: '' },
	options: {},
};
const list = (...webhooks: object[]) => ({ body: { payload: { webhooks } } });
const one = (webhook: object) => ({ body: { payload: { webhook } } });
const calls = () => server.requests.map((request) => `${request.method} ${request.path}`);

describe('activation', () => {
	test('registers the chosen events for the URL and keeps the ID from payload.webhook and the secret', async () => {
		server.reply(
			'GET',
			WEBHOOKS,
			list({ id: 3, url: 'https://elsewhere.test/hook', subscriptions: ['contact_created'] }),
		);
		server.reply(
			'POST',
			WEBHOOKS,
			one({
				id: 41,
				url: WEBHOOK_URL,
				subscriptions: ['conversation_created', 'message_created'],
				secret: 's3cr3t',
			}),
		);
		const context = hookContext({ baseUrl: server.baseUrl, parameters });

		expect(await methods.checkExists.call(context)).toBe(false);
		expect(await methods.create.call(context)).toBe(true);

		expect(calls()).toEqual([`GET ${WEBHOOKS}`, `GET ${WEBHOOKS}`, `POST ${WEBHOOKS}`]);
		expect(server.requests[2].body).toEqual({
			url: WEBHOOK_URL,
			subscriptions: ['conversation_created', 'message_created'],
			name: 'n8n: Support bot',
		});
		expect(server.requests[2].headers['api-access-token']).toBe(TOKEN);
		expect(context.credentialsUsed.every((name) => name === 'chatwootAccessTokenApi')).toBe(true);
		expect(context.staticData).toMatchObject({
			webhookId: 41,
			webhookSecret: 's3cr3t',
			webhookUrl: WEBHOOK_URL,
		});
	});

	test('scopes the webhook to the picked inbox in the node account', async () => {
		server.reply('GET', '/api/v1/accounts/7/webhooks', list());
		server.reply('POST', '/api/v1/accounts/7/webhooks', one({ id: 5, secret: 'x' }));
		const context = hookContext({
			baseUrl: server.baseUrl,
			parameters: {
				...parameters,
				accountId: '7',
				inboxId: { __rl: true, mode: 'id', value: '12' },
			},
		});
		await methods.create.call(context);
		expect(server.requests[1].body).toEqual({
			url: WEBHOOK_URL,
			subscriptions: ['conversation_created', 'message_created'],
			name: 'n8n: Support bot',
			inbox_id: 12,
		});
	});

	test('an existing webhook for the URL with the same events is adopted as is, secret included', async () => {
		server.reply(
			'GET',
			WEBHOOKS,
			list({
				id: 8,
				url: WEBHOOK_URL,
				subscriptions: ['message_created', 'conversation_created'],
				secret: 'kept',
			}),
		);
		const context = hookContext({ baseUrl: server.baseUrl, parameters });
		expect(await methods.checkExists.call(context)).toBe(true);
		expect(calls()).toEqual([`GET ${WEBHOOKS}`]);
		expect(context.staticData).toMatchObject({ webhookId: 8, webhookSecret: 'kept' });
	});

	test('an existing webhook for the URL with other events is updated, never posted twice', async () => {
		server.reply(
			'GET',
			WEBHOOKS,
			list({
				id: 8,
				url: WEBHOOK_URL,
				subscriptions: ['contact_created'],
				secret: 'kept',
				inbox: { id: 2, name: 'Old' },
			}),
		);
		server.reply(
			'PATCH',
			`${WEBHOOKS}/8`,
			one({ id: 8, url: WEBHOOK_URL, subscriptions: ['conversation_created', 'message_created'] }),
		);
		const context = hookContext({ baseUrl: server.baseUrl, parameters });

		expect(await methods.checkExists.call(context)).toBe(false);
		expect(await methods.create.call(context)).toBe(true);

		expect(calls()).toEqual([`GET ${WEBHOOKS}`, `GET ${WEBHOOKS}`, `PATCH ${WEBHOOKS}/8`]);
		expect(server.requests[2].body).toEqual({
			subscriptions: ['conversation_created', 'message_created'],
			inbox_id: null,
		});
		expect(context.staticData).toMatchObject({ webhookId: 8, webhookSecret: 'kept' });
	});

	test('refuses to activate with signatures on when Chatwoot gives no secret (before 4.11.2)', async () => {
		server.reply('GET', WEBHOOKS, list());
		server.reply('POST', WEBHOOKS, one({ id: 9, url: WEBHOOK_URL }));
		const context = hookContext({ baseUrl: server.baseUrl, parameters });
		await expect(methods.create.call(context)).rejects.toThrow('no secret');

		const unsigned = hookContext({
			baseUrl: server.baseUrl,
			parameters: { ...parameters, options: { verifySignature: false } },
		});
		await expect(methods.create.call(unsigned)).resolves.toBe(true);
	});

	test('a refused registration says what Chatwoot said', async () => {
		server.reply('GET', WEBHOOKS, list());
		server.reply('POST', WEBHOOKS, {
			status: 403,
			body: { error: 'You are not authorized to do this action' },
		});
		const context = hookContext({ baseUrl: server.baseUrl, parameters });
		await expect(methods.create.call(context)).rejects.toMatchObject({
			message: expect.stringContaining('Permission denied (403)'),
		});
	});
});

describe('deactivation', () => {
	test('deletes the stored webhook by its ID and forgets it', async () => {
		server.reply('DELETE', `${WEBHOOKS}/41`, { status: 200, body: '' });
		const context = hookContext({
			baseUrl: server.baseUrl,
			parameters,
			staticData: { webhookId: 41, webhookUrl: WEBHOOK_URL, webhookSecret: 's', deliveries: ['a'] },
		});
		expect(await methods.delete.call(context)).toBe(true);
		expect(calls()).toEqual([`DELETE ${WEBHOOKS}/41`]);
		expect(context.staticData).toEqual({});
	});

	test('finds the webhook by URL when the static data was lost', async () => {
		server.reply(
			'GET',
			WEBHOOKS,
			list({ id: 3, url: 'https://elsewhere.test/hook' }, { id: 8, url: WEBHOOK_URL }),
		);
		server.reply('DELETE', `${WEBHOOKS}/8`, { status: 200, body: '' });
		const context = hookContext({ baseUrl: server.baseUrl, parameters });
		expect(await methods.delete.call(context)).toBe(true);
		expect(calls()).toEqual([`GET ${WEBHOOKS}`, `DELETE ${WEBHOOKS}/8`]);
	});

	test('a stored ID already gone (404) falls back to the URL', async () => {
		server.reply('DELETE', `${WEBHOOKS}/41`, {
			status: 404,
			body: { error: 'Resource could not be found' },
		});
		server.reply('GET', WEBHOOKS, list({ id: 8, url: WEBHOOK_URL }));
		server.reply('DELETE', `${WEBHOOKS}/8`, { status: 200, body: '' });
		const context = hookContext({
			baseUrl: server.baseUrl,
			parameters,
			staticData: { webhookId: 41, webhookUrl: WEBHOOK_URL },
		});
		expect(await methods.delete.call(context)).toBe(true);
		expect(calls()).toEqual([`DELETE ${WEBHOOKS}/41`, `GET ${WEBHOOKS}`, `DELETE ${WEBHOOKS}/8`]);
	});

	test('a stored ID of another URL (the test webhook) is left alone', async () => {
		server.reply('GET', WEBHOOKS, list({ id: 8, url: WEBHOOK_URL }));
		server.reply('DELETE', `${WEBHOOKS}/8`, { status: 200, body: '' });
		const context = hookContext({
			baseUrl: server.baseUrl,
			parameters,
			staticData: {
				webhookId: 99,
				webhookUrl: 'https://n8n.example.test/webhook-test/5f1c2e0a/webhook',
			},
		});
		expect(await methods.delete.call(context)).toBe(true);
		expect(calls()).toEqual([`GET ${WEBHOOKS}`, `DELETE ${WEBHOOKS}/8`]);
	});

	test('a failure keeps the stored webhook so it can be removed later', async () => {
		server.reply('DELETE', `${WEBHOOKS}/41`, { status: 500, body: '' });
		const context = hookContext({
			baseUrl: server.baseUrl,
			parameters,
			staticData: { webhookId: 41, webhookUrl: WEBHOOK_URL },
		});
		expect(await methods.delete.call(context)).toBe(false);
		expect(context.staticData.webhookId).toBe(41);
	});
});
