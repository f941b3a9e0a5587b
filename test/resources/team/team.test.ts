import type { INodeProperties } from 'n8n-workflow';

import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { description } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const billing = {
	id: 2,
	name: 'billing',
	description: 'Invoices and refunds',
	allow_auto_assign: true,
	account_id: 1,
	is_member: true,
};
const onboarding = {
	id: 5,
	name: 'onboarding',
	description: '',
	allow_auto_assign: false,
	account_id: 1,
	is_member: false,
};
const jane = { id: 7, name: 'Jane Doe', email: 'jane@acme.test', role: 'agent' };
const omar = { id: 9, name: 'Omar Haddad', email: 'omar@acme.test', role: 'administrator' };
const rl = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll splits the bare array into one item per team, up to the limit',
		parameters: { resource: 'team', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/teams' },
		reply: { body: [billing, onboarding] },
		output: [billing],
	},
	{
		name: 'getAll with Return All',
		parameters: { resource: 'team', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/teams' },
		reply: { body: [billing, onboarding] },
		output: [billing, onboarding],
	},
	{
		name: 'get with a team pasted as a dashboard link',
		parameters: {
			resource: 'team',
			operation: 'get',
			teamId: rl('https://chat.acme.test/app/accounts/1/settings/teams/2/edit', 'url'),
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/teams/2' },
		reply: { body: billing },
		output: [billing],
	},
	{
		name: 'create sends the name and only the fields set',
		parameters: {
			resource: 'team',
			operation: 'create',
			name: 'billing',
			additionalFields: { allowAutoAssign: false },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/teams',
			body: { name: 'billing', allow_auto_assign: false },
		},
		reply: { body: { ...billing, allow_auto_assign: false } },
		output: [{ ...billing, allow_auto_assign: false }],
	},
	{
		name: 'update in the account set on the node',
		parameters: {
			resource: 'team',
			operation: 'update',
			accountId: '3',
			teamId: rl(2),
			updateFields: { description: 'Invoices' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/3/teams/2',
			body: { description: 'Invoices' },
		},
		reply: { body: { ...billing, description: 'Invoices' } },
		output: [{ ...billing, description: 'Invoices' }],
	},
	{
		name: 'delete',
		parameters: { resource: 'team', operation: 'delete', teamId: rl(5) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/teams/5' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'getAgents splits the bare array',
		parameters: { resource: 'team', operation: 'getAgents', teamId: rl('2', 'list') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/teams/2/team_members' },
		reply: { body: [jane, omar] },
		output: [jane, omar],
	},
	{
		name: 'addAgents sends the agents in the body',
		parameters: { resource: 'team', operation: 'addAgents', teamId: rl(2), agentIds: '9' },
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/teams/2/team_members',
			body: { user_ids: [9] },
		},
		reply: { body: [omar] },
		output: [omar],
	},
	{
		name: 'setAgents replaces the agents',
		parameters: { resource: 'team', operation: 'setAgents', teamId: rl(2), agentIds: '7,9' },
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/teams/2/team_members',
			body: { user_ids: [7, 9] },
		},
		reply: { body: [jane, omar] },
		output: [jane, omar],
	},
	{
		name: 'removeAgents is a DELETE that carries a body',
		parameters: { resource: 'team', operation: 'removeAgents', teamId: rl(2), agentIds: '7' },
		expect: {
			method: 'DELETE',
			path: '/api/v1/accounts/1/teams/2/team_members',
			body: { user_ids: [7] },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Team', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('team', cases);
});

describe('Team members', () => {
	test('an empty Agent IDs mapped from an item is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			items: [{ json: { ids: [] } }],
			parameters: {
				resource: 'team',
				operation: 'addAgents',
				teamId: rl(2),
				agentIds: '={{ $json.ids }}',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Agent IDs is required (item 0)');
	});

	test('a team with no members gives no items', async () => {
		server.reply('GET', '/api/v1/accounts/1/teams/5/team_members', { body: [] });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'team', operation: 'getAgents', teamId: rl(5) },
		});
		expect(result.status).toBe('success');
		expect(result.output).toEqual([]);
	});
});

describe('the team picker', () => {
	test('lists the teams of the node’s account, filtered by the search text', async () => {
		server.reply('GET', '/api/v1/accounts/4/teams', { body: [billing, onboarding] });
		const result = await searchList({
			method: 'searchTeams',
			baseUrl: server.baseUrl,
			parameters: { resource: 'team', accountId: '4' },
			filter: 'BILL',
		});
		expect(result).toEqual({
			results: [{ name: 'billing', value: '2', description: 'Invoices and refunds' }],
		});
	});

	test('uses the credential’s default account when the node has none', async () => {
		server.reply('GET', '/api/v1/accounts/1/teams', { body: [billing, onboarding] });
		const result = await searchList({
			method: 'searchTeams',
			baseUrl: server.baseUrl,
			parameters: { resource: 'team' },
		});
		expect(result.results.map((entry) => entry.value)).toEqual(['2', '5']);
	});
});

describe('what the team fields say about the server', () => {
	const fields = (operation: string) =>
		description.properties.filter(
			(property) =>
				property.displayOptions?.show?.resource?.includes('team') &&
				property.displayOptions?.show?.operation?.includes(operation),
		);

	test('the Name of a new or renamed team says Chatwoot lower-cases it and wants it unique', () => {
		const createName = fields('create').find((property) => property.name === 'name');
		const updateName = (
			fields('update').find((property) => property.name === 'updateFields')
				?.options as INodeProperties[]
		).find((option) => option.name === 'name');
		for (const field of [createName, updateName])
			expect(field?.description).toMatch(/lower case, and it must be unique in the account/);
	});

	test.each([['addAgents'], ['setAgents'], ['removeAgents']])(
		'Agent IDs of %s says an unknown agent is answered 401 "Invalid User IDs"',
		(operation) => {
			expect(
				fields(operation).find((property) => property.name === 'agentIds')?.description,
			).toMatch(/401 "Invalid User IDs"/);
		},
	);
});
