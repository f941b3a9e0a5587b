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
import { ICredentialsHelper, LoggerProxy, NodeHelpers, Workflow } from 'n8n-workflow';
import { DirectoryLoader, ExecutionLifecycleHooks, LoadOptionsContext, WorkflowExecute } from 'n8n-core';

import { ChatwootApi } from '../../credentials/ChatwootApi.credentials';
import { Chatwoot } from '../../nodes/Chatwoot/Chatwoot.node';

export const NODE_TYPE = 'n8n-nodes-chatwoot.chatwoot';
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

	async authenticate(credentials: ICredentialDataDecryptedObject, _type: string, request: IHttpRequestOptions) {
		if (typeof credentialType.authenticate !== 'function') throw new Error('expected a function authenticate');
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
	const credentials = testCredentials(options.baseUrl, options.credentials);
	const parameters =
		NodeHelpers.getNodeParameters(nodeType.description.properties, options.parameters, true, false, null, nodeType.description) ?? {};
	const node = chatwootNode(parameters, {
		continueOnFail: options.continueOnFail,
		onError: options.continueOnFail ? 'continueRegularOutput' : undefined,
	});
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, active: false, nodeTypes });

	const hooks = new ExecutionLifecycleHooks('manual', 'test-execution', { id: 'test', nodes: [node], connections: {} } as never);
	const finished = new Promise<IRun>((resolve) => hooks.addHandler('workflowExecuteAfter', (run) => resolve(run)));
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
export async function searchList(options: {
	method: string;
	baseUrl: string;
	parameters: INodeParameters;
	credentials?: IDataObject;
	filter?: string;
	paginationToken?: string;
}) {
	const node = chatwootNode(options.parameters);
	const workflow = new Workflow({ id: 'test', nodes: [node], connections: {}, active: false, nodeTypes });
	const additionalData = {
		credentialsHelper: new TestCredentialsHelper(testCredentials(options.baseUrl, options.credentials)),
		currentNodeParameters: options.parameters,
		restApiUrl: 'http://127.0.0.1/rest',
	} as unknown as IWorkflowExecuteAdditionalData;
	const context = new LoadOptionsContext(workflow, node, additionalData, 'parameters');
	const search = (nodeType.methods?.listSearch ?? {})[options.method];
	if (!search) throw new Error(`no list search ${options.method}`);
	return await search.call(context, options.filter, options.paginationToken);
}
