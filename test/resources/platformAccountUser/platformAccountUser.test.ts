import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());

const members = [
	{ account_id: 7, user_id: 42, role: 'administrator' },
	{ account_id: 7, user_id: 43, role: 'agent' },
];

const cases: RequestCase[] = [
	{
		name: 'getAll',
		parameters: {
			resource: 'platformAccountUser',
			operation: 'getAll',
			platformAccountId: 7,
			returnAll: true,
		},
		expect: { method: 'GET', path: '/platform/api/v1/accounts/7/account_users' },
		reply: { body: members },
		output: members,
	},
	{
		name: 'add sends user_id and role',
		parameters: {
			resource: 'platformAccountUser',
			operation: 'add',
			platformAccountId: 7,
			userId: 43,
			role: 'agent',
		},
		expect: {
			method: 'POST',
			path: '/platform/api/v1/accounts/7/account_users',
			body: { user_id: 43, role: 'agent' },
		},
		reply: { body: members[1] },
		output: [members[1]],
	},
	{
		name: 'remove sends the user_id the server needs in the body',
		parameters: {
			resource: 'platformAccountUser',
			operation: 'remove',
			platformAccountId: 7,
			userId: 43,
		},
		expect: {
			method: 'DELETE',
			path: '/platform/api/v1/accounts/7/account_users',
			body: { user_id: 43 },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Platform Account User', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('platformAccountUser', cases);
});
