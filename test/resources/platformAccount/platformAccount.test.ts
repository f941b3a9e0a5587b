import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { spec } from '../../harness/openapi';
import { field, operationDescription } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());

const account = {
	id: 7,
	name: 'Acme',
	locale: 'en',
	status: 'active',
	features: {},
	limits: {},
	custom_attributes: {},
};

const cases: RequestCase[] = [
	{
		name: 'create sends the name and only the additional fields set',
		parameters: {
			resource: 'platformAccount',
			operation: 'create',
			name: 'Acme',
			additionalFields: {
				locale: 'en',
				supportEmail: 'help@acme.test',
				features: '{"help_center": true}',
				limits: '{"agents": 5}',
			},
		},
		expect: {
			method: 'POST',
			path: '/platform/api/v1/accounts',
			body: {
				name: 'Acme',
				locale: 'en',
				support_email: 'help@acme.test',
				features: { help_center: true },
				limits: { agents: 5 },
			},
		},
		reply: { body: account },
		output: [account],
	},
	{
		name: 'get',
		parameters: { resource: 'platformAccount', operation: 'get', platformAccountId: 7 },
		expect: { method: 'GET', path: '/platform/api/v1/accounts/7' },
		reply: { body: account },
		output: [account],
	},
	{
		name: 'getAll returns one item per account, up to the limit',
		parameters: { resource: 'platformAccount', operation: 'getAll', returnAll: false, limit: 2 },
		expect: { method: 'GET', path: '/platform/api/v1/accounts' },
		reply: {
			body: [
				{ id: 1, name: 'A' },
				{ id: 2, name: 'B' },
				{ id: 3, name: 'C' },
			],
		},
		output: [
			{ id: 1, name: 'A' },
			{ id: 2, name: 'B' },
		],
	},
	{
		name: 'getAll with Return All returns every account',
		parameters: { resource: 'platformAccount', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/platform/api/v1/accounts' },
		reply: {
			body: [
				{ id: 1, name: 'A' },
				{ id: 2, name: 'B' },
				{ id: 3, name: 'C' },
			],
		},
		output: [
			{ id: 1, name: 'A' },
			{ id: 2, name: 'B' },
			{ id: 3, name: 'C' },
		],
	},
	{
		name: 'update sends only the fields set',
		parameters: {
			resource: 'platformAccount',
			operation: 'update',
			platformAccountId: 7,
			updateFields: { status: 'suspended' },
		},
		expect: { method: 'PATCH', path: '/platform/api/v1/accounts/7', body: { status: 'suspended' } },
		reply: { body: { ...account, status: 'suspended' } },
		output: [{ ...account, status: 'suspended' }],
	},
	{
		name: 'delete',
		parameters: { resource: 'platformAccount', operation: 'delete', platformAccountId: 7 },
		expect: { method: 'DELETE', path: '/platform/api/v1/accounts/7' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Platform Account', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('platformAccount', cases);

	test('update says Custom Attributes and Limits replace the stored objects whole, in the node and in openapi/ (docs/server-facts.md#platform-account-update-replaces)', () => {
		expect(operationDescription('platformAccount', 'update')).toMatch(
			/Custom Attributes and Limits replace the stored objects whole/,
		);
		expect(operationDescription('platformAccount', 'update')).not.toMatch(
			/^Change only the fields you set$/,
		);
		expect(
			field('platformAccount', 'update', 'customAttributes', 'updateFields')?.description,
		).toMatch(/Replaces the stored custom attributes whole/);
		expect(field('platformAccount', 'update', 'limits', 'updateFields')?.description).toMatch(
			/Replaces the stored limits whole/,
		);
		expect(
			field('platformAccount', 'create', 'limits', 'additionalFields')?.description,
		).not.toMatch(/Replaces/);
		const patch = (
			spec.paths['/platform/api/v1/accounts/{account_id}'] as Record<
				string,
				{ description?: string }
			>
		).patch;
		expect(patch.description).toMatch(/replace the stored objects\s+whole/);
	});
});
