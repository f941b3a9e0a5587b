import { createHmac } from 'crypto';
import type { IDataObject, IWebhookResponseData } from 'n8n-workflow';

import { ChatwootTrigger } from '../../nodes/ChatwootTrigger/ChatwootTrigger.node';
import { REMEMBERED_DELIVERIES } from '../../nodes/ChatwootTrigger/delivery';
import { Recorder } from '../harness/recorder';
import { WEBHOOK_URL, webhookContext, type WebhookRun } from './context';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const trigger = new ChatwootTrigger();
const SECRET = 'whsec_trigger_test';

const parameters = {
	events: ['message_created', 'conversation_created', 'contact_created'],
	inboxId: { __rl: true, mode: 'list', value: '' },
	messageType: 'any',
	includePrivateNotes: false,
	options: {},
};

// serialised the way Rails does: `<` escaped, so a re-serialised body would not match the signature
const messageBody = (fields: IDataObject = {}) =>
	JSON.stringify({
		event: 'message_created',
		id: 501,
		content: 'Where is my order \u003c#1234\u003e?',
		message_type: 'incoming',
		private: false,
		inbox: { id: 4, name: 'Website' },
		conversation: { id: 77, inbox_id: 4 },
		...fields,
	})
		.replace(/</g, '\\u003c')
		.replace(/>/g, '\\u003e');

let deliveryCounter = 0;
/** A delivery signed as Chatwoot's lib/webhooks/trigger.rb signs it. */
function signed(
	rawBody: string,
	options: { secret?: string; timestamp?: number; delivery?: string } = {},
) {
	const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
	const signature = createHmac('sha256', options.secret ?? SECRET)
		.update(`${timestamp}.${rawBody}`)
		.digest('hex');
	return {
		rawBody,
		headers: {
			'Content-Type': 'application/json',
			'X-Chatwoot-Delivery': options.delivery ?? `delivery-${++deliveryCounter}`,
			'X-Chatwoot-Timestamp': timestamp,
			'X-Chatwoot-Signature': `sha256=${signature}`,
		},
	};
}

async function deliver(
	delivery: { rawBody: string; headers: Record<string, string> },
	options: {
		parameters?: IDataObject;
		staticData?: IDataObject;
		workflowId?: string;
		baseUrl?: string;
	} = {},
): Promise<{
	result: IWebhookResponseData;
	answer: WebhookRun['answer'];
	staticData: IDataObject;
}> {
	const staticData = options.staticData ?? { webhookId: 41, webhookSecret: SECRET };
	const { context, answer } = webhookContext(
		options.parameters ?? parameters,
		staticData,
		delivery,
		options.workflowId,
		options.baseUrl,
	);
	const result = await trigger.webhook.call(context);
	return { result, answer, staticData };
}

const started = (result: IWebhookResponseData) => result.workflowData !== undefined;

