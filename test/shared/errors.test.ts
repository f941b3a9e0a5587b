import { parameterLabel } from '../../nodes/common/errors';
import { runNode, TOKEN } from '../harness/engine';
import { Recorder } from '../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const getUser = (userId: number | string = 42) => ({
	resource: 'platformUser',
	operation: 'get',
	userId,
});

describe('a failed response becomes an error that says what to do', () => {
	test.each([
		[
			401,
			{ error: 'Invalid access_token' },
			'Access token refused (401): Invalid access_token',
			/Token Kind/,
		],
		[
			403,
			{ error: 'You are not authorized to do this action' },
			'Permission denied (403): You are not authorized to do this action',
			/Administrator rights/,
		],
		[
			404,
			{ error: 'Resource could not be found' },
			'Not found (404): Resource could not be found',
			/User ID 42/,
		],
		[
			422,
			{ message: 'Email has already been taken', attributes: ['email'] },
			'Invalid input (422): Email has already been taken',
			/field email/,
		],
		[
			422,
			{ errors: ['Name is too long', 'Email is invalid'] },
			'Invalid input (422): Name is too long; Email is invalid',
			/names the field/,
		],
		[500, '<html>oops</html>', 'Chatwoot server error (500)', /Try again later/],
		[503, { error: 'maintenance' }, 'Chatwoot server error (503): maintenance', /Try again later/],
	])('%s %j', async (status, body, message, description) => {
		server.reply('GET', '/platform/api/v1/users/42', { status, body });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: getUser() });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toMatch(description);
		expect(result.error?.httpCode).toBe(String(status));
		expect(JSON.stringify(result.run)).not.toContain(TOKEN);
	});

	test('429 tells the user to wait, with the server’s Retry-After', async () => {
		server.reply('GET', '/platform/api/v1/users/42', {
			status: 429,
			body: { error: 'Too many requests' },
			headers: { 'retry-after': '30' },
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...getUser(), requestOptions: { retry: false } },
		});
		expect(result.error?.message).toBe('Too many requests (429): Too many requests');
		expect(result.error?.description).toContain('retry after 30 s');
		expect(result.error?.description).toContain('Retry On Fail');
	});

	test('an unreachable server says Chatwoot could not be reached and what to check, without the token', async () => {
		const closed = new Recorder();
		await closed.start();
		const baseUrl = closed.baseUrl;
		await closed.stop();
		const result = await runNode({ baseUrl, parameters: getUser() });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe('Could not reach Chatwoot');
		expect(result.error?.description).toContain('ECONNREFUSED');
		expect(result.error?.description).toContain('Check the Base URL');
		expect(JSON.stringify(result.run)).not.toContain(TOKEN);
	});
});

describe('Continue On Fail', () => {
	test('a failing item becomes an error item and the others go on', async () => {
		server.on((request) =>
			request.path.endsWith('/2')
				? { status: 404, body: { error: 'Resource could not be found' } }
				: { body: { id: Number(request.path.split('/').pop()) } },
		);
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			items: [{ json: { id: 1 } }, { json: { id: 2 } }, { json: { id: 3 } }],
			parameters: { resource: 'platformUser', operation: 'get', userId: '={{ $json.id }}' },
		});
		expect(result.status).toBe('success');
		expect(server.requests.map((request) => request.path)).toEqual([
			'/platform/api/v1/users/1',
			'/platform/api/v1/users/2',
			'/platform/api/v1/users/3',
		]);
		expect(result.output[0]).toEqual({ id: 1 });
		expect(result.output[1].error).toBe('Not found (404): Resource could not be found');
		expect(result.output[2]).toEqual({ id: 3 });
		expect(JSON.stringify(result.run)).not.toContain(TOKEN);
	});

	test('invalid input in one item does not stop the others', async () => {
		server.on((request) => ({ body: { id: Number(request.path.split('/').pop()) } }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			items: [
				{ json: { attrs: '{"a":1}' } },
				{ json: { attrs: '{broken' } },
				{ json: { attrs: '{"b":2}' } },
			],
			parameters: {
				resource: 'platformUser',
				operation: 'update',
				userId: 42,
				updateFields: { customAttributes: '={{ $json.attrs }}' },
			},
		});
		expect(server.requests.map((request) => request.body)).toEqual([
			{ custom_attributes: { a: 1 } },
			{ custom_attributes: { b: 2 } },
		]);
		expect(result.output[1].error).toBe('Custom Attributes is not valid JSON (item 1)');
		expect(result.output).toHaveLength(3);
	});
});

describe('parameter names in messages', () => {
	test.each([
		['userId', 'User ID'],
		['labelIds', 'Label IDs'],
		['uiSettings', 'UI Settings'],
		['platformAccountId', 'Platform Account ID'],
		['customAttributes', 'Custom Attributes'],
	])('%s reads as %s', (name, label) => {
		expect(parameterLabel(name)).toBe(label);
	});
});
