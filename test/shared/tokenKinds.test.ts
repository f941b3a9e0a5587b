import type { INodeParameters } from 'n8n-workflow';

import { runNode, searchList } from '../harness/engine';
import { Recorder } from '../harness/recorder';
import { hookContext, pollContext } from '../triggers/context';
import { ChatwootTrigger } from '../../nodes/ChatwootTrigger/ChatwootTrigger.node';
import { ChatwootPollTrigger } from '../../nodes/ChatwootPollTrigger/ChatwootPollTrigger.node';
import { listSearch } from '../../nodes/Chatwoot/methods/listSearch';
import { apiFamily, botMayCall, tokenKindProblem } from '../../nodes/common/tokenKinds';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

type Kind = 'user' | 'agentBot' | 'platformApp';
type Family = 'platform' | 'account' | 'profile' | 'client' | 'botAllowed' | 'botRefused';

/** One operation of each family, with the words its refusal names it by. */
const OPERATIONS: Record<Family, { parameters: INodeParameters; action: string; path: string }> = {
	platform: {
		parameters: { resource: 'platformUser', operation: 'get', userId: 42 },
		action: 'Get a user',
		path: '/platform/api/v1/users/42',
	},
	account: {
		parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 1 },
		action: 'Get many contacts',
		path: '/api/v1/accounts/1/contacts',
	},
	profile: {
		parameters: { resource: 'profile', operation: 'get' },
		action: 'Get the profile',
		path: '/api/v1/profile',
	},
	client: {
		parameters: { resource: 'clientInbox', operation: 'get', inboxIdentifier: 'cVx4Wm9kq2PH' },
		action: 'Get a client inbox',
		path: '/public/api/v1/inboxes/cVx4Wm9kq2PH',
	},
	botAllowed: {
		parameters: { resource: 'conversation', operation: 'getLabels', conversationId: 7 },
		action: 'Get the labels of a conversation',
		path: '/api/v1/accounts/1/conversations/7/labels',
	},
	botRefused: {
		parameters: { resource: 'conversation', operation: 'getCounts' },
		action: 'Get conversation counts',
		path: '/api/v1/accounts/1/conversations/meta',
	},
};

/** The token each kind × family needs, or undefined where the kind may call it. */
const NEEDS: Record<Kind, Record<Family, RegExp | undefined>> = {
	user: {
		platform: /needs a platform app token \(Super Admin → Platform Apps\)/,
		account: undefined,
		profile: undefined,
		client: undefined,
		botAllowed: undefined,
		botRefused: undefined,
	},
	agentBot: {
		platform: /needs a platform app token/,
		account: /needs a user access token \(Profile settings → Access Token\)/,
		profile: /needs a user access token/,
		client: undefined,
		botAllowed: undefined,
		botRefused: /needs a user access token/,
	},
	platformApp: {
		platform: undefined,
		account: /needs a user access token \(Profile settings → Access Token\)/,
		profile: /needs a user access token/,
		client: undefined,
		botAllowed: /needs a user access token/,
		botRefused: /needs a user access token/,
	},
};

const HOLDS: Record<Kind, RegExp> = {
	user: /holds a user access token, which can call the Application API but not the Platform API/,
	agentBot: /holds an agent bot token, which Chatwoot accepts only for conversations/,
	platformApp: /holds a platform app token, which can only call the Platform API/,
};

const cases = (Object.keys(NEEDS) as Kind[]).flatMap((kind) =>
	(Object.keys(OPERATIONS) as Family[]).map(
		(family) => [kind, family, NEEDS[kind][family]] as const,
	),
);

