import { ChatwootTrigger } from '../../nodes/ChatwootTrigger/ChatwootTrigger.node';
import { requestProblems } from '../harness/openapi';
import { Recorder } from '../harness/recorder';
import { searchTriggerAgentBots } from '../../nodes/ChatwootTrigger/botSearch';
import { hookContext, loadOptionsContext, TOKEN, WEBHOOK_URL } from './context';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());
// whatever the trigger sends must be a request Chatwoot's API (openapi/) accepts
afterEach(() => expect(server.requests.flatMap(requestProblems)).toEqual([]));

const methods = new ChatwootTrigger().webhookMethods.default;
const BOT = '/api/v1/accounts/1/agent_bots/4';
const PLATFORM_BOT = '/platform/api/v1/agent_bots/4';
const OLD_URL = 'https://bots.acme.test/triage';
const TEST_URL = 'https://n8n.example.test/webhook-test/5f1c2e0a/webhook';

const parameters = {
	source: 'agentBot',
	accountId: '',
	agentBotId: { __rl: true, mode: 'list', value: '4' },
	botEvents: ['message_created'],
	inboxId: { __rl: true, mode: 'list', value: '' },
	options: {},
};
const bot = (fields: object = {}) => ({
	body: {
		id: 4,
		name: 'Triage bot',
		outgoing_url: OLD_URL,
		account_id: 1,
		system_bot: false,
		secret: 'bot-secret-1',
		...fields,
	},
});
const calls = () => server.requests.map((request) => `${request.method} ${request.path}`);
const context = (extra: object = {}, setup: object = {}) =>
	hookContext({ baseUrl: server.baseUrl, parameters: { ...parameters, ...extra }, ...setup });

describe('agent bot activation', () => {
	test('points the bot at the production URL, remembers its old URL and keeps its secret', async () => {
		server.reply('GET', BOT, bot());
		server.reply('PATCH', BOT, bot({ outgoing_url: WEBHOOK_URL }));
		const hook = context();

		expect(await methods.checkExists.call(hook)).toBe(false);
		expect(await methods.create.call(hook)).toBe(true);

		expect(calls()).toEqual([`GET ${BOT}`, `GET ${BOT}`, `PATCH ${BOT}`]);
		expect(server.requests[2].body).toEqual({ outgoing_url: WEBHOOK_URL });
		expect(server.requests[2].headers['api-access-token']).toBe(TOKEN);
		expect(hook.staticData).toEqual({
			agentBots: {
				[WEBHOOK_URL]: { botId: 4, previousUrl: OLD_URL, secret: 'bot-secret-1' },
			},
		});
		// no webhook of the account is touched
		expect(calls().some((call) => call.includes('/webhooks'))).toBe(false);
	});

	test('a bot already posting here is adopted without a change, and cleared (not left pointing here) later', async () => {
		server.reply('GET', BOT, bot({ outgoing_url: WEBHOOK_URL }));
		const hook = context();
		expect(await methods.checkExists.call(hook)).toBe(true);
		expect(calls()).toEqual([`GET ${BOT}`]);
		expect(hook.staticData).toEqual({
			agentBots: { [WEBHOOK_URL]: { botId: 4, previousUrl: '', secret: 'bot-secret-1' } },
		});

		server.reset();
		server.reply('GET', BOT, bot({ outgoing_url: WEBHOOK_URL }));
		server.reply('PATCH', BOT, bot({ outgoing_url: '' }));
		expect(await methods.delete.call(hook)).toBe(true);
		expect(server.requests[1].body).toEqual({ outgoing_url: '' });
	});

	test('adoption keeps the URL remembered by an earlier activation of the same bot', async () => {
		server.reply('GET', BOT, bot({ outgoing_url: WEBHOOK_URL }));
		const hook = context(
			{},
			{ staticData: { agentBots: { [WEBHOOK_URL]: { botId: 4, previousUrl: OLD_URL } } } },
		);
		expect(await methods.checkExists.call(hook)).toBe(true);
		expect((hook.staticData.agentBots as object)[WEBHOOK_URL as never]).toMatchObject({
			previousUrl: OLD_URL,
		});
	});

	test('an agent bot token is refused before any request, saying which credential to use', async () => {
		const hook = context({}, { tokenType: 'agentBot' });
		await expect(methods.checkExists.call(hook)).rejects.toThrow(
			'An agent bot token cannot point an agent bot at this trigger',
		);
		await expect(methods.create.call(hook)).rejects.toThrow('agent bot token');
		expect(server.requests).toEqual([]);
	});

	test('a platform app token changes the bot through the Platform API', async () => {
		const platformBot = { id: 4, name: 'Triage bot', outgoing_url: OLD_URL, account_id: 1 };
		server.reply('GET', PLATFORM_BOT, { body: platformBot });
		server.reply('PATCH', PLATFORM_BOT, { body: { ...platformBot, outgoing_url: WEBHOOK_URL } });
		const hook = context({ options: { verifySignature: false } }, { tokenType: 'platformApp' });
		expect(await methods.create.call(hook)).toBe(true);
		expect(calls()).toEqual([`GET ${PLATFORM_BOT}`, `PATCH ${PLATFORM_BOT}`]);
		expect(server.requests[1].body).toEqual({ outgoing_url: WEBHOOK_URL });
		expect(hook.staticData).toEqual({
			agentBots: { [WEBHOOK_URL]: { botId: 4, previousUrl: OLD_URL } },
		});
	});

	test('a platform app token with verification on is refused before the bot is changed: the Platform API hides the secret', async () => {
		server.reply('GET', PLATFORM_BOT, {
			body: { id: 4, name: 'Triage bot', outgoing_url: OLD_URL, account_id: 1 },
		});
		const hook = context({}, { tokenType: 'platformApp' });
		await expect(methods.create.call(hook)).rejects.toThrow(
			'Platform API does not tell the secret agent bot 4 signs its deliveries with',
		);
		expect(calls()).toEqual([`GET ${PLATFORM_BOT}`]);
	});
});

