import { describeRequests, expectEveryOperationCovered, type RequestCase } from '../harness/cases';
import { runNode } from '../harness/engine';
import { Recorder } from '../harness/recorder';

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
];

describe('Profile', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('profile', cases);

	test('a new password without the current one is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'profile', operation: 'update', updateFields: { password: 'N3w-Secret!' } },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Current Password is required to set a new password (item 0)');
	});

	test('a password Chatwoot would reject is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'profile', operation: 'update', updateFields: { password: 'short', currentPassword: 'Old-Secret1!' } },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toContain("Password does not meet Chatwoot's policy");
	});

	test('Dashboard settings that are not JSON are refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'profile', operation: 'update', updateFields: { dashboardSettings: '{oops' } },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Dashboard Settings is not valid JSON (item 0)');
	});
});