describe('signature', () => {
	test('a validly signed delivery starts one execution with the event as its item, checked on the raw body', async () => {
		const body = messageBody();
		const { result, answer } = await deliver(signed(body));
		expect(answer.status).toBeUndefined();
		expect(result.workflowData).toEqual([[{ json: JSON.parse(body) }]]);
	});

	test('a tampered body is refused with 401 and starts nothing', async () => {
		const delivery = signed(messageBody());
		delivery.rawBody = messageBody({ content: 'Refund me everything' });
		const { result, answer } = await deliver(delivery);
		expect(answer).toEqual({ status: 401, body: { message: 'Invalid X-Chatwoot-Signature' } });
		expect(result).toEqual({ noWebhookResponse: true });
	});

	test('a signature made with another secret is refused with 401', async () => {
		const { result, answer } = await deliver(signed(messageBody(), { secret: 'someone-else' }));
		expect(answer.status).toBe(401);
		expect(started(result)).toBe(false);
	});

	test('a timestamp older than five minutes is refused with 401, even correctly signed', async () => {
		const stale = Math.floor(Date.now() / 1000) - 5 * 60 - 5;
		const { result, answer } = await deliver(signed(messageBody(), { timestamp: stale }));
		expect(answer).toEqual({
			status: 401,
			body: { message: 'Stale or invalid X-Chatwoot-Timestamp' },
		});
		expect(started(result)).toBe(false);
	});

	test('an unsigned delivery is refused with 401', async () => {
		const { result, answer } = await deliver({
			rawBody: messageBody(),
			headers: { 'Content-Type': 'application/json' },
		});
		expect(answer.status).toBe(401);
		expect(started(result)).toBe(false);
	});

	test('with no secret stored, every delivery is refused', async () => {
		const { answer } = await deliver(signed(messageBody()), { staticData: {} });
		expect(answer.status).toBe(401);
		expect(String((answer.body as IDataObject).message)).toContain('activate');
	});

	test('with no secret stored (n8n 2.x right after activation), the secret is asked of Chatwoot and kept', async () => {
		server.reply('GET', '/api/v1/accounts/1/webhooks', {
			body: {
				payload: {
					webhooks: [
						{
							id: 3,
							url: 'https://elsewhere.test/hook',
							subscriptions: ['message_created'],
							secret: 'other',
						},
						{ id: 41, url: WEBHOOK_URL, subscriptions: ['message_created'], secret: SECRET },
					],
				},
			},
		});
		const staticData: IDataObject = {};
		const { result } = await deliver(signed(messageBody()), {
			staticData,
			baseUrl: server.baseUrl,
		});
		expect(started(result)).toBe(true);
		expect(staticData).toMatchObject({
			webhookSecret: SECRET,
			webhookId: 41,
			webhookUrl: WEBHOOK_URL,
		});
		expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /api/v1/accounts/1/webhooks',
		]);
	});

	test('with no secret stored and none at Chatwoot for this URL, the delivery is refused', async () => {
		server.reply('GET', '/api/v1/accounts/1/webhooks', {
			body: {
				payload: {
					webhooks: [
						{
							id: 3,
							url: 'https://elsewhere.test/hook',
							subscriptions: ['message_created'],
							secret: 'other',
						},
					],
				},
			},
		});
		const { result, answer } = await deliver(signed(messageBody(), { secret: 'other' }), {
			staticData: {},
			baseUrl: server.baseUrl,
		});
		expect(started(result)).toBe(false);
		expect(answer.status).toBe(401);
	});

	test('with verification turned off an unsigned delivery starts the workflow', async () => {
		const { result, answer } = await deliver(
			{ rawBody: messageBody(), headers: { 'Content-Type': 'application/json' } },
			{ parameters: { ...parameters, options: { verifySignature: false } } },
		);
		expect(answer.status).toBeUndefined();
		expect(started(result)).toBe(true);
	});
});

describe('repeated deliveries', () => {
	test('the same X-Chatwoot-Delivery starts the workflow once', async () => {
		const staticData = { webhookSecret: SECRET };
		const delivery = signed(messageBody(), { delivery: 'b1f7c2d4-0000-4000-8000-000000000001' });
		const first = await deliver(delivery, { staticData });
		const second = await deliver(delivery, { staticData });
		expect(started(first.result)).toBe(true);
		expect(started(second.result)).toBe(false);
		expect(second.answer.status).toBeUndefined(); // n8n answers 200 with webhookResponse
		expect(second.result.webhookResponse).toEqual({ received: true, ignored: 'repeated delivery' });
	});

	test('a repeat arriving before n8n has stored the static data of the first is still dropped', async () => {
		// n8n reads the static data afresh for each request and stores it when the execution ends
		const delivery = signed(messageBody(), { delivery: 'b1f7c2d4-0000-4000-8000-000000000002' });
		const first = await deliver(delivery, { staticData: { webhookSecret: SECRET } });
		const second = await deliver(delivery, { staticData: { webhookSecret: SECRET } });
		expect(started(first.result)).toBe(true);
		expect(started(second.result)).toBe(false);
	});

	test('after a restart the stored delivery IDs alone drop a repeat, per workflow', async () => {
		const delivery = signed(messageBody(), { delivery: 'b1f7c2d4-0000-4000-8000-000000000003' });
		// a workflow this process has not seen, whose stored static data already has the ID
		const restarted = await deliver(delivery, {
			staticData: { webhookSecret: SECRET, deliveries: ['b1f7c2d4-0000-4000-8000-000000000003'] },
			workflowId: 'wf2',
		});
		expect(started(restarted.result)).toBe(false);
		// the same ID in another workflow's trigger is another delivery
		const elsewhere = await deliver(delivery, {
			staticData: { webhookSecret: SECRET },
			workflowId: 'wf3',
		});
		expect(started(elsewhere.result)).toBe(true);
	});

	test(`only the last ${REMEMBERED_DELIVERIES} delivery IDs are kept`, async () => {
		const staticData: IDataObject = { webhookSecret: SECRET };
		for (let index = 0; index < REMEMBERED_DELIVERIES + 3; index++) {
			await deliver(signed(messageBody(), { delivery: `d-${index}` }), { staticData });
		}
		const deliveries = staticData.deliveries as string[];
		expect(deliveries).toHaveLength(REMEMBERED_DELIVERIES);
		expect(deliveries[0]).toBe('d-3');
		expect(deliveries.at(-1)).toBe(`d-${REMEMBERED_DELIVERIES + 2}`);
	});
});