describe('agent bot secret', () => {
	test('without a readable secret activation is refused, and nothing is reset or changed', async () => {
		server.reply('GET', BOT, bot({ secret: undefined }));
		const hook = context();
		await expect(methods.create.call(hook)).rejects.toThrow(
			'Chatwoot did not return the secret of agent bot 4',
		);
		expect(calls()).toEqual([`GET ${BOT}`]);
		expect(hook.staticData).toEqual({});
	});

	test('with Reset Bot Secret on, the secret is renewed and the new one kept', async () => {
		server.reply('GET', BOT, bot({ secret: undefined }));
		server.reply('POST', `${BOT}/reset_secret`, bot({ secret: 'renewed-secret' }));
		server.reply('PATCH', BOT, bot({ outgoing_url: WEBHOOK_URL, secret: undefined }));
		const hook = context({ options: { resetSecret: true } });
		expect(await methods.create.call(hook)).toBe(true);
		expect(calls()).toEqual([`GET ${BOT}`, `POST ${BOT}/reset_secret`, `PATCH ${BOT}`]);
		expect(hook.staticData).toMatchObject({
			agentBots: { [WEBHOOK_URL]: { secret: 'renewed-secret' } },
		});
	});

	test('a readable secret is never reset, even with Reset Bot Secret on', async () => {
		server.reply('GET', BOT, bot());
		server.reply('PATCH', BOT, bot({ outgoing_url: WEBHOOK_URL }));
		const hook = context({ options: { resetSecret: true } });
		await methods.create.call(hook);
		expect(calls()).not.toContain(`POST ${BOT}/reset_secret`);
	});

	test('with Verify Signature off, a bot without a readable secret is taken over unverified', async () => {
		server.reply('GET', BOT, bot({ secret: undefined }));
		server.reply('PATCH', BOT, bot({ outgoing_url: WEBHOOK_URL, secret: undefined }));
		const hook = context({ options: { verifySignature: false } });
		expect(await methods.create.call(hook)).toBe(true);
		expect(hook.staticData).toEqual({
			agentBots: { [WEBHOOK_URL]: { botId: 4, previousUrl: OLD_URL } },
		});
	});

	test('a bot shared by every account is refused with an account token', async () => {
		server.reply('GET', BOT, bot({ account_id: null, system_bot: true, outgoing_url: undefined }));
		await expect(methods.create.call(context())).rejects.toThrow('shared by every account');
		expect(calls()).toEqual([`GET ${BOT}`]);
	});
});

