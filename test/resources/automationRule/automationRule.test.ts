import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const conditions = [
	{
		attribute_key: 'content',
		filter_operator: 'contains',
		values: ['refund'],
		query_operator: null,
	},
];
const actions = [{ action_name: 'add_label', action_params: ['billing'] }];
const refunds = {
	id: 9,
	account_id: 1,
	name: 'Label refund requests',
	description: 'Tag refunds',
	event_name: 'message_created',
	conditions,
	actions,
	created_on: 1749038400,
	active: true,
};
const spanish = {
	...refunds,
	id: 10,
	name: 'Route Spanish speakers',
	description: '',
	event_name: 'conversation_created',
	active: false,
};
const rule = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll unwraps payload into one item per rule, up to the limit',
		parameters: { resource: 'automationRule', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/automation_rules' },
		reply: { body: { payload: [refunds, spanish] } },
		output: [refunds],
	},
	{
		name: 'getAll with Return All',
		parameters: { resource: 'automationRule', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/automation_rules' },
		reply: { body: { payload: [refunds, spanish] } },
		output: [refunds, spanish],
	},
	{
		name: 'create sends the rule at the top level, conditions and actions as lists; the bare answer is the rule',
		parameters: {
			resource: 'automationRule',
			operation: 'create',
			name: 'Label refund requests',
			eventName: 'message_created',
			conditions: JSON.stringify(conditions),
			actions: JSON.stringify(actions),
			additionalFields: { description: 'Tag refunds', active: true },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/automation_rules',
			body: {
				name: 'Label refund requests',
				event_name: 'message_created',
				conditions,
				actions,
				description: 'Tag refunds',
				active: true,
			},
		},
		reply: { body: refunds },
		output: [refunds],
	},
	{
		name: 'get unwraps payload',
		parameters: {
			resource: 'automationRule',
			operation: 'get',
			automationRuleId: rule('9', 'list'),
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/automation_rules/9' },
		reply: { body: { payload: refunds } },
		output: [refunds],
	},
	{
		name: 'update sends only the fields set, in the account set on the node',
		parameters: {
			resource: 'automationRule',
			operation: 'update',
			accountId: '3',
			automationRuleId: rule(9),
			updateFields: { active: false, actions: [{ action_name: 'mute_conversation' }] },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/3/automation_rules/9',
			body: { active: false, actions: [{ action_name: 'mute_conversation' }] },
		},
		reply: { body: { payload: { ...refunds, active: false } } },
		output: [{ ...refunds, active: false }],
	},
	{
		name: 'delete',
		parameters: { resource: 'automationRule', operation: 'delete', automationRuleId: rule(10) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/automation_rules/10' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Automation Rule', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('automationRule', cases);
});

describe('automation rules against the server', () => {
	test('the list is not paginated, so no page is sent, with Return All or without, and one request brings every rule (docs/server-facts.md#automation-rules-unpaginated)', async () => {
		const many = Array.from({ length: 30 }, (_, index) => ({ ...refunds, id: index + 1 }));
		server.on(() => ({ body: { payload: many } }));
		const all = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'automationRule', operation: 'getAll', returnAll: true },
		});
		const some = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'automationRule', operation: 'getAll', returnAll: false, limit: 25 },
		});
		expect(server.requests.map((request) => request.rawQuery)).toEqual(['', '']);
		expect(all.output).toHaveLength(30);
		expect(some.output).toHaveLength(25);
	});

	test('create answers with the bare rule and show/update wrap it in payload: both shapes give the rule', async () => {
		server.on(() => ({ body: { payload: refunds } }));
		const wrapped = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'automationRule',
				operation: 'create',
				name: 'x',
				eventName: 'message_created',
				conditions: '[]',
				actions: '[]',
			},
		});
		expect(wrapped.output).toEqual([refunds]);
	});

	test('conditions that are not a list of objects are refused with the field name, before any request', async () => {
		const base = {
			resource: 'automationRule',
			operation: 'create',
			name: 'x',
			eventName: 'message_created',
			actions: '[]',
		};
		const notList = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { ...base, conditions: '{"attribute_key": "status"}' },
		});
		const notObjects = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { ...base, conditions: '["status"]' },
		});
		const notJson = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { ...base, conditions: '[{attribute_key: status}]' },
		});
		expect(server.requests).toHaveLength(0);
		expect(notList.output[0].error).toBe('Conditions must be a JSON list (item 0)');
		expect(notObjects.output[0].error).toBe('Conditions must be a list of JSON objects (item 0)');
		expect(notJson.output[0].error).toBe('Conditions is not valid JSON (item 0)');
	});
});

describe('the automation rule picker', () => {
	test('lists the rules of the node’s account, filtered by the search text', async () => {
		server.reply('GET', '/api/v1/accounts/4/automation_rules', {
			body: { payload: [refunds, spanish] },
		});
		const result = await searchList({
			method: 'searchAutomationRules',
			baseUrl: server.baseUrl,
			parameters: { resource: 'automationRule', accountId: '4' },
			filter: 'spanish',
		});
		expect(result).toEqual({
			results: [
				{
					name: 'Route Spanish speakers',
					value: '10',
					description: 'conversation_created, inactive',
				},
			],
		});
	});
});
