import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { spec } from '../../harness/openapi';
import { description } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const dana = { id: 7, name: 'Dana Reyes', email: 'dana@example.com', role: 'administrator' };
const actions = [
	{ action_name: 'add_label', action_params: ['refunded'] },
	{ action_name: 'send_message', action_params: ['Your refund is on its way.'] },
	{ action_name: 'resolve_conversation' },
];
const refund = {
	id: 5,
	name: 'Close as refunded',
	visibility: 'global',
	created_by: dana,
	updated_by: dana,
	account_id: 1,
	actions,
};
const billing = {
	...refund,
	id: 6,
	name: 'Hand over to billing',
	visibility: 'personal',
	actions: [{ action_name: 'assign_team', action_params: [2] }],
};
const macro = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll unwraps payload into one item per macro, up to the limit',
		parameters: { resource: 'macro', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/macros' },
		reply: { body: { payload: [refund, billing] } },
		output: [refund],
	},
	{
		name: 'getAll with Return All',
		parameters: { resource: 'macro', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/macros' },
		reply: { body: { payload: [refund, billing] } },
		output: [refund, billing],
	},
	{
		name: 'create sends name, visibility and the actions list at the top level, and unwraps payload',
		parameters: {
			resource: 'macro',
			operation: 'create',
			name: 'Close as refunded',
			visibility: 'global',
			actions: JSON.stringify(actions),
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/macros',
			body: { name: 'Close as refunded', visibility: 'global', actions },
		},
		reply: { body: { payload: refund } },
		output: [refund],
	},
	{
		name: 'get unwraps payload',
		parameters: { resource: 'macro', operation: 'get', macroId: macro('5', 'list') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/macros/5' },
		reply: { body: { payload: refund } },
		output: [refund],
	},
	{
		name: 'update with a visibility chosen sends it with only the fields set, in the account set on the node',
		parameters: {
			resource: 'macro',
			operation: 'update',
			accountId: '3',
			macroId: macro(5),
			visibility: 'personal',
			updateFields: { name: 'Close as refunded and thank' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/3/macros/5',
			body: { visibility: 'personal', name: 'Close as refunded and thank' },
		},
		reply: {
			body: { payload: { ...refund, name: 'Close as refunded and thank', visibility: 'personal' } },
		},
		output: [{ ...refund, name: 'Close as refunded and thank', visibility: 'personal' }],
	},
	{
		name: 'delete',
		parameters: { resource: 'macro', operation: 'delete', macroId: macro(6) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/macros/6' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'execute sends the conversation numbers as conversation_ids, numbers in a list; the empty answer is a success',
		parameters: {
			resource: 'macro',
			operation: 'execute',
			macroId: macro(5),
			conversationIds: '12, 15',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/macros/5/execute',
			body: { conversation_ids: [12, 15] },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Macro', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('macro', cases);
});

describe('macros against the server', () => {
	test('remove_assigned_agent, which the server accepts, is named in the Actions help and allowed by openapi/', () => {
		const actions = description.properties.find(
			(property) =>
				property.name === 'actions' &&
				(property.displayOptions?.show?.resource as string[] | undefined)?.includes('macro'),
		);
		expect(actions?.description).toMatch(/remove_assigned_agent/);
		expect(JSON.stringify(spec.components.schemas)).toMatch(/"remove_assigned_agent"/);
	});
	test('update keeps the current visibility by default: it reads the macro first and sends the visibility it has', async () => {
		server.reply('GET', '/api/v1/accounts/1/macros/5', { body: { payload: refund } });
		server.reply('PATCH', '/api/v1/accounts/1/macros/5', {
			body: { payload: { ...refund, actions: [actions[0]] } },
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'macro',
				operation: 'update',
				macroId: macro(5),
				updateFields: { actions: JSON.stringify([actions[0]]) },
			},
		});
		expect(result.error?.message).toBeUndefined();
		expect(server.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
			'GET /api/v1/accounts/1/macros/5',
			'PATCH /api/v1/accounts/1/macros/5',
		]);
		expect(server.requests[1].body).toEqual({ visibility: 'global', actions: [actions[0]] });
		expect(result.output).toEqual([{ ...refund, actions: [actions[0]] }]);
	});

	test('a macro the current user cannot read is not changed: the failed read stops the update', async () => {
		server.reply('GET', '/api/v1/accounts/1/macros/6', {
			status: 401,
			body: { error: 'You are not authorized to do this action' },
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: {
				resource: 'macro',
				operation: 'update',
				macroId: macro(6),
				updateFields: { name: 'x' },
			},
		});
		expect(server.requests.map((request) => request.method)).toEqual(['GET']);
		expect(String(result.output[0].error)).toContain('401');
	});

	test('execute refuses conversation numbers that are not whole numbers, or none, before any request', async () => {
		const base = { resource: 'macro', operation: 'execute', macroId: macro(5) };
		const wrong = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { ...base, conversationIds: '12, #15' },
		});
		const none = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { ...base, conversationIds: ' , ' },
		});
		expect(server.requests).toHaveLength(0);
		expect(wrong.output[0].error).toBe('Conversation IDs must be numeric IDs, got "#15" (item 0)');
		expect(none.output[0].error).toBe('Conversation IDs is required (item 0)');
	});

	test('execute takes a list mapped from an earlier node', async () => {
		server.on(() => ({ status: 200 }));
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { ids: [21, 22] } }],
			parameters: {
				resource: 'macro',
				operation: 'execute',
				macroId: macro(5),
				conversationIds: '={{ $json.ids }}',
			},
		});
		expect(server.requests[0].body).toEqual({ conversation_ids: [21, 22] });
	});

	test('actions that are not a list of objects are refused with the field name, as for automation rules', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: {
				resource: 'macro',
				operation: 'create',
				name: 'x',
				visibility: 'personal',
				actions: '{"action_name": "resolve_conversation"}',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Actions must be a JSON list (item 0)');
	});
});

describe('the macro picker', () => {
	test('lists the macros of the node’s account with their visibility, filtered by the search text', async () => {
		server.reply('GET', '/api/v1/accounts/4/macros', { body: { payload: [refund, billing] } });
		const result = await searchList({
			method: 'searchMacros',
			baseUrl: server.baseUrl,
			parameters: { resource: 'macro', accountId: '4' },
			filter: 'billing',
		});
		expect(result).toEqual({
			results: [{ name: 'Hand over to billing', value: '6', description: 'personal' }],
		});
	});
});
