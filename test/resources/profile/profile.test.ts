import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { nodeOperations } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const dana = {
	id: 12,
	name: 'Dana Reyes',
	display_name: 'Dana',
	email: 'dana@acme.test',
	role: 'administrator',
	access_token: '6Qd3kFz1VbYp9mWn2Lr8Tx4A',
	ui_settings: { is_ct_labels_open: true },
	accounts: [{ id: 1, name: 'Acme Support', role: 'administrator' }],
};
const busyDana = {
	...dana,
	accounts: [
		{
			id: 1,
			name: 'Acme Support',
			role: 'administrator',
			availability: 'busy',
			auto_offline: true,
		},
	],
};

const cases: RequestCase[] = [
	{
		name: 'get has no account in its path, even with an Account ID on the node',
		parameters: { resource: 'profile', operation: 'get', accountId: '3' },
		expect: { method: 'GET', path: '/api/v1/profile' },
		reply: { body: dana },
		output: [dana],
	},
	{
		name: 'update sends the fields inside `profile`, JSON settings included',
		parameters: {
			resource: 'profile',
			operation: 'update',
			updateFields: {
				name: 'Dana Reyes',
				displayName: 'Dana R.',
				email: 'dana@acme.test',
				messageSignature: 'Dana from Acme',
				phoneNumber: '+4915112345678',
				dashboardSettings: '{"is_ct_labels_open": false}',
			},
		},
		expect: {
			method: 'PUT',
			path: '/api/v1/profile',
			body: {
				profile: {
					name: 'Dana Reyes',
					display_name: 'Dana R.',
					email: 'dana@acme.test',
					message_signature: 'Dana from Acme',
					phone_number: '+4915112345678',
					ui_settings: { is_ct_labels_open: false },
				},
			},
		},
		reply: { body: { ...dana, display_name: 'Dana R.' } },
		output: [{ ...dana, display_name: 'Dana R.' }],
	},
	{
		name: 'update changes the password together with the current one',
		parameters: {
			resource: 'profile',
			operation: 'update',
			updateFields: { password: 'N3w-Secret!', currentPassword: 'Old-Secret1!' },
		},
		expect: {
			method: 'PUT',
			path: '/api/v1/profile',
			body: { profile: { password: 'N3w-Secret!', current_password: 'Old-Secret1!' } },
		},
		reply: { body: dana },
		output: [dana],
	},
	{
		name: 'setAvailability sends the availability and the credential’s account inside `profile`',
		parameters: { resource: 'profile', operation: 'setAvailability', availability: 'busy' },
		expect: {
			method: 'POST',
			path: '/api/v1/profile/availability',
			body: { profile: { account_id: 1, availability: 'busy' } },
		},
		reply: { body: busyDana },
		output: [busyDana],
	},
	{
		name: 'setAvailability in the account set on the node',
		parameters: {
			resource: 'profile',
			operation: 'setAvailability',
			accountId: '3',
			availability: 'offline',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/profile/availability',
			body: { profile: { account_id: 3, availability: 'offline' } },
		},
		reply: { body: dana },
		output: [dana],
	},
	{
		name: 'setAvailability answered without a body gives success',
		parameters: { resource: 'profile', operation: 'setAvailability', availability: 'online' },
		expect: {
			method: 'POST',
			path: '/api/v1/profile/availability',
			body: { profile: { account_id: 1, availability: 'online' } },
		},
		reply: { status: 204, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'setAutoOffline sends false explicitly, since a missing value also means false',
		parameters: {
			resource: 'profile',
			operation: 'setAutoOffline',
			accountId: '2',
			autoOffline: false,
		},
		expect: {
			method: 'POST',
			path: '/api/v1/profile/auto_offline',
			body: { profile: { account_id: 2, auto_offline: false } },
		},
		reply: { body: dana },
		output: [dana],
	},
	{
		name: 'setAutoOffline on, in the credential’s account',
		parameters: { resource: 'profile', operation: 'setAutoOffline', autoOffline: true },
		expect: {
			method: 'POST',
			path: '/api/v1/profile/auto_offline',
			body: { profile: { account_id: 1, auto_offline: true } },
		},
		reply: { body: dana },
		output: [dana],
	},
];

describe('Profile', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('profile', cases);

	test('a new password without the current one is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'profile',
				operation: 'update',
				updateFields: { password: 'N3w-Secret!' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Current Password is required to set a new password (item 0)',
		);
	});

	test('a password Chatwoot would reject is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'profile',
				operation: 'update',
				updateFields: { password: 'short', currentPassword: 'Old-Secret1!' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toContain("Password does not meet Chatwoot's policy");
	});

	test('availability without an account on the node or the credential is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			credentials: { accountId: '' },
			parameters: { resource: 'profile', operation: 'setAvailability', availability: 'busy' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Account ID is required (item 0)');
	});

	test('an Account ID that is not a number is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'profile',
				operation: 'setAutoOffline',
				accountId: 'acme',
				autoOffline: true,
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(
			'Account ID must be a positive whole number, got "acme" (item 0)',
		);
	});

	test('no operation resets the access token: it would cut off the credential in use', () => {
		const values = nodeOperations
			.filter((operation) => operation.resource === 'profile')
			.map((operation) => operation.operation);
		expect(values).toEqual(['get', 'setAutoOffline', 'setAvailability', 'update']);
		expect(
			nodeOperations.some((operation) =>
				operation.url.startsWith('/api/v1/profile/reset_access_token'),
			),
		).toBe(false);
	});

	test('Dashboard settings that are not JSON are refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'profile',
				operation: 'update',
				updateFields: { dashboardSettings: '{oops' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Dashboard Settings is not valid JSON (item 0)');
	});
});
