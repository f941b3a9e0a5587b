/**
 * Faults a strict reviewer of an API client tries: redirects, answers that echo the token, answers
 * that are not JSON, IDs that are not IDs, blank and empty requests, rate limits, unavailable
 * proxies and hung servers. Each case runs the node through n8n's engine against local servers.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import { DEFAULT_RETRY, idProblem, retryDecision, retryPolicy } from '../../nodes/common/request';
import { retryAfterSeconds } from '../../nodes/common/errors';
import { runNode, searchList, TOKEN } from '../harness/engine';
import { Recorder } from '../harness/recorder';

const server = new Recorder();
const elsewhere = new Recorder();
beforeAll(async () => Promise.all([server.start(), elsewhere.start()]));
afterAll(async () => Promise.all([server.stop(), elsewhere.stop()]));
beforeEach(() => {
	server.reset();
	elsewhere.reset();
});

const USER = '/platform/api/v1/users/42';
const getUser = { resource: 'platformUser', operation: 'get', userId: 42 };
const noRetry = { requestOptions: { retry: false } };
const leaked = (value: unknown) => JSON.stringify(value ?? null).includes(TOKEN);

describe('redirects: the token goes to the credential’s origin only', () => {
	test.each([
		['GET', 302, getUser],
		[
			'POST',
			307,
			{
				resource: 'platformUser',
				operation: 'create',
				name: 'Ann',
				email: 'ann@example.com',
				password: 'Passw0rd!x',
			},
		],
		[
			'PATCH',
			308,
			{ resource: 'platformUser', operation: 'update', userId: 42, updateFields: { name: 'Ann' } },
		],
	])(
		'%s answered %s to another host: nothing is sent there, the item fails naming both addresses',
		async (method, status, parameters) => {
			server.on((request) =>
				request.method === method
					? { status, headers: { location: `${elsewhere.baseUrl}/steal${request.path}` } }
					: undefined,
			);
			const result = await runNode({ baseUrl: server.baseUrl, parameters });
			expect(server.requests).toHaveLength(1);
			expect(elsewhere.requests).toHaveLength(0);
			expect(result.status).toBe('error');
			expect(result.error?.message).toBe(
				`Chatwoot's address answered with a redirect (${status}) to ${elsewhere.baseUrl}/steal${server.requests[0].path}`,
			);
			expect(result.error?.description).toContain(server.baseUrl);
			expect(result.error?.description).toContain('set it as the Base URL');
			expect(leaked(result.run)).toBe(false);
		},
	);

	test('a redirect on the same host is not followed either, and says to check the Base URL', async () => {
		server.reply('GET', USER, { status: 301, headers: { location: '/platform/api/v1/users/42/' } });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: getUser });
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toContain('redirect (301)');
		expect(result.error?.description).toContain('on the same host');
	});

	test('the pickers (shared request helper) do not follow a redirect to another host', async () => {
		server.on(() => ({
			status: 302,
			headers: { location: `${elsewhere.baseUrl}/api/v1/accounts/1/agents` },
		}));
		await expect(
			searchList({
				method: 'searchAgents',
				baseUrl: server.baseUrl,
				parameters: { resource: 'agent' },
			}),
		).rejects.toThrow(
			`Chatwoot's address answered with a redirect (302) to ${elsewhere.baseUrl}/api/v1/accounts/1/agents`,
		);
		expect(elsewhere.requests).toHaveLength(0);
	});
});

describe('an answer that repeats the token never shows it', () => {
	const echo = {
		json: { error: `Invalid token ${TOKEN}`, headers: { 'api-access-token': TOKEN } },
		text: `upstream said: api_access_token=${TOKEN}`,
		html: `<html><body><pre>Api-Access-Token: ${TOKEN}</pre></body></html>`,
	};
	test.each(
		[401, 403, 422, 500].flatMap((status) =>
			Object.entries(echo).map(([kind, body]) => [status, kind, body] as const),
		),
	)('%s with the token in a %s body', async (status, kind, body) => {
		const headers = kind === 'html' ? { 'content-type': 'text/html' } : undefined;
		server.reply('GET', USER, { status, body, headers });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...getUser, ...noRetry },
			continueOnFail: true,
		});
		expect(server.requests[0].headers['api-access-token']).toBe(TOKEN);
		expect(result.status).toBe('success');
		expect(result.output[0].error).toBeDefined();
		expect(leaked(result.items)).toBe(false);
		expect(leaked(result.run)).toBe(false);
		if (kind !== 'html') expect(JSON.stringify(result.run)).toContain('[redacted]');
	});

	test.each([401, 500])(
		'%s with the token in the body, without Continue On Fail',
		async (status) => {
			server.reply('GET', USER, { status, body: { error: `bad ${TOKEN}` } });
			const result = await runNode({
				baseUrl: server.baseUrl,
				parameters: { ...getUser, ...noRetry },
			});
			expect(result.error?.message).toContain('bad [redacted]');
			expect(
				leaked(result.error?.message) || leaked(result.error?.description) || leaked(result.run),
			).toBe(false);
		},
	);

	test('a successful answer that contains the token (the caller’s own profile) is redacted in the item', async () => {
		server.reply('GET', '/api/v1/profile', { body: { id: 1, name: 'Ann', access_token: TOKEN } });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'profile', operation: 'get' },
		});
		expect(result.output).toEqual([{ id: 1, name: 'Ann', access_token: '[redacted]' }]);
	});
});

describe('a 2xx that is not JSON is an error, not an empty item', () => {
	test('an HTML page (a login portal)', async () => {
		server.reply('GET', USER, {
			status: 200,
			body: '<!DOCTYPE html><html><title>Sign in</title></html>',
			headers: { 'content-type': 'text/html; charset=utf-8' },
		});
		const result = await runNode({ baseUrl: server.baseUrl, parameters: getUser });
		expect(result.error?.message).toBe('Chatwoot answered 200 with an HTML page, not JSON');
		expect(result.error?.description).toContain('Content type text/html');
		expect(result.error?.description).toContain('<!DOCTYPE html><html><title>Sign in');
		expect(result.error?.description).toContain('Base URL');
	});

	test('a cut-off JSON body', async () => {
		server.reply('GET', USER, {
			status: 200,
			body: '{"id": 42, "name": "Ann',
			headers: { 'content-type': 'application/json' },
		});
		const result = await runNode({ baseUrl: server.baseUrl, parameters: getUser });
		expect(result.error?.message).toBe(
			'Chatwoot answered 200 with JSON that cannot be read (cut off or malformed), not JSON',
		);
		expect(result.error?.description).toContain('{"id": 42, "name": "Ann');
	});

	test('the pickers say the same', async () => {
		server.on(() => ({
			status: 200,
			body: '<html>proxy</html>',
			headers: { 'content-type': 'text/html' },
		}));
		await expect(
			searchList({
				method: 'searchAgents',
				baseUrl: server.baseUrl,
				parameters: { resource: 'agent' },
			}),
		).rejects.toThrow('Chatwoot answered 200 with an HTML page, not JSON');
	});

	test('an empty answer (head :ok) still passes', async () => {
		server.reply('DELETE', USER, { status: 200 });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'platformUser', operation: 'delete', userId: 42 },
		});
		expect(result.status).toBe('success');
	});
});

describe('IDs are positive whole numbers, checked before any request', () => {
	test.each([
		['abc', 'must be a positive whole number, got "abc"'],
		['-5', 'must be a positive whole number, got "-5"'],
		['4.5', 'must be a positive whole number, got "4.5"'],
		['1e3', 'must be a positive whole number, got "1e3"'],
		['9007199254740993', 'is larger than any ID Chatwoot gives (2^53), got "9007199254740993"'],
		['../users', 'must be a positive whole number, got "../users"'],
	])('a path ID %j from an expression', async (value, problem) => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			items: [{ json: { id: value } }, { json: { id: 7 } }],
			parameters: {
				resource: 'contact',
				operation: 'get',
				contactId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			},
		});
		expect(server.requests.map((request) => request.path)).toEqual([
			'/api/v1/accounts/1/contacts/7',
		]);
		expect(result.output[0].error).toBe(`Contact ID ${problem} (item 0)`);
	});

	test('a body ID mapped as text that is not a number', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'create',
				inboxId: { __rl: true, mode: 'id', value: '={{ "-3" }}' },
				contactId: { __rl: true, mode: 'id', value: '7' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toMatch(
			/^Inbox ID must be a positive whole number, got "-3" \(item 0\)$/,
		);
	});

	test('the Account ID', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'label', operation: 'getAll', accountId: '1/../2' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Account ID must be a positive whole number, got "1/../2" (item 0)',
		);
	});

	test('a slug keeps its own rule: encoded, and a dot segment refused', async () => {
		server.reply('GET', '/api/v1/accounts/1/portals/a%2Fb%3Fc%23d', {
			body: { id: 1, slug: 'a/b?c#d' },
		});
		const encoded = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'portal', operation: 'get', portalSlug: 'a/b?c#d' },
		});
		expect(encoded.status).toBe('success');
		expect(server.requests[0].path).toBe('/api/v1/accounts/1/portals/a%2Fb%3Fc%23d');
		server.reset();
		const dots = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'portal', operation: 'get', portalSlug: '..' },
		});
		expect(server.requests).toHaveLength(0);
		expect(dots.error?.message).toBe('Portal Slug is not valid, got ".." (item 0)');
	});

	test('the rule itself', () => {
		expect(idProblem(42)).toBeUndefined();
		expect(idProblem('42')).toBeUndefined();
		expect(idProblem('9007199254740991')).toBeUndefined();
		for (const wrong of [
			0,
			-1,
			1.5,
			Number.NaN,
			'0',
			'007',
			' 7',
			'7 ',
			'+7',
			'',
			null,
			undefined,
			true,
			{},
		])
			expect(idProblem(wrong)).toBeDefined();
	});
});

describe('blank fields are not sent, and a request with nothing in it is refused', () => {
	test('contact create: Email, Phone Number and Identifier added but left blank', async () => {
		server.reply('POST', '/api/v1/accounts/1/contacts', {
			body: { payload: { contact: { id: 9 } } },
		});
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contact',
				operation: 'create',
				additionalFields: { name: 'Ann', email: '', phoneNumber: ' ', identifier: '' },
			},
		});
		expect(server.requests[0].body).toEqual({ name: 'Ann' });
	});

	test.each([
		['platformUser', { userId: 42 }],
		['contact', { contactId: 7 }],
		['label', { labelId: 6 }],
		['team', { teamId: 5 }],
		['webhook', { webhookId: 3 }],
		['agent', { agentId: 2 }],
	])('%s update with no field set', async (resource, ids) => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource, operation: 'update', ...ids, updateFields: {} },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Nothing to update: set at least one field to update (item 0)',
		);
	});

	test('an update whose only field is blank', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'platformUser',
				operation: 'update',
				userId: 42,
				updateFields: { name: '' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Nothing to update: set at least one field to update (item 0)',
		);
	});

	test('marking a notification read sends no body and is not refused', async () => {
		server.reply('PATCH', '/api/v1/accounts/1/notifications/8', { body: {} });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'notification', operation: 'markAsRead', notificationId: 8 },
		});
		expect(result.status).toBe('success');
		expect(server.requests).toHaveLength(1);
	});

	test('a message with no content, file, template or attributes', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'message', operation: 'create', conversationId: 15, content: '  ' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(
			'The message is empty: set Content, attach a file, or use a template (item 0)',
		);
	});
});

describe('rate limits and unavailable proxies are waited out, within limits', () => {
	const failing = (statuses: Array<{ status: number; retryAfter?: string }>) => {
		let call = 0;
		server.on(() => {
			const next = statuses[call++];
			if (!next) return { body: { id: 42 } };
			return {
				status: next.status,
				body: { error: 'busy' },
				headers: next.retryAfter === undefined ? undefined : { 'retry-after': next.retryAfter },
			};
		});
	};

	test('429 on a POST is repeated after Retry-After, and succeeds', async () => {
		failing([
			{ status: 429, retryAfter: '0' },
			{ status: 429, retryAfter: '1' },
		]);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'platformUser',
				operation: 'create',
				name: 'Ann',
				email: 'ann@example.com',
				password: 'Passw0rd!x',
			},
		});
		expect(result.status).toBe('success');
		expect(server.requests.map((request) => request.method)).toEqual(['POST', 'POST', 'POST']);
	});

	test('503 on a GET is repeated; on a POST it is not (the create may have happened)', async () => {
		failing([{ status: 503, retryAfter: '0' }]);
		expect((await runNode({ baseUrl: server.baseUrl, parameters: getUser })).status).toBe(
			'success',
		);
		expect(server.requests).toHaveLength(2);
		server.reset();
		failing([{ status: 503, retryAfter: '0' }]);
		const post = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'platformUser',
				operation: 'create',
				name: 'Ann',
				email: 'ann@example.com',
				password: 'Passw0rd!x',
			},
		});
		expect(post.error?.message).toBe('Chatwoot server error (503): busy');
		expect(server.requests).toHaveLength(1);
	});

	test('giving up after Max Tries says how long Chatwoot asked to wait', async () => {
		failing([
			{ status: 429, retryAfter: '0' },
			{ status: 429, retryAfter: '0' },
			{ status: 429, retryAfter: '0' },
		]);
		const result = await runNode({ baseUrl: server.baseUrl, parameters: getUser });
		expect(server.requests).toHaveLength(3);
		expect(result.error?.message).toBe('Too many requests (429): busy');
		expect(result.error?.description).toMatch(
			/^Chatwoot asked to wait 0 s \(Retry-After\)\. Gave up after 3 tries \(Max Tries 3\)\./,
		);
	});

	test('a wait longer than Max Total Wait fails at once, naming the wait', async () => {
		failing([{ status: 429, retryAfter: '120' }]);
		const result = await runNode({ baseUrl: server.baseUrl, parameters: getUser });
		expect(server.requests).toHaveLength(1);
		expect(result.error?.description).toContain(
			'Chatwoot asked to wait 120 s (Retry-After). Waiting 120 s more would pass the 60 s',
		);
	});

	test('with retries off, one try', async () => {
		failing([{ status: 429, retryAfter: '0' }]);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...getUser, ...noRetry },
		});
		expect(server.requests).toHaveLength(1);
		expect(result.error?.description).toContain('retry after 0 s');
	});

	test('a list retries the page that was refused, and keeps its page number', async () => {
		let refused = false;
		server.on((request) => {
			if (request.query.page === '2' && !refused) {
				refused = true;
				return { status: 429, headers: { 'retry-after': '0' }, body: {} };
			}
			const page = Number(request.query.page);
			return {
				body: {
					meta: { count: 20 },
					payload: Array.from({ length: page === 1 ? 15 : 5 }, (_, i) => ({ id: page * 100 + i })),
				},
			};
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
		});
		expect(result.output).toHaveLength(20);
		expect(server.requests.map((request) => request.query.page)).toEqual(['1', '2', '2']);
	});

	test('the decision itself', () => {
		const policy = retryPolicy({});
		expect(policy).toEqual(DEFAULT_RETRY);
		expect(retryDecision(policy, 'POST', { httpStatus: 502 }, 1, 0)).toEqual({ giveUp: undefined });
		expect(retryDecision(policy, 'DELETE', { httpStatus: 504 }, 1, 0)).toEqual({ waitSeconds: 1 });
		expect(retryDecision(policy, 'GET', { httpStatus: 429 }, 2, 1)).toEqual({ waitSeconds: 2 });
		expect(retryDecision(policy, 'GET', { httpStatus: 404 }, 1, 0)).toEqual({ giveUp: undefined });
		expect(
			retryAfterSeconds(
				'Wed, 21 Oct 2015 07:28:30 GMT',
				Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'),
			),
		).toBe(30);
		expect(retryAfterSeconds('soon')).toBeUndefined();
	});
});

describe('a hung server fails the item instead of the workflow hanging', () => {
	test('Timeout from the node’s settings; the other items go on', async () => {
		const hung = http.createServer((request, response) => {
			if (request.url?.endsWith('/2')) return; // never answers
			response.writeHead(200, { 'content-type': 'application/json' });
			response.end('{"id": 1}');
		});
		await new Promise<void>((resolve) => hung.listen(0, '127.0.0.1', resolve));
		const baseUrl = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
		try {
			const result = await runNode({
				baseUrl,
				continueOnFail: true,
				items: [{ json: { id: 2 } }, { json: { id: 1 } }],
				parameters: {
					resource: 'platformUser',
					operation: 'get',
					userId: '={{ $json.id }}',
					requestOptions: { timeout: 300 },
				},
			});
			expect(result.status).toBe('success');
			expect(result.output[0].error).toBe('Chatwoot did not answer in time');
			expect((result.items[0].error as { description?: string }).description).toContain(
				'No answer came within 300 ms',
			);
			expect(result.output[1]).toEqual({ id: 1 });
		} finally {
			hung.closeAllConnections();
			await new Promise((resolve) => hung.close(resolve));
		}
	});
});

describe('a request the credential refuses to build is not called a network failure', () => {
	test('the pickers say what the credential said, not "Could not reach Chatwoot"', async () => {
		await expect(
			searchList({
				method: 'searchAgents',
				baseUrl: server.baseUrl,
				parameters: { resource: 'agent' },
				credentials: { accountId: '' },
			}),
		).rejects.toThrow('No account to work in');
		expect(server.requests).toHaveLength(0);
	});
});
