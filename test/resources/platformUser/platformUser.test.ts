import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const user = {
	id: 42,
	name: 'Ada King',
	email: 'ada@acme.test',
	custom_attributes: { plan: 'pro' },
};

const cases: RequestCase[] = [
	{
		name: 'create sends name, email, password and only the additional fields set',
		parameters: {
			resource: 'platformUser',
			operation: 'create',
			name: 'Ada',
			email: 'ada@acme.test',
			password: 'Secret-123',
			additionalFields: { displayName: 'A.', customAttributes: '{"plan":"pro"}' },
		},
		expect: {
			method: 'POST',
			path: '/platform/api/v1/users',
			body: {
				name: 'Ada',
				email: 'ada@acme.test',
				password: 'Secret-123',
				display_name: 'A.',
				custom_attributes: { plan: 'pro' },
			},
		},
		reply: { body: user },
		output: [user],
	},
	{
		name: 'get',
		parameters: { resource: 'platformUser', operation: 'get', userId: 42 },
		expect: { method: 'GET', path: '/platform/api/v1/users/42' },
		reply: { body: user },
		output: [user],
	},
	{
		name: 'update with only Name set sends exactly {"name": …}',
		parameters: {
			resource: 'platformUser',
			operation: 'update',
			userId: 42,
			updateFields: { name: 'Ada King' },
		},
		expect: { method: 'PATCH', path: '/platform/api/v1/users/42', body: { name: 'Ada King' } },
		reply: { body: user },
		output: [user],
	},
	{
		name: 'update with every field',
		parameters: {
			resource: 'platformUser',
			operation: 'update',
			userId: 42,
			updateFields: {
				name: 'Ada King',
				displayName: 'Ada',
				email: 'ada@acme.test',
				password: 'N3w-Secret!',
				customAttributes: '{"plan":"pro","seats":3}',
			},
		},
		expect: {
			method: 'PATCH',
			path: '/platform/api/v1/users/42',
			body: {
				name: 'Ada King',
				display_name: 'Ada',
				email: 'ada@acme.test',
				password: 'N3w-Secret!',
				custom_attributes: { plan: 'pro', seats: 3 },
			},
		},
		reply: { body: user },
		output: [user],
	},
	{
		name: 'delete answers success for an empty body',
		parameters: { resource: 'platformUser', operation: 'delete', userId: 42 },
		expect: { method: 'DELETE', path: '/platform/api/v1/users/42' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'getSsoLoginUrl',
		parameters: { resource: 'platformUser', operation: 'getSsoLoginUrl', userId: 42 },
		expect: { method: 'GET', path: '/platform/api/v1/users/42/login' },
		reply: { body: { url: 'https://chat.acme.test/app/login?sso_auth_token=x' } },
		output: [{ url: 'https://chat.acme.test/app/login?sso_auth_token=x' }],
	},
	{
		name: 'getAccessToken returns the answer as rendered: the token, a null expiry and the user',
		parameters: { resource: 'platformUser', operation: 'getAccessToken', userId: 42 },
		expect: { method: 'POST', path: '/platform/api/v1/users/42/token' },
		reply: {
			body: {
				access_token: 'user-token',
				expiry: null,
				user: {
					id: 42,
					name: 'Ada',
					display_name: null,
					email: 'ada@acme.test',
					pubsub_token: 'pst',
				},
			},
		},
		output: [
			{
				access_token: 'user-token',
				expiry: null,
				user: {
					id: 42,
					name: 'Ada',
					display_name: null,
					email: 'ada@acme.test',
					pubsub_token: 'pst',
				},
			},
		],
	},
];

describe('Platform User', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('platformUser', cases);
});

describe('Update a user refuses bad input before any request', () => {
	const update = (updateFields: Record<string, string>) =>
		runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'platformUser', operation: 'update', userId: 42, updateFields },
		});

	test.each([
		['weak1', 'uppercase letter'],
		['WEAK-PASSWORD', 'lowercase letter'],
		['No-Digits!', 'number'],
		['NoSpecial1', 'special character'],
		['A-1b', 'only 4 characters (at least 6)'],
	])('password %s is refused, naming what is missing (%s)', async (password, missing) => {
		const result = await update({ password });
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toContain("Password does not meet Chatwoot's policy");
		expect(result.error?.message).toContain(missing);
		expect(result.error?.description).toContain(
			'at least one uppercase letter (A–Z), one lowercase letter (a–z), one number (0–9) and one special character',
		);
	});

	test('invalid JSON in Custom Attributes names the field and the item', async () => {
		const result = await update({ customAttributes: '{"plan": pro}' });
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Custom Attributes is not valid JSON (item 0)');
		expect(result.error?.description).toMatch(/JSON object/);
	});

	test.each([
		['[1,2]', 'a list'],
		['"text"', 'a string'],
		['42', 'a number'],
	])('Custom Attributes %s is refused as not an object', async (customAttributes, kind) => {
		const result = await update({ customAttributes });
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Custom Attributes must be a JSON object (item 0)');
		expect(result.error?.description).toContain(kind);
	});

	test('a missing user ID is refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'platformUser',
				operation: 'update',
				userId: 0,
				updateFields: { name: 'x' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('User ID is required (item 0)');
	});
});
