import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';
import { description } from '../../harness/operations';
import { specOperations } from '../../harness/openapi';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const billing = {
	id: 5,
	title: 'billing',
	description: 'Payment questions',
	color: '#1f93ff',
	show_on_sidebar: true,
};
const vip = { id: 6, title: 'vip', description: '', color: '#ff6b6b', show_on_sidebar: false };
const label = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll unwraps payload into one item per label, up to the limit',
		parameters: { resource: 'label', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/labels' },
		reply: { body: { payload: [billing, vip] } },
		output: [billing],
	},
	{
		name: 'getAll with Return All',
		parameters: { resource: 'label', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/labels' },
		reply: { body: { payload: [billing, vip] } },
		output: [billing, vip],
	},
	{
		name: 'create sends the title and only the fields set',
		parameters: {
			resource: 'label',
			operation: 'create',
			title: 'billing',
			additionalFields: { color: '#1f93ff' },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/labels',
			body: { title: 'billing', color: '#1f93ff' },
		},
		reply: { body: billing },
		output: [billing],
	},
	{
		name: 'get with a label picked from the list',
		parameters: { resource: 'label', operation: 'get', labelId: label('5', 'list') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/labels/5' },
		reply: { body: billing },
		output: [billing],
	},
	{
		name: 'update in the account set on the node',
		parameters: {
			resource: 'label',
			operation: 'update',
			accountId: '3',
			labelId: label(5),
			updateFields: { description: 'Invoices' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/3/labels/5',
			body: { description: 'Invoices' },
		},
		reply: { body: { ...billing, description: 'Invoices' } },
		output: [{ ...billing, description: 'Invoices' }],
	},
	{
		name: 'delete',
		parameters: { resource: 'label', operation: 'delete', labelId: label(6) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/labels/6' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Label', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('label', cases);
});

describe('Account ID', () => {
	test('an expression per item sends each item to its own account', async () => {
		server.on(() => ({ body: { payload: [] } }));
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { account: 2 } }, { json: { account: 9 } }],
			parameters: {
				resource: 'label',
				operation: 'getAll',
				returnAll: true,
				accountId: '={{ $json.account }}',
			},
		});
		expect(server.requests.map((request) => request.path)).toEqual([
			'/api/v1/accounts/2/labels',
			'/api/v1/accounts/9/labels',
		]);
	});

	test('without one on the node or the credential, nothing is sent and the error says where to set it', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			credentials: { accountId: '' },
			parameters: { resource: 'label', operation: 'getAll', returnAll: true },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toContain(
			'set Account ID on the node, or a Default Account ID in the Chatwoot credential',
		);
	});

	test('an empty label is refused by n8n before the node runs', async () => {
		await expect(
			runNode({
				baseUrl: server.baseUrl,
				parameters: { resource: 'label', operation: 'get', labelId: label('') },
			}),
		).rejects.toThrow('Parameter "Label" is required');
		expect(server.requests).toHaveLength(0);
	});

	test('a label ID mapped from an item that has none is refused with the item number', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { id: 5 } }, { json: {} }],
			continueOnFail: true,
			parameters: { resource: 'label', operation: 'get', labelId: label('={{ $json.id }}') },
		});
		expect(server.requests.map((request) => request.path)).toEqual(['/api/v1/accounts/1/labels/5']);
		expect(result.output[1].error).toBe('Label ID is required (item 1)');
	});
});

describe('the label picker', () => {
	test('lists the labels of the node’s account, filtered by the search text', async () => {
		server.reply('GET', '/api/v1/accounts/4/labels', { body: { payload: [billing, vip] } });
		const result = await searchList({
			method: 'searchLabels',
			baseUrl: server.baseUrl,
			parameters: { resource: 'label', accountId: '4' },
			filter: 'VI',
		});
		expect(result).toEqual({ results: [{ name: 'vip', value: '6', description: '' }] });
		expect(server.requests[0].headers['api-access-token']).toBeDefined();
	});

	test('uses the credential’s default account when the node has none', async () => {
		server.reply('GET', '/api/v1/accounts/1/labels', { body: { payload: [billing] } });
		const result = await searchList({
			method: 'searchLabels',
			baseUrl: server.baseUrl,
			parameters: { resource: 'label' },
		});
		expect(result.results.map((item) => item.value)).toEqual(['5']);
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

test.each(['create', 'get', 'update', 'delete'])(
	'%s says administrators only, in the node and in openapi/',
	(operation) => {
		expect(operationText('label', operation)).toContain('administrators only');
		expect(apiText(`label.${operation}`)).toContain('Administrators only');
	},
);

test.each(['update', 'delete'])(
	'%s says conversations and contacts follow in the background',
	(operation) => {
		expect(operationText('label', operation)).toContain('in the background');
	},
);
