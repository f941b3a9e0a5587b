import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { searchList } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';
import { description } from '../../harness/operations';
import { specOperations } from '../../harness/openapi';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const plan = {
	id: 11,
	attribute_display_name: 'Plan',
	attribute_display_type: 'list',
	attribute_description: 'Subscription plan',
	attribute_key: 'plan',
	regex_pattern: null,
	attribute_values: ['free', 'pro', 'enterprise'],
	attribute_model: 'contact_attribute',
	default_value: null,
};
const order = {
	...plan,
	id: 12,
	attribute_display_name: 'Order number',
	attribute_display_type: 'text',
	attribute_key: 'order_number',
	attribute_values: [],
	attribute_model: 'conversation_attribute',
};
const customAttribute = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll without a filter lists the definitions of every model',
		parameters: { resource: 'customAttribute', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/custom_attribute_definitions' },
		reply: { body: [plan, order] },
		output: [plan, order],
	},
	{
		name: 'getAll of contact attributes, by the model name Chatwoot also accepts, up to the limit',
		parameters: {
			resource: 'customAttribute',
			operation: 'getAll',
			returnAll: false,
			limit: 1,
			filters: { attributeModel: 'contact_attribute' },
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/custom_attribute_definitions',
			query: { attribute_model: 'contact_attribute' },
		},
		reply: { body: [plan, { ...plan, id: 13 }] },
		output: [plan],
	},
	{
		name: 'create wraps the fields in custom_attribute_definition and sends the list values as a list',
		parameters: {
			resource: 'customAttribute',
			operation: 'create',
			attributeModel: 'contact_attribute',
			attributeDisplayName: 'Plan',
			attributeKey: 'plan',
			attributeDisplayType: 'list',
			additionalFields: {
				attributeValues: 'free, pro, enterprise',
				attributeDescription: 'Subscription plan',
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/custom_attribute_definitions',
			body: {
				custom_attribute_definition: {
					attribute_model: 'contact_attribute',
					attribute_display_name: 'Plan',
					attribute_key: 'plan',
					attribute_display_type: 'list',
					attribute_values: ['free', 'pro', 'enterprise'],
					attribute_description: 'Subscription plan',
				},
			},
		},
		reply: { body: plan },
		output: [plan],
	},
	{
		name: 'get',
		parameters: {
			resource: 'customAttribute',
			operation: 'get',
			customAttributeId: customAttribute('11', 'list'),
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/custom_attribute_definitions/11' },
		reply: { body: plan },
		output: [plan],
	},
	{
		name: 'update sends only the fields set',
		parameters: {
			resource: 'customAttribute',
			operation: 'update',
			customAttributeId: customAttribute(12),
			updateFields: { regexPattern: '^[A-Z]{2}[0-9]{4}$', regexCue: 'Two letters and four digits' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/custom_attribute_definitions/12',
			body: {
				custom_attribute_definition: {
					regex_pattern: '^[A-Z]{2}[0-9]{4}$',
					regex_cue: 'Two letters and four digits',
				},
			},
		},
		reply: { body: { ...order, regex_pattern: '^[A-Z]{2}[0-9]{4}$' } },
		output: [{ ...order, regex_pattern: '^[A-Z]{2}[0-9]{4}$' }],
	},
	{
		name: 'delete answers 204 with no body',
		parameters: {
			resource: 'customAttribute',
			operation: 'delete',
			customAttributeId: customAttribute(12),
		},
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/custom_attribute_definitions/12' },
		reply: { status: 204, body: undefined },
		output: [{ success: true }],
	},
];

describe('Custom Attribute', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('customAttribute', cases);
});

describe('the custom attribute picker', () => {
	test('lists the definitions of every model in one request, filtered by name or key', async () => {
		server.reply('GET', '/api/v1/accounts/2/custom_attribute_definitions', { body: [plan, order] });
		const all = await searchList({
			method: 'searchCustomAttributes',
			baseUrl: server.baseUrl,
			parameters: { resource: 'customAttribute', accountId: '2' },
		});
		expect(all.results).toEqual([
			{ name: 'Plan (contact)', value: '11', description: 'plan' },
			{ name: 'Order number (conversation)', value: '12', description: 'order_number' },
		]);
		expect(server.requests[0].query).toEqual({});
		const some = await searchList({
			method: 'searchCustomAttributes',
			baseUrl: server.baseUrl,
			parameters: { resource: 'customAttribute', accountId: '2' },
			filter: 'ORDER_',
		});
		expect(some.results.map((item) => item.value)).toEqual(['12']);
	});
});

const operationText = (resource: string, value: string) =>
	(
		(description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes(resource),
		)?.options ?? []) as Array<{
			value: string;
			description?: string;
		}>
	).find((option) => option.value === value)?.description ?? '';
const apiText = (operationId: string) =>
	String(
		(
			specOperations.find((entry) => entry.operationId === operationId)?.operation as
				{ description?: string } | undefined
		)?.description ?? '',
	);

test.each(['create', 'update', 'delete'])(
	'%s says administrators only, in the node and in openapi/',
	(operation) => {
		expect(operationText('customAttribute', operation)).toContain('administrators only');
		expect(apiText(`customAttribute.${operation}`)).toContain('Administrators only');
	},
);

test('update says a new key leaves the stored values under the old one', () => {
	expect(operationText('customAttribute', 'update')).toContain('does not move the values');
});
