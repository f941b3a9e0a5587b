import type { IHttpRequestOptions } from 'n8n-workflow';

import { ChatwootApi } from '../../credentials/ChatwootApi.credentials';
import { instanceRoot } from '../../nodes/common/instanceUrl';
import { runCredentialTest } from '../harness/engine';
import { Recorder } from '../harness/recorder';

describe('the Base URL users paste resolves to the instance root', () => {
	test.each([
		['https://chat.acme.test', 'https://chat.acme.test'],
		['https://chat.acme.test/', 'https://chat.acme.test'],
		['https://chat.acme.test///', 'https://chat.acme.test'],
		['  https://chat.acme.test  ', 'https://chat.acme.test'],
		['https://chat.acme.test/api/v1', 'https://chat.acme.test'],
		['https://chat.acme.test/api/v1/', 'https://chat.acme.test'],
		['https://chat.acme.test/api', 'https://chat.acme.test'],
		['https://chat.acme.test/platform/api/v1', 'https://chat.acme.test'],
		['https://chat.acme.test/public/api/v1/inboxes/abc', 'https://chat.acme.test'],
		['https://chat.acme.test/app/accounts/3/dashboard', 'https://chat.acme.test'],
		['https://chat.acme.test/app/accounts/3/conversations/12?x=1#top', 'https://chat.acme.test'],
		['http://127.0.0.1:3000/app/login', 'http://127.0.0.1:3000'],
		['chat.acme.test', 'https://chat.acme.test'],
		['https://acme.test/support/api/v1', 'https://acme.test/support'],
		['https://acme.test/apiary', 'https://acme.test/apiary'],
		['', ''],
	])('%j → %j', (pasted, root) => {
		expect(instanceRoot(pasted)).toBe(root);
	});
});

describe('authenticate', () => {
	const credential = new ChatwootApi();
	const authenticate = credential.authenticate as (
		c: object,
		r: IHttpRequestOptions,
	) => Promise<IHttpRequestOptions>;

	test('sends the token in Api-Access-Token and sets the instance root as base URL', async () => {
		const request = await authenticate(
			{ baseUrl: 'https://chat.acme.test/api/v1/', accessToken: 'secret', accountId: 3 },
			{ url: '/platform/api/v1/users/1', headers: { Accept: 'application/json' } },
		);
		expect(request.baseURL).toBe('https://chat.acme.test');
		expect(request.headers).toEqual({ Accept: 'application/json', 'Api-Access-Token': 'secret' });
		expect(request.url).toBe('/platform/api/v1/users/1');
	});

	test('a path left without an account gets the Default Account ID', async () => {
		const request = await authenticate(
			{ baseUrl: 'https://chat.acme.test', accessToken: 't', accountId: 3 },
			{ url: '/api/v1/accounts/{accountId}/inboxes' },
		);
		expect(request.url).toBe('/api/v1/accounts/3/inboxes');
	});

	test('with no account anywhere, the error says where to set one', async () => {
		await expect(
			authenticate(
				{ baseUrl: 'https://chat.acme.test', accessToken: 't', accountId: '' },
				{ url: '/api/v1/accounts/{accountId}/inboxes' },
			),
		).rejects.toThrow(
			'No account to work in: set Account ID on the node, or a Default Account ID in the Chatwoot credential',
		);
	});
});

describe('the credential test checks the token the way its kind allows (run as n8n runs a declarative test)', () => {
	const server = new Recorder();
	beforeAll(async () => server.start());
	afterAll(async () => server.stop());
	beforeEach(() => server.reset());

	const test_ = async (data: object) =>
		await runCredentialTest({
			baseUrl: `${server.baseUrl}/app/accounts/1/dashboard`,
			accessToken: 'good',
			...data,
		});

	const tokenCheck = () =>
		server.on((request) =>
			request.headers['api-access-token'] === 'good'
				? undefined
				: { status: 401, body: { error: 'Invalid Access Token' } },
		);

	test('the test lives on the credential and picks its path by Token Kind', () => {
		expect(new ChatwootApi().test?.request.url).toContain('$credentials.tokenType');
	});

	test('a user token calls the profile and passes', async () => {
		server.reply('GET', '/api/v1/profile', {
			body: { id: 1, accounts: [{ id: 1, name: 'Acme' }] },
		});
		tokenCheck();
		await expect(test_({ tokenType: 'user', accountId: 1 })).resolves.toEqual({
			status: 'OK',
			message: 'Connection successful!',
		});
		expect(server.requests.map((request) => request.path)).toEqual(['/api/v1/profile']);
		expect(server.requests[0].headers['api-access-token']).toBe('good');
	});

	test('a wrong token fails, saying the token was refused', async () => {
		tokenCheck();
		const result = await test_({ tokenType: 'user', accessToken: 'wrong', accountId: 1 });
		expect(result).toEqual({
			status: 'Error',
			message: 'Chatwoot refused the access token. Check the token and that Token Kind matches it.',
		});
	});

	test('a Base URL that is not Chatwoot fails on its 404', async () => {
		server.reply('GET', '/api/v1/profile', { status: 404, body: 'not here' });
		const result = await test_({ tokenType: 'user', accountId: 1 });
		expect(result).toEqual({
			status: 'Error',
			message: 'Chatwoot answered 404 (not found). Check the Base URL.',
		});
	});

	test('a platform app token lists agent bots', async () => {
		server.reply('GET', '/platform/api/v1/agent_bots', { body: [] });
		tokenCheck();
		await expect(test_({ tokenType: 'platformApp' })).resolves.toMatchObject({ status: 'OK' });
		expect(server.requests.map((request) => request.path)).toEqual(['/platform/api/v1/agent_bots']);
		const refused = await test_({ tokenType: 'platformApp', accessToken: 'wrong' });
		expect(refused.status).toBe('Error');
	});

	test('an agent bot token passes when the conversation lookup is reached, and fails when refused', async () => {
		server.reply('GET', '/api/v1/accounts/1/conversations/0', {
			status: 404,
			body: { error: 'Resource could not be found' },
		});
		tokenCheck();
		await expect(test_({ tokenType: 'agentBot', accountId: 1 })).resolves.toMatchObject({
			status: 'OK',
		});
		expect(server.requests.map((request) => request.path)).toEqual([
			'/api/v1/accounts/1/conversations/0',
		]);
		const refused = await test_({ tokenType: 'agentBot', accountId: 1, accessToken: 'wrong' });
		expect(refused).toEqual({
			status: 'Error',
			message:
				'Chatwoot refused the access token (Invalid Access Token). Check the token and that Token Kind matches it.',
		});
	});

	test('a user token used as an agent bot token is told the kind does not match', async () => {
		server.reply('GET', '/api/v1/accounts/1/conversations/0', {
			status: 401,
			body: { error: 'Access to this endpoint is not authorized for bots' },
		});
		const result = await test_({ tokenType: 'agentBot', accountId: 1 });
		expect(result.message).toContain('Check that Token Kind matches the token');
	});

	test('an unreachable address fails', async () => {
		const result = await runCredentialTest({
			baseUrl: 'http://127.0.0.1:9',
			accessToken: 'good',
			tokenType: 'user',
		});
		expect(result.status).toBe('Error');
		expect(result.message).toMatch(/ECONNREFUSED/);
	});
});