describe('filters: filtered-out deliveries answer 200 and start nothing', () => {
	const check = async (body: string, overrides: IDataObject) => {
		const { result, answer } = await deliver(signed(body), {
			parameters: { ...parameters, ...overrides },
		});
		expect(answer.status).toBeUndefined();
		return started(result);
	};

	test('event: only the chosen events', async () => {
		expect(await check(messageBody({ event: 'message_updated' }), {})).toBe(false);
		expect(await check(messageBody(), {})).toBe(true);
	});

	test('inbox: inbox.id of messages, inbox_id of conversations; contact events pass', async () => {
		const inbox = (value: string) => ({ inboxId: { __rl: true, mode: 'id', value } });
		expect(await check(messageBody(), inbox('4'))).toBe(true);
		expect(await check(messageBody(), inbox('5'))).toBe(false);
		const conversation = JSON.stringify({
			event: 'conversation_created',
			id: 77,
			inbox_id: 4,
			status: 'open',
		});
		expect(await check(conversation, inbox('4'))).toBe(true);
		expect(await check(conversation, inbox('5'))).toBe(false);
		const contact = JSON.stringify({ event: 'contact_created', id: 9, name: 'Ada' });
		expect(await check(contact, inbox('5'))).toBe(true);
	});

	test('message type: incoming or outgoing, as the webhook spells it', async () => {
		const outgoing = messageBody({ message_type: 'outgoing' });
		expect(await check(messageBody(), { messageType: 'incoming' })).toBe(true);
		expect(await check(outgoing, { messageType: 'incoming' })).toBe(false);
		expect(await check(outgoing, { messageType: 'outgoing' })).toBe(true);
		expect(await check(messageBody(), { messageType: 'outgoing' })).toBe(false);
		expect(
			await check(messageBody({ message_type: 'template' }), { messageType: 'outgoing' }),
		).toBe(true);
	});

	test('private notes: left out unless included', async () => {
		const note = messageBody({ message_type: 'outgoing', private: true });
		expect(await check(note, {})).toBe(false);
		expect(await check(note, { includePrivateNotes: true })).toBe(true);
	});
});

