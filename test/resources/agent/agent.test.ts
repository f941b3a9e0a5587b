import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { specOperations } from '../../harness/openapi';
import { description } from '../../harness/operations';
import { runNode, searchList } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const jane = {
	id: 7,
	account_id: 1,
	availability_status: 'online',
	auto_offline: true,
	email: 'jane@acme.test',
	name: 'Jane Doe',
	role: 'agent',
};
const omar = {
	id: 9,
	account_id: 1,
	availability_status: 'offline',
	auto_offline: true,
	email: 'omar@acme.test',
	name: 'Omar Haddad',
	role: 'administrator',
};
const rl = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll splits the bare array into one item per agent, up to the limit',
		parameters: { resource: 'agent', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/agents' },
		reply: { body: [jane, omar] },
		output: [jane],
	},
	{
		name: 'getAll with Return All',
		parameters: { resource: 'agent', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/agents' },
		reply: { body: [jane, omar] },
		output: [jane, omar],
	},
	{
		name: 'create sends name, email, role and the availability the server reads',
		parameters: {
			resource: 'agent',
			operation: 'create',
			name: 'Lena Fischer',
			email: 'lena@acme.test',
			role: 'agent',
			additionalFields: { availability: 'busy', autoOffline: false },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/agents',
			body: {
				name: 'Lena Fischer',
				email: 'lena@acme.test',
				role: 'agent',
				availability: 'busy',
				auto_offline: false,
			},
		},
		reply: {
			body: {
				...jane,
				id: 12,
				name: 'Lena Fischer',
				email: 'lena@acme.test',
				availability_status: 'busy',
			},
		},
		output: [
			{
				...jane,
				id: 12,
				name: 'Lena Fischer',
				email: 'lena@acme.test',
				availability_status: 'busy',
			},
		],
	},
	{
		name: 'update sends only the fields set; role is not required',
		parameters: {
			resource: 'agent',
			operation: 'update',
			agentId: rl('7', 'list'),
			updateFields: { availability: 'offline', name: 'Jane D.' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/agents/7',
			body: { availability: 'offline', name: 'Jane D.' },
		},
		reply: { body: { ...jane, name: 'Jane D.', availability_status: 'offline' } },
		output: [{ ...jane, name: 'Jane D.', availability_status: 'offline' }],
	},
	{
		name: 'createMany sends the addresses as `emails`, trimmed and once each; the empty answer becomes success',
		parameters: {
			resource: 'agent',
			operation: 'createMany',
			emails: ' lena@acme.test, omar@acme.test ,lena@acme.test',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/agents/bulk_create',
			body: { emails: ['lena@acme.test', 'omar@acme.test'] },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'delete',
		parameters: { resource: 'agent', operation: 'delete', agentId: rl(9) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/agents/9' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Agent', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('agent', cases);

	test('availability goes as `availability`, never as `availability_status`, which the server ignores on input', async () => {
		server.reply('PATCH', '/api/v1/accounts/1/agents/7', { body: jane });
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'agent',
				operation: 'update',
				agentId: rl(7),
				updateFields: { availability: 'busy' },
			},
		});
		expect(server.requests[0].body).toEqual({ availability: 'busy' });
	});

	test('update sends Custom Role ID as top-level custom_role_id, which Enterprise would otherwise reset (docs/server-facts.md#agent-custom-role-reset)', async () => {
		server.reply('PATCH', '/api/v1/accounts/1/agents/7', { body: { ...jane, custom_role_id: 3 } });
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'agent',
				operation: 'update',
				agentId: rl(7),
				updateFields: { role: 'agent', customRoleId: 3 },
			},
		});
		expect(server.requests[0].body).toEqual({ role: 'agent', custom_role_id: 3 });
	});

	test('create sends Custom Role ID as custom_role_id', async () => {
		server.reply('POST', '/api/v1/accounts/1/agents', { body: { ...jane, custom_role_id: 3 } });
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'agent',
				operation: 'create',
				name: 'Jane Doe',
				email: 'jane@acme.test',
				role: 'agent',
				additionalFields: { customRoleId: 3 },
			},
		});
		expect(server.requests[0].body).toEqual({
			name: 'Jane Doe',
			email: 'jane@acme.test',
			role: 'agent',
			custom_role_id: 3,
		});
	});

	test('the update states the Enterprise custom-role reset, in the node and in openapi (docs/server-facts.md#agent-custom-role-reset)', () => {
		const operation = description.properties.find(
			(property) =>
				property.name === 'operation' && property.displayOptions?.show?.resource?.includes('agent'),
		);
		const update = (operation?.options as INodePropertyOptions[]).find(
			(option) => option.value === 'update',
		);
		expect(update?.description).toMatch(
			/Enterprise.*removes the agent's custom role unless Custom Role ID is set/,
		);
		const field = (
			description.properties.find(
				(property) =>
					property.name === 'updateFields' &&
					property.displayOptions?.show?.resource?.includes('agent'),
			)?.options as INodeProperties[]
		).find((option) => option.name === 'customRoleId');
		expect(field?.description).toMatch(/leaving this out removes it/);
		const specUpdate = specOperations.find((entry) => entry.operationId === 'agent.update');
		expect((specUpdate?.operation as { description?: string } | undefined)?.description).toMatch(
			/update without it\s+removes the agent's custom role/,
		);
	});
});

