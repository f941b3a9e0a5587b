import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IDataObject,
	IExecuteData,
	IHttpRequestOptions,
	INode,
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypes,
	IRun,
	IRunExecutionData,
	IWorkflowExecuteAdditionalData,
} from 'n8n-workflow';
import {
	createEmptyRunExecutionData,
	ICredentialsHelper,
	LoggerProxy,
	NodeHelpers,
	Workflow,
} from 'n8n-workflow';
import {
	DirectoryLoader,
	ExecuteContext,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	RoutingNode,
	WorkflowExecute,
} from 'n8n-core';

import { ChatwootApi } from '../../credentials/ChatwootApi.credentials';
import { Chatwoot } from '../../nodes/Chatwoot/Chatwoot.node';

export const NODE_TYPE = '@n8n-nodes-chatwoot/n8n-nodes-chatwoot.chatwoot';
export const TOKEN = 'test-token-7f3a9c1e5b2d';

const quiet = () => {};
LoggerProxy.init({ error: quiet, warn: quiet, info: quiet, debug: quiet } as never);

const credentialType: ICredentialType = new ChatwootApi();
const nodeType: INodeType = new Chatwoot();
// what n8n does when it loads a declarative node: its Request Options (timeout, batching, proxy) join the node's own
DirectoryLoader.applyDeclarativeNodeOptionParameters(nodeType);

const nodeTypes: INodeTypes = {
	getByName: () => nodeType,
	getByNameAndVersion: () => nodeType,
	getKnownTypes: () => ({}),
};

/** Supplies the test credential and applies the real credential class's `authenticate`. */
class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: ICredentialDataDecryptedObject) {
		super();
	}

	getParentTypes() {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		_type: string,
		request: IHttpRequestOptions,
	) {
		if (typeof credentialType.authenticate !== 'function')
			throw new Error('expected a function authenticate');
		return await credentialType.authenticate(credentials, request);
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<never> {
		throw new Error('not used');
	}

	async getDecrypted() {
		return this.data;
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData() {}

	isCredentialUsableByNode() {
		return true;
	}

	getOAuth2Options() {
		return undefined;
	}

	getCredentialsProperties() {
		return credentialType.properties;
	}
}

export interface RunOptions {
	parameters: INodeParameters;
	/** Overrides of the credential's fields. */
	credentials?: IDataObject;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	baseUrl: string;
}

export interface RunResult {
	status: IRun['status'];
	/** Output items of the Chatwoot node (json only). */
	output: IDataObject[];
	/** Output items including per-item errors (Continue On Fail). */
	items: INodeExecutionData[];
	error?: Error & { description?: string; httpCode?: string; context?: IDataObject };
	run: IRun;
}

function testCredentials(baseUrl: string, overrides?: IDataObject): ICredentialDataDecryptedObject {
	return { baseUrl, tokenType: 'user', accessToken: TOKEN, accountId: 1, ...overrides };
}

function chatwootNode(parameters: INodeParameters, extra: Partial<INode> = {}): INode {
	return {
		id: 'chatwoot-node',
		name: 'Chatwoot',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { chatwootAccessTokenApi: { id: '1', name: 'Chatwoot' } },
		...extra,
	};
}

/** Runs the Chatwoot node once, through n8n's own workflow engine and declarative routing. */
export async function runNode(options: RunOptions): Promise<RunResult> {
	// the test credential holds the token kind the operation needs unless the test says otherwise
	const kind = String(options.parameters.resource ?? '').startsWith('platform')
		? { tokenType: 'platformApp' }
		: {};
	const credentials = testCredentials(options.baseUrl, { ...kind, ...options.credentials });
	const parameters =
		NodeHelpers.getNodeParameters(
			nodeType.description.properties,
			options.parameters,
			true,
			false,
			null,
			nodeType.description,
		) ?? {};
	const node = chatwootNode(parameters, {
		continueOnFail: options.continueOnFail,
		onError: options.continueOnFail ? 'continueRegularOutput' : undefined,
	});
	const workflow = new Workflow({
		id: 'test',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
	});

	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', {
		id: 'test',
		nodes: [node],
		connections: {},
	} as never);
	const finished = new Promise<IRun>((resolve) =>
		hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)),
	);
	const additionalData = {
		hooks,
		credentialsHelper: new TestCredentialsHelper(credentials),
		executionId: 'test-execution',
		currentNodeParameters: undefined,
		restApiUrl: 'http://127.0.0.1/rest',
		webhookBaseUrl: 'http://127.0.0.1/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1/form-waiting',
		variables: {},
		setExecutionStatus: () => {},
		sendDataToUI: () => {},
		logAiEvent: () => {},
	} as unknown as IWorkflowExecuteAdditionalData;

	const executeData: IExecuteData = {
		node,
		data: { main: [options.items ?? [{ json: {} }]] },
		source: null,
	};
	const runExecutionData: IRunExecutionData = {
		startData: {},
		resultData: { runData: {} },
		executionData: {
			contextData: {},
			nodeExecutionStack: [executeData],
			metadata: {},
			waitingExecution: {},
			waitingExecutionSource: {},
		},
	} as IRunExecutionData;

	const execute = new WorkflowExecute(additionalData, 'manual', runExecutionData);
	await execute.processRunExecutionData(workflow);
	const run = await finished;
	const taskData = run.data.resultData.runData.Chatwoot?.[0];
	const items = (taskData?.data?.main?.[0] ?? []) as INodeExecutionData[];
	return {
		status: run.status,
		items,
		output: items.map((item) => item.json),
		error: (run.data.resultData.error ?? taskData?.error) as RunResult['error'],
		run,
	};
}

