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

const support = {
	id: 4,
	name: 'Support round robin',
	description: 'Front-line inboxes',
	assignment_order: 'round_robin',
	conversation_priority: 'earliest_created',
	fair_distribution_limit: 100,
	fair_distribution_window: 3600,
	enabled: true,
	assigned_inbox_count: 2,
	created_at: 1764900000,
	updated_at: 1764900000,
};
const night = {
	...support,
	id: 5,
	name: 'Night shift',
	description: null,
	conversation_priority: 'longest_waiting',
	enabled: false,
	assigned_inbox_count: 0,
};
const website = { id: 3, name: 'Website', channel_type: 'Channel::WebWidget' };
const email = { id: 7, name: 'Support email', channel_type: 'Channel::Email' };
const picked = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

// docs/server-facts.md#assignment-policy-bare
const cases: RequestCase[] = [
	{
		name: 'getAll splits the bare array into one item per policy, up to the limit',
		parameters: { resource: 'assignmentPolicy', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/assignment_policies' },
		reply: { body: [support, night] },
		output: [support],
	},
	{
		name: 'create sends the name and only the fields set, wrapped in assignment_policy',
		parameters: {
			resource: 'assignmentPolicy',
			operation: 'create',
			name: 'Support round robin',
			additionalFields: {
				conversationPriority: 'longest_waiting',
				fairDistributionLimit: 20,
				enabled: false,
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/assignment_policies',
			body: {
				assignment_policy: {
					name: 'Support round robin',
					conversation_priority: 'longest_waiting',
					fair_distribution_limit: 20,
					enabled: false,
				},
			},
		},
		reply: { body: support },
		output: [support],
	},
	{
		name: 'get with a policy picked from the list',
		parameters: {
			resource: 'assignmentPolicy',
			operation: 'get',
			assignmentPolicyId: picked('4', 'list'),
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/assignment_policies/4' },
		reply: { body: support },
		output: [support],
	},
	{
		name: 'update sends only the fields set, in the account set on the node',
		parameters: {
			resource: 'assignmentPolicy',
			operation: 'update',
			accountId: '3',
			assignmentPolicyId: picked(4),
			updateFields: { assignmentOrder: 'balanced', fairDistributionWindow: 1800 },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/3/assignment_policies/4',
			body: { assignment_policy: { assignment_order: 'balanced', fair_distribution_window: 1800 } },
		},
		reply: { body: { ...support, assignment_order: 'balanced', fair_distribution_window: 1800 } },
		output: [{ ...support, assignment_order: 'balanced', fair_distribution_window: 1800 }],
	},
	{
		name: 'delete',
		parameters: {
			resource: 'assignmentPolicy',
			operation: 'delete',
			assignmentPolicyId: picked(5),
		},
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/assignment_policies/5' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'getInboxes gives one item per inbox from under inboxes, all of them',
		parameters: {
			resource: 'assignmentPolicy',
			operation: 'getInboxes',
			assignmentPolicyId: picked(4),
			returnAll: true,
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/assignment_policies/4/inboxes' },
		reply: { body: { inboxes: [website, email] } },
		output: [website, email],
	},
	{
		name: 'getInboxes keeps the first inboxes up to the limit',
		parameters: {
			resource: 'assignmentPolicy',
			operation: 'getInboxes',
			assignmentPolicyId: picked(4),
			returnAll: false,
			limit: 1,
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/assignment_policies/4/inboxes' },
		reply: { body: { inboxes: [website, email] } },
		output: [website],
	},
	{
		name: 'applyToInbox posts the picked policy ID as a number to the inbox picked by link',
		parameters: {
			resource: 'assignmentPolicy',
			operation: 'applyToInbox',
			assignmentPolicyId: picked('4', 'list'),
			inboxId: picked('https://chat.example.com/app/accounts/1/settings/inboxes/7', 'url'),
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/inboxes/7/assignment_policy',
			body: { assignment_policy_id: 4 },
		},
		reply: { body: { ...support, assigned_inbox_count: 3 } },
		output: [{ ...support, assigned_inbox_count: 3 }],
	},
	{
		name: 'getForInbox',
		parameters: { resource: 'assignmentPolicy', operation: 'getForInbox', inboxId: picked(3) },
		expect: { method: 'GET', path: '/api/v1/accounts/1/inboxes/3/assignment_policy' },
		reply: { body: support },
		output: [support],
	},
	{
		name: 'removeFromInbox needs only the inbox',
		parameters: { resource: 'assignmentPolicy', operation: 'removeFromInbox', inboxId: picked(3) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/inboxes/3/assignment_policy' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Assignment Policy', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('assignmentPolicy', cases);
});

describe('the assignment policy picker', () => {
	test('lists the policies of the node’s account, filtered by the search text', async () => {
		server.reply('GET', '/api/v1/accounts/4/assignment_policies', { body: [support, night] });
		const result = await searchList({
			method: 'searchAssignmentPolicies',
			baseUrl: server.baseUrl,
			parameters: { resource: 'assignmentPolicy', accountId: '4' },
			filter: 'night',
		});
		expect(result).toEqual({
			results: [{ name: 'Night shift', value: '5', description: undefined }],
		});
	});
});