describe('Agent create many (bulk_create)', () => {
	test('addresses mapped as a list from an earlier node are sent as they are', async () => {
		server.reply('POST', '/api/v1/accounts/1/agents/bulk_create', { status: 200, body: undefined });
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { invitees: ['lena@acme.test', 'omar@acme.test'] } }],
			parameters: { resource: 'agent', operation: 'createMany', emails: '={{ $json.invitees }}' },
		});
		expect(result.output).toEqual([{ success: true }]);
		expect(server.requests[0].body).toEqual({ emails: ['lena@acme.test', 'omar@acme.test'] });
	});

	test('an entry that is not an address is refused before any request, since Chatwoot would skip it silently', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { resource: 'agent', operation: 'createMany', emails: 'lena@acme.test, omar' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Emails must be email addresses, got "omar" (item 0)');
	});

	test('no address at all is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { resource: 'agent', operation: 'createMany', emails: ' , ' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Emails is required (item 0)');
	});

	test('running out of agent licences (402) fails with the server’s reason', async () => {
		server.reply('POST', '/api/v1/accounts/1/agents/bulk_create', {
			status: 402,
			body: { error: 'Account limit exceeded. Please purchase more licenses' },
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { resource: 'agent', operation: 'createMany', emails: 'lena@acme.test' },
		});
		expect(String(result.output[0].error)).toContain('Account limit exceeded');
	});
});

describe('the agent picker', () => {
	test('shows name and email, and finds agents by either', async () => {
		server.reply('GET', '/api/v1/accounts/4/agents', { body: [jane, omar] });
		const result = await searchList({
			method: 'searchAgents',
			baseUrl: server.baseUrl,
			parameters: { resource: 'agent', accountId: '4' },
			filter: 'omar@',
		});
		expect(result).toEqual({
			results: [{ name: 'Omar Haddad (omar@acme.test)', value: '9', description: 'administrator' }],
		});
	});

	test('uses the credential’s default account when the node has none', async () => {
		server.reply('GET', '/api/v1/accounts/1/agents', { body: [jane, omar] });
		const result = await searchList({
			method: 'searchAgents',
			baseUrl: server.baseUrl,
			parameters: { resource: 'agent' },
			filter: 'jane',
		});
		expect(result.results).toEqual([
			{ name: 'Jane Doe (jane@acme.test)', value: '7', description: 'agent' },
		]);
	});
});