describe('the node refuses a token kind that cannot do the operation, before any request', () => {
	test.each(cases)('%s token, %s operation', async (kind, family, needs) => {
		server.on(() => ({ body: { payload: [], data: { payload: [], meta: {} }, meta: {} } }));
		const { parameters, action, path } = OPERATIONS[family];
		const result = await runNode({
			baseUrl: server.baseUrl,
			credentials: { tokenType: kind },
			continueOnFail: true,
			parameters,
		});
		const message = String(result.output[0]?.error ?? '');
		if (needs) {
			expect(server.requests).toHaveLength(0);
			expect(message).toMatch(/^The credential "Chatwoot" holds /);
			expect(message).toMatch(HOLDS[kind]);
			expect(message).toContain(`; "${action}" needs`);
			expect(message).toMatch(needs);
			expect(
				(result.items[0].error as { description?: string } | undefined)?.description,
			).toContain('Token Kind');
		} else {
			expect(message).not.toMatch(/holds (a|an) .* token/);
			expect(server.requests.map((request) => request.path)).toContain(path);
		}
	});

	test('a platform app token is refused on an account operation even without a Default Account ID', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			credentials: { tokenType: 'platformApp', accountId: undefined },
			continueOnFail: true,
			parameters: OPERATIONS.account.parameters,
		});
		expect(server.requests).toHaveLength(0);
		expect(String(result.output[0].error)).toMatch(/platform app token/);
		expect(String(result.output[0].error)).not.toMatch(/No account to work in/);
	});

	test('credentials saved before Token Kind existed count as user tokens', async () => {
		server.on(() => ({ body: { id: 1 } }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			credentials: { tokenType: undefined },
			parameters: OPERATIONS.profile.parameters,
		});
		expect(result.status).toBe('success');
		expect(server.requests).toHaveLength(1);
	});
});

describe('the rule: every bot-accessible endpoint of Chatwoot, and nothing else', () => {
	const conversation = '/api/v1/accounts/1/conversations/7';
	test.each([
		['GET', conversation, true],
		['PATCH', conversation, true],
		['POST', '/api/v1/accounts/1/conversations', true],
		['POST', `${conversation}/toggle_status`, true],
		['POST', `${conversation}/toggle_typing_status`, true],
		['POST', `${conversation}/toggle_priority`, true],
		['POST', `${conversation}/custom_attributes`, true],
		['POST', `${conversation}/messages`, true],
		['POST', `${conversation}/assignments`, true],
		['GET', `${conversation}/labels`, true],
		['POST', `${conversation}/labels`, true],
		['GET', '/api/v1/accounts/{accountId}/conversations/7/labels?x=1', true],
		['GET', '/api/v1/accounts/1/conversations', false],
		['GET', '/api/v1/accounts/1/conversations/meta', false],
		['DELETE', conversation, false],
		['GET', `${conversation}/messages`, false],
		['POST', `${conversation}/mute`, false],
		['POST', `${conversation}/custom_attributes/extra`, false],
		['GET', '/api/v1/accounts/1/contacts', false],
		['GET', '/api/v2/accounts/1/reports', false],
	])('%s %s → bot may call: %s', (method, path, allowed) => {
		expect(botMayCall(method, path)).toBe(allowed);
	});

	test('families by path', () => {
		expect(apiFamily('/platform/api/v1/users/1')).toBe('platform');
		expect(apiFamily('/public/api/v1/inboxes/x')).toBe('client');
		expect(apiFamily('/api/v1/profile')).toBe('profile');
		expect(apiFamily('/api/v1/profile/availability')).toBe('profile');
		expect(apiFamily('/api/v2/accounts/1/reports')).toBe('account');
		expect(apiFamily('/api/v1/accounts/1/contacts')).toBe('account');
	});

	test('the Client API takes every kind: no token is sent there', () => {
		for (const kind of ['user', 'agentBot', 'platformApp'] as const)
			expect(tokenKindProblem(kind, 'POST', '/public/api/v1/inboxes/x/contacts', 'x')).toBe(
				undefined,
			);
	});
});

/** Parameters some pickers read before listing. */
const PICKER_PARAMETERS: INodeParameters = {
	portalSlug: { __rl: true, mode: 'id', value: 'help' },
	inboxIdentifier: 'cVx4Wm9kq2PH',
	contactIdentifier: 'c0ffee',
	conversationId: 7,
	type: 'agent',
};
const CLIENT_PICKERS = ['searchClientConversations', 'searchClientMessages'];
const PLATFORM_PICKERS = ['searchPlatformAgentBots'];
const pickers = Object.keys(listSearch);