/** Calls one of the node's list searches the way the editor does, through n8n-core's context. */
/** The `this` the editor gives a list search or a load-options method of the node. */
function editorContext(options: {
	baseUrl: string;
	parameters: INodeParameters;
	credentials?: IDataObject;
}) {
	const node = chatwootNode(options.parameters);
	const workflow = new Workflow({
		id: 'test',
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes,
	});
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(
			testCredentials(options.baseUrl, options.credentials),
		),
		currentNodeParameters: options.parameters,
		restApiUrl: 'http://127.0.0.1/rest',
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	return context;
}

export async function searchList(options: {
	method: string;
	baseUrl: string;
	parameters: INodeParameters;
	credentials?: IDataObject;
	filter?: string;
	paginationToken?: string;
}) {
	const context = editorContext(options);
	const search = (nodeType.methods?.listSearch ?? {})[options.method];
	if (!search) throw new Error(`no list search ${options.method}`);
	return await search.call(context, options.filter, options.paginationToken);
}

export interface CredentialTestResult {
	status: 'OK' | 'Error';
	message: string;
}

/**
 * Runs the credential's declarative `test` the way n8n's credentials tester does (n8n 2.41,
 * packages/cli credentials-tester.service runRequestTest): the request as the routing of a
 * one-property node, through n8n-core's RoutingNode and the credential's `authenticate`, then the
 * `responseCode` rules on a failed answer and the `responseSuccessBody` rules on a served one.
 */
export async function runCredentialTest(
	data: ICredentialDataDecryptedObject,
): Promise<CredentialTestResult> {
	const test = credentialType.test;
	if (!test) throw new Error('the credential has no test');
	const node: INode = {
		id: 'temp',
		name: 'Temp-Node',
		type: 'test.noOp',
		typeVersion: 1,
		position: [0, 0],
		parameters: {},
		credentials: { [credentialType.name]: { id: '1', name: 'Chatwoot' } },
	};
	const testNodeType: INodeType = {
		description: {
			displayName: 'Temp',
			name: 'test.noOp',
			group: ['transform'],
			version: 1,
			description: '',
			defaults: {},
			inputs: ['main'],
			outputs: ['main'],
			credentials: [{ name: credentialType.name, required: true }],
			properties: [
				{
					displayName: 'Temp',
					name: 'temp',
					type: 'string',
					routing: { request: test.request },
					default: '',
				},
			],
		},
	};
	const types: INodeTypes = {
		getByName: () => testNodeType,
		getByNameAndVersion: () => testNodeType,
		getKnownTypes: () => ({}),
	};
	const workflow = new Workflow({
		nodes: [node],
		connections: {},
		active: false,
		nodeTypes: types,
	});
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(data),
		currentNodeParameters: node.parameters,
		restApiUrl: 'http://127.0.0.1/rest',
		variables: {},
	} as unknown as IWorkflowExecuteAdditionalData;
	const inputData = { main: [[{ json: {} }]] };
	const executeData: IExecuteData = { node, data: {}, source: null };
	const context = new ExecuteContext(
		workflow,
		node,
		additionalData,
		'internal',
		createEmptyRunExecutionData(),
		0,
		[],
		inputData,
		executeData,
		[],
	);
	const credentials = { id: '1', name: 'Chatwoot', type: credentialType.name, data };
	const rules = (test.rules ?? []) as Array<{
		type: string;
		properties: { key?: string; value: unknown; message: string };
	}>;
	let response: INodeExecutionData[][] | null | undefined;
	try {
		response = await new RoutingNode(context, testNodeType, credentials).runNode();
	} catch (caught) {
		const error = caught as Error & {
			cause?: { response?: { status: number; statusText?: string }; code?: string };
		};
		if (error.cause?.response) {
			const { status, statusText } = error.cause.response;
			const rule = rules.find((r) => r.type === 'responseCode' && r.properties.value === status);
			if (rule) return { status: 'Error', message: rule.properties.message };
			return { status: 'Error', message: statusText || `Received HTTP status code: ${status}` };
		}
		if (error.cause?.code) return { status: 'Error', message: error.cause.code };
		return { status: 'Error', message: error.message };
	}
	const body = (response?.[0]?.[0]?.json ?? {}) as IDataObject;
	for (const rule of rules) {
		if (
			rule.type === 'responseSuccessBody' &&
			body[rule.properties.key ?? ''] === rule.properties.value
		) {
			return { status: 'Error', message: rule.properties.message };
		}
	}
	return { status: 'OK', message: 'Connection successful!' };
}

/** Calls one of the node's `methods.loadOptions` the way the editor fills a multi-select. */
export async function loadOptionsList(options: {
	method: string;
	baseUrl: string;
	parameters: INodeParameters;
	credentials?: IDataObject;
}) {
	const context = editorContext(options);
	const load = (nodeType.methods?.loadOptions ?? {})[options.method];
	if (!load) throw new Error(`no load options method ${options.method}`);
	return await load.call(context);
}