describe('agent bot and inbox', () => {
	const INBOX = '/api/v1/accounts/1/inboxes/12';
	const withInbox = (options: object = {}) =>
		context({ inboxId: { __rl: true, mode: 'id', value: '12' }, options });

	test('an inbox without a bot is refused unless Connect Bot to Inbox is on, before anything changes', async () => {
		server.reply('GET', BOT, bot());
		server.reply('GET', `${INBOX}/agent_bot`, { body: { agent_bot: {} } });
		await expect(methods.create.call(withInbox())).rejects.toThrow(
			'Inbox 12 has no agent bot, so agent bot 4 gets none of its events',
		);
		expect(calls()).toEqual([`GET ${BOT}`, `GET ${INBOX}/agent_bot`]);
	});

	test('with Connect Bot to Inbox on, the bot is connected to the inbox, then pointed here', async () => {
		server.reply('GET', BOT, bot());
		server.reply('GET', `${INBOX}/agent_bot`, { body: { agent_bot: {} } });
		server.reply('POST', `${INBOX}/set_agent_bot`, { status: 200, body: '' });
		server.reply('PATCH', BOT, bot({ outgoing_url: WEBHOOK_URL }));
		expect(await methods.create.call(withInbox({ connectBotToInbox: true }))).toBe(true);
		expect(calls()).toEqual([
			`GET ${BOT}`,
			`GET ${INBOX}/agent_bot`,
			`POST ${INBOX}/set_agent_bot`,
			`PATCH ${BOT}`,
		]);
		expect(server.requests[2].body).toEqual({ agent_bot: 4 });
	});

	test('an inbox connected to another bot is refused, never taken from it', async () => {
		server.reply('GET', BOT, bot());
		server.reply('GET', `${INBOX}/agent_bot`, {
			body: { agent_bot: { id: 9, name: 'Sales bot' } },
		});
		await expect(methods.create.call(withInbox({ connectBotToInbox: true }))).rejects.toThrow(
			'another agent bot ("Sales bot", ID 9)',
		);
		expect(calls()).not.toContain(`POST ${INBOX}/set_agent_bot`);
	});

	test('an inbox already connected to the bot needs nothing', async () => {
		server.reply('GET', BOT, bot());
		server.reply('GET', `${INBOX}/agent_bot`, { body: { agent_bot: { id: 4 } } });
		server.reply('PATCH', BOT, bot({ outgoing_url: WEBHOOK_URL }));
		expect(await methods.create.call(withInbox())).toBe(true);
		expect(calls()).toEqual([`GET ${BOT}`, `GET ${INBOX}/agent_bot`, `PATCH ${BOT}`]);
	});
});

