import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { searchList } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const premium = {
	id: 2,
	name: 'Premium support',
	description: 'Paying customers',
	first_response_time_threshold: 3600,
	next_response_time_threshold: 7200,
	resolution_time_threshold: 86400,
	only_during_business_hours: false,
};
const standard = {
	...premium,
	id: 3,
	name: 'Standard',
	description: null,
	next_response_time_threshold: null,
	resolution_time_threshold: null,
};
const policy = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

// docs/server-facts.md#sla-policy-wrapped
const cases: RequestCase[] = [
	{
		name: 'getAll unwraps payload into one item per policy, up to the limit',
		parameters: { resource: 'slaPolicy', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/sla_policies' },
		reply: { body: { payload: [premium, standard] } },
		output: [premium],
	},
	{
		name: 'create sends the name and only the fields set, wrapped in sla_policy',
		parameters: {
			resource: 'slaPolicy',
			operation: 'create',
			name: 'Premium support',
			additionalFields: { firstResponseTime: 3600, onlyDuringBusinessHours: true },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/sla_policies',
			body: {
				sla_policy: {
					name: 'Premium support',
					first_response_time_threshold: 3600,
					only_during_business_hours: true,
				},
			},
		},
		reply: { body: { payload: premium } },
		output: [premium],
	},
	{
		name: 'get with a policy picked from the list',
		parameters: { resource: 'slaPolicy', operation: 'get', slaPolicyId: policy('2', 'list') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/sla_policies/2' },
		reply: { body: { payload: premium } },
		output: [premium],
	},
	{
		name: 'update sends only the fields set, in the account set on the node',
		parameters: {
			resource: 'slaPolicy',
			operation: 'update',
			accountId: '3',
			slaPolicyId: policy(2),
			updateFields: { resolutionTime: 43200 },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/3/sla_policies/2',
			body: { sla_policy: { resolution_time_threshold: 43200 } },
		},
		reply: { body: { payload: { ...premium, resolution_time_threshold: 43200 } } },
		output: [{ ...premium, resolution_time_threshold: 43200 }],
	},
	{
		name: 'delete',
		parameters: { resource: 'slaPolicy', operation: 'delete', slaPolicyId: policy(3) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/sla_policies/3' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('SLA Policy', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('slaPolicy', cases);
});

describe('the SLA policy picker', () => {
	test('lists the policies of the node’s account, filtered by the search text', async () => {
		server.reply('GET', '/api/v1/accounts/4/sla_policies', {
			body: { payload: [premium, standard] },
		});
		const result = await searchList({
			method: 'searchSlaPolicies',
			baseUrl: server.baseUrl,
			parameters: { resource: 'slaPolicy', accountId: '4' },
			filter: 'stand',
		});
		expect(result).toEqual({ results: [{ name: 'Standard', value: '3', description: undefined }] });
	});
});