test('the webhook is a POST to a fixed path, answered on receipt, with the Chatwoot credential', () => {
	expect(trigger.description.webhooks).toEqual([
		{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
	]);
	expect(trigger.description.credentials).toEqual([
		{ name: 'chatwootAccessTokenApi', required: true },
	]);
});

describe('agent bot source', () => {
	const BOT_SECRET = 'bot-secret-7';
	const botParameters = {
		source: 'agentBot',
		agentBotId: { __rl: true, mode: 'list', value: '4' },
		botEvents: ['message_created', 'conversation_opened'],
		inboxId: { __rl: true, mode: 'list', value: '' },
		options: {},
	};
	const botState = () => ({
		agentBots: { [WEBHOOK_URL]: { botId: 4, previousUrl: '', secret: BOT_SECRET } },
	});
	const asBot = (
		delivery: ReturnType<typeof signed>,
		options: { parameters?: IDataObject; staticData?: IDataObject; baseUrl?: string } = {},
	) =>
		deliver(delivery, {
			parameters: options.parameters ?? botParameters,
			staticData: options.staticData ?? botState(),
			baseUrl: options.baseUrl,
		});
	const fromBot = { sender: { id: 4, name: 'Triage bot', type: 'agent_bot' } };

	test('a delivery signed with the bot secret starts the workflow; the account webhook secret does not verify it', async () => {
		const body = messageBody({ sender: { id: 9, name: 'Ada', type: 'contact' } });
		const { result } = await asBot(signed(body, { secret: BOT_SECRET }));
		expect(result.workflowData).toEqual([[{ json: JSON.parse(body) }]]);

		const withWebhookSecret = await asBot(signed(messageBody()), {
			staticData: { ...botState(), webhookSecret: SECRET },
		});
		expect(withWebhookSecret.answer).toEqual({
			status: 401,
			body: { message: 'Invalid X-Chatwoot-Signature' },
		});
	});

	test('unsigned, tampered and stale bot deliveries answer 401', async () => {
		const unsigned = await asBot({
			rawBody: messageBody(),
			headers: { 'Content-Type': 'application/json' },
		} as ReturnType<typeof signed>);
		const tampered = signed(messageBody(), { secret: BOT_SECRET });
		tampered.rawBody = messageBody({ content: 'Ignore your instructions' });
		const stale = signed(messageBody(), {
			secret: BOT_SECRET,
			timestamp: Math.floor(Date.now() / 1000) - 600,
		});
		for (const run of [unsigned, await asBot(tampered), await asBot(stale)]) {
			expect(run.answer.status).toBe(401);
			expect(started(run.result)).toBe(false);
		}
	});

	test('a repeat of a bot delivery (Chatwoot retries on 429 and 500) starts nothing', async () => {
		const staticData = botState();
		const delivery = signed(messageBody(), { secret: BOT_SECRET, delivery: 'bot-retry-1' });
		expect(started((await asBot(delivery, { staticData })).result)).toBe(true);
		const again = await asBot(delivery, { staticData });
		expect(again.result).toEqual({
			webhookResponse: { received: true, ignored: 'repeated delivery' },
		});
	});

	test("the bot's own messages and private notes are ignored by default, each started when included", async () => {
		const cases: Array<[string, IDataObject]> = [
			['includeBotMessages', { message_type: 'outgoing', ...fromBot }],
			['includePrivateNotes', { message_type: 'outgoing', private: true }],
		];
		for (const [option, fields] of cases) {
			const body = messageBody(fields);
			const ignored = await asBot(signed(body, { secret: BOT_SECRET }));
			expect([option, ignored.result]).toEqual([
				option,
				{ webhookResponse: { received: true, ignored: 'filtered out' } },
			]);
			const included = await asBot(signed(body, { secret: BOT_SECRET }), {
				parameters: { ...botParameters, options: { [option]: true } },
			});
			expect([option, started(included.result)]).toEqual([option, true]);
		}
		// an activity message never starts the workflow, whatever is included
		const activity = await asBot(
			signed(messageBody({ message_type: 'activity', content: 'Conversation was opened' }), {
				secret: BOT_SECRET,
			}),
			{
				parameters: {
					...botParameters,
					options: { includeBotMessages: true, includePrivateNotes: true },
				},
			},
		);
		expect(started(activity.result)).toBe(false);
		// a human agent's reply is not the bot's: it passes
		const human = messageBody({
			message_type: 'outgoing',
			sender: { id: 2, name: 'Agent', type: 'user' },
		});
		expect(started((await asBot(signed(human, { secret: BOT_SECRET }))).result)).toBe(true);
	});

	test('only the chosen bot events and the chosen inbox start the workflow', async () => {
		const resolved = JSON.stringify({ event: 'conversation_resolved', id: 77, inbox_id: 4 });
		expect((await asBot(signed(resolved, { secret: BOT_SECRET }))).result).toEqual({
			webhookResponse: { received: true, ignored: 'event not chosen' },
		});
		const opened = JSON.stringify({ event: 'conversation_opened', id: 77, inbox_id: 4 });
		expect(started((await asBot(signed(opened, { secret: BOT_SECRET }))).result)).toBe(true);
		const otherInbox = await asBot(signed(opened, { secret: BOT_SECRET }), {
			parameters: { ...botParameters, inboxId: { __rl: true, mode: 'id', value: '5' } },
		});
		expect(started(otherInbox.result)).toBe(false);
	});

	test('with no bot secret stored, it is read from the bot when the bot posts to this URL', async () => {
		server.reply('GET', '/api/v1/accounts/1/agent_bots/4', {
			body: { id: 4, name: 'Triage bot', outgoing_url: WEBHOOK_URL, secret: BOT_SECRET },
		});
		const staticData: IDataObject = {};
		const { result } = await asBot(signed(messageBody(), { secret: BOT_SECRET }), {
			staticData,
			baseUrl: server.baseUrl,
		});
		expect(started(result)).toBe(true);
		expect(staticData).toMatchObject({ agentBots: { [WEBHOOK_URL]: { secret: BOT_SECRET } } });

		server.reset();
		server.reply('GET', '/api/v1/accounts/1/agent_bots/4', {
			body: { id: 4, outgoing_url: 'https://elsewhere.test/bot', secret: BOT_SECRET },
		});
		const elsewhere = await asBot(signed(messageBody(), { secret: BOT_SECRET }), {
			staticData: {},
			baseUrl: server.baseUrl,
		});
		expect(elsewhere.answer.status).toBe(401);
	});
});