describe('agent bot deactivation', () => {
	const stored = () => ({
		agentBots: { [WEBHOOK_URL]: { botId: 4, previousUrl: OLD_URL, secret: 's' } },
		deliveries: ['a'],
	});

	test('restores the URL the bot had and forgets the registration', async () => {
		server.reply('GET', BOT, bot({ outgoing_url: WEBHOOK_URL }));
		server.reply('PATCH', BOT, bot());
		const hook = context({}, { staticData: stored() });
		expect(await methods.delete.call(hook)).toBe(true);
		expect(calls()).toEqual([`GET ${BOT}`, `PATCH ${BOT}`]);
		expect(server.requests[1].body).toEqual({ outgoing_url: OLD_URL });
		expect(hook.staticData).toEqual({});
	});

	test('a bot someone pointed elsewhere meanwhile is left alone, and the trigger says so', async () => {
		server.reply('GET', BOT, bot({ outgoing_url: 'https://new-home.acme.test/bot' }));
		const hook = context({}, { staticData: stored() });
		expect(await methods.delete.call(hook)).toBe(true);
		expect(calls()).toEqual([`GET ${BOT}`]);
		expect(hook.warnings.join()).toContain('agent bot 4 no longer posts to this workflow');
		expect(hook.staticData).toEqual({});
	});

	test('the test URL registration does not touch the production one', async () => {
		const staticData = {
			agentBots: {
				[WEBHOOK_URL]: { botId: 4, previousUrl: OLD_URL, secret: 's' },
				[TEST_URL]: { botId: 4, previousUrl: WEBHOOK_URL, secret: 's' },
			},
		};
		server.reply('GET', BOT, bot({ outgoing_url: TEST_URL }));
		server.reply('PATCH', BOT, bot({ outgoing_url: WEBHOOK_URL }));
		const hook = context({}, { staticData, webhookUrl: TEST_URL });
		expect(await methods.delete.call(hook)).toBe(true);
		expect(server.requests[1].body).toEqual({ outgoing_url: WEBHOOK_URL });
		expect(hook.staticData).toEqual({
			agentBots: { [WEBHOOK_URL]: { botId: 4, previousUrl: OLD_URL, secret: 's' } },
		});
	});

	test('a deleted bot (404) is forgotten; another failure keeps the record for a later try', async () => {
		server.reply('GET', BOT, { status: 404, body: { error: 'Resource could not be found' } });
		const gone = context({}, { staticData: stored() });
		expect(await methods.delete.call(gone)).toBe(true);
		expect(gone.staticData).toEqual({});

		server.reset();
		server.reply('GET', BOT, bot({ outgoing_url: WEBHOOK_URL }));
		server.reply('PATCH', BOT, { status: 500, body: '' });
		const failing = context({}, { staticData: stored() });
		expect(await methods.delete.call(failing)).toBe(false);
		expect(failing.staticData.agentBots).toEqual(stored().agentBots);
	});

	test('an account webhook source never touches a bot', async () => {
		server.reply('DELETE', '/api/v1/accounts/1/webhooks/41', { status: 200, body: '' });
		const hook = hookContext({
			baseUrl: server.baseUrl,
			parameters: { events: ['message_created'], options: {} },
			staticData: { webhookId: 41, webhookUrl: WEBHOOK_URL },
		});
		expect(await methods.delete.call(hook)).toBe(true);
		expect(calls()).toEqual(['DELETE /api/v1/accounts/1/webhooks/41']);
	});
});

describe('the trigger’s agent bot picker', () => {
	const account = { id: 4, name: 'Triage bot', outgoing_url: OLD_URL, account_id: 1 };
	const shared = { id: 1, name: 'Instance FAQ bot', account_id: null, system_bot: true };

	test('a user token lists the account’s own bots, not the shared ones it cannot change', async () => {
		server.reply('GET', '/api/v1/accounts/3/agent_bots', { body: [account, shared] });
		const result = await searchTriggerAgentBots.call(
			loadOptionsContext(server.baseUrl, { accountId: '3' }),
		);
		expect(result).toEqual({
			results: [{ name: 'Triage bot', value: '4', description: `Posts to ${OLD_URL}` }],
		});
	});

	test('a platform app token lists the platform app’s bots, filtered by the search text', async () => {
		server.reply('GET', '/platform/api/v1/agent_bots', {
			body: [account, { id: 6, name: 'Sales bot', account_id: 2 }],
		});
		const result = await searchTriggerAgentBots.call(
			loadOptionsContext(server.baseUrl, {}, 'platformApp'),
			'sales',
		);
		expect(result.results.map((entry) => entry.value)).toEqual(['6']);
		expect(calls()).toEqual(['GET /platform/api/v1/agent_bots']);
	});
});

test('production taking the bot over from the test URL remembers what the bot had before the test', async () => {
	server.reply('GET', BOT, bot({ outgoing_url: TEST_URL }));
	server.reply('PATCH', BOT, bot({ outgoing_url: WEBHOOK_URL }));
	const hook = context(
		{},
		{ staticData: { agentBots: { [TEST_URL]: { botId: 4, previousUrl: OLD_URL } } } },
	);
	expect(await methods.create.call(hook)).toBe(true);
	expect(hook.staticData.agentBots).toMatchObject({
		[WEBHOOK_URL]: { botId: 4, previousUrl: OLD_URL },
	});

	// without that record the test URL is still never what is given back
	server.reset();
	server.reply('GET', BOT, bot({ outgoing_url: TEST_URL }));
	server.reply('PATCH', BOT, bot({ outgoing_url: WEBHOOK_URL }));
	const forgetful = context();
	await methods.create.call(forgetful);
	expect(forgetful.staticData.agentBots).toMatchObject({ [WEBHOOK_URL]: { previousUrl: '' } });
});