describe('every picker refuses a token kind that cannot list, before any request', () => {
	const accountPickers = pickers.filter(
		(name) => !CLIENT_PICKERS.includes(name) && !PLATFORM_PICKERS.includes(name),
	);

	test.each(
		(['user', 'agentBot'] as const).flatMap((kind) =>
			PLATFORM_PICKERS.map((method) => [kind, method] as const),
		),
	)('%s token: the Platform API picker %s is refused', async (kind, method) => {
		const search = searchList({
			method,
			baseUrl: server.baseUrl,
			parameters: { resource: 'platformAgentBot' },
			credentials: { tokenType: kind },
		});
		await expect(search).rejects.toThrow(
			kind === 'user' ? /holds a user access token/ : /holds an agent bot token/,
		);
		await expect(search).rejects.toThrow(
			/; this list needs a platform app token \(Super Admin → Platform Apps\)/,
		);
		expect(server.requests).toHaveLength(0);
	});

	test.each(PLATFORM_PICKERS)('platformApp token: %s lists', async (method) => {
		server.on(() => ({ body: [] }));
		await searchList({
			method,
			baseUrl: server.baseUrl,
			parameters: { resource: 'platformAgentBot' },
			credentials: { tokenType: 'platformApp' },
		});
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].path).toMatch(/^\/platform\/api\/v1\//);
	});

	test.each(
		(['agentBot', 'platformApp'] as const).flatMap((kind) =>
			accountPickers.map((method) => [kind, method] as const),
		),
	)('%s token: %s', async (kind, method) => {
		const search = searchList({
			method,
			baseUrl: server.baseUrl,
			parameters: { resource: 'article', ...PICKER_PARAMETERS },
			credentials: { tokenType: kind },
		});
		await expect(search).rejects.toThrow(
			kind === 'platformApp' ? /platform app token/i : /agent bot token/i,
		);
		await expect(search).rejects.toThrow(
			/; this list needs a user access token \(Profile settings → Access Token\)/,
		);
		await expect(search).rejects.not.toThrow(/Could not reach Chatwoot/);
		expect(server.requests).toHaveLength(0);
	});

	test.each(accountPickers)('user token: %s lists', async (method) => {
		server.on(() => ({ body: { payload: [], data: { payload: [] } } }));
		await searchList({
			method,
			baseUrl: server.baseUrl,
			parameters: { resource: 'article', ...PICKER_PARAMETERS },
		});
		expect(server.requests.length).toBeGreaterThan(0);
		expect(server.requests[0].path).toMatch(/^\/api\/v1\/accounts\/1\//);
	});

	test.each(
		(['user', 'agentBot', 'platformApp'] as const).flatMap((kind) =>
			CLIENT_PICKERS.map((method) => [kind, method] as const),
		),
	)('%s token: the Client API picker %s lists, without the token', async (kind, method) => {
		server.on(() => ({ body: [] }));
		await searchList({
			method,
			baseUrl: server.baseUrl,
			parameters: { resource: 'clientMessage', ...PICKER_PARAMETERS },
			credentials: { tokenType: kind },
		});
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].path).toMatch(/^\/public\/api\/v1\//);
		expect(server.requests[0].headers['api-access-token']).toBeUndefined();
	});

	test('a credential that cannot build the request is not "Could not reach Chatwoot"', async () => {
		const search = searchList({
			method: 'searchLabels',
			baseUrl: server.baseUrl,
			parameters: { resource: 'conversation' },
			credentials: { accountId: '' },
		});
		await expect(search).rejects.toThrow(/No account to work in/);
		await expect(search).rejects.not.toThrow(/Could not reach Chatwoot/);
		expect(server.requests).toHaveLength(0);
	});
});

const POLL = {
	accountId: '',
	events: ['conversationCreated', 'messageCreated'],
	inboxId: { __rl: true, mode: 'list', value: '' },
	messageType: 'any',
	includePrivateNotes: false,
};

describe('the triggers refuse a token kind that cannot watch an account', () => {
	test.each(['agentBot', 'platformApp'])(
		'%s token: activation of the webhook trigger',
		async (tokenType) => {
			const context = hookContext({
				baseUrl: server.baseUrl,
				parameters: { events: ['message_created'] },
				tokenType,
			});
			const trigger = new ChatwootTrigger();
			await expect(trigger.webhookMethods.default.checkExists.call(context)).rejects.toThrow(
				/; this trigger needs a user access token/,
			);
			expect(server.requests).toHaveLength(0);
		},
	);

	test.each(['agentBot', 'platformApp'])('%s token: the polling trigger', async (tokenType) => {
		const context = pollContext(server.baseUrl, POLL, {}, 'manual', tokenType);
		await expect(new ChatwootPollTrigger().poll.call(context)).rejects.toThrow(
			/; this trigger needs a user access token/,
		);
		expect(server.requests).toHaveLength(0);
	});

	test('user token: the polling trigger reads conversations', async () => {
		server.on(() => ({ body: { data: { payload: [], meta: {} } } }));
		await new ChatwootPollTrigger().poll.call(
			pollContext(server.baseUrl, POLL, {}, 'manual', 'user'),
		);
		expect(server.requests.length).toBeGreaterThan(0);
	});
});
