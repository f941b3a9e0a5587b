import axios from 'axios';
import type {
	IDataObject,
	IHookFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
	IPollFunctions,
	IWebhookFunctions,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { returnJsonArray } from 'n8n-core';

import { ChatwootApi } from '../../credentials/ChatwootApi.credentials';

export const TOKEN = 'trigger-test-token';
export const WEBHOOK_URL = 'https://n8n.example.test/webhook/5f1c2e0a/webhook';

const credential = new ChatwootApi();
const node = {
	name: 'Chatwoot Trigger',
	type: '@n8n-nodes-chatwoot/n8n-nodes-chatwoot.chatwootTrigger',
	typeVersion: 1,
} as INode;

/** `options.verifySignature`-style lookup with n8n's fallback, and `extractValue` for pickers. */
function parameterReader(parameters: IDataObject) {
	return (name: string, fallback?: unknown, options?: { extractValue?: boolean }) => {
		let value: unknown = parameters;
		for (const key of name.split('.'))
			value = value && typeof value === 'object' ? (value as IDataObject)[key] : undefined;
		if (options?.extractValue && value && typeof value === 'object' && '__rl' in value)
			value = (value as IDataObject).value;
		return value === undefined ? fallback : value;
	};
}

/** What `httpRequestWithAuthentication` does in n8n: the real credential's `authenticate`, then the request. */
function authenticatedRequest(baseUrl: string, sent: string[], tokenType = 'user') {
	return async (name: string, options: IHttpRequestOptions) => {
		sent.push(name);
		const authenticate = credential.authenticate as (
			c: object,
			o: IHttpRequestOptions,
		) => Promise<IHttpRequestOptions>;
		const request = await authenticate(
			{ baseUrl, accessToken: TOKEN, accountId: 1, tokenType },
			{ ...options },
		);
		const response = await axios.request({
			baseURL: request.baseURL,
			url: request.url,
			method: request.method,
			params: request.qs,
			data: request.body,
			headers: request.headers as Record<string, string>,
			validateStatus: () => true,
		});
		return { statusCode: response.status, body: response.data, headers: response.headers };
	};
}

export interface HookSetup {
	baseUrl: string;
	parameters: IDataObject;
	staticData?: IDataObject;
	webhookUrl?: string;
	/** The credential's Token Kind: 'user' (default), 'agentBot' or 'platformApp'. */
	tokenType?: string;
}

/** What `getCredentials` gives the triggers: the test credential with its Token Kind. */
const credentialsReader =
	(baseUrl: string | undefined, tokenType = 'user') =>
	async () => ({
		baseUrl,
		accessToken: TOKEN,
		accountId: 1,
		tokenType,
	});

/** The `this` n8n gives `checkExists`, `create` and `delete`. */
export function hookContext(
	setup: HookSetup,
): IHookFunctions & { staticData: IDataObject; credentialsUsed: string[]; warnings: string[] } {
	const staticData = setup.staticData ?? {};
	const credentialsUsed: string[] = [];
	const warnings: string[] = [];
	return {
		staticData,
		credentialsUsed,
		warnings,
		logger: { warn: (message: string) => warnings.push(message) },
		getNode: () => node,
		getWorkflow: () => ({ id: 'wf1', name: 'Support bot', active: true }),
		getNodeParameter: parameterReader(setup.parameters),
		getNodeWebhookUrl: () => setup.webhookUrl ?? WEBHOOK_URL,
		getWorkflowStaticData: () => staticData,
		getCredentials: credentialsReader(setup.baseUrl, setup.tokenType),
		helpers: {
			httpRequestWithAuthentication: authenticatedRequest(
				setup.baseUrl,
				credentialsUsed,
				setup.tokenType,
			),
		},
	} as unknown as IHookFunctions & {
		staticData: IDataObject;
		credentialsUsed: string[];
		warnings: string[];
	};
}

export interface Delivery {
	rawBody: string;
	headers: Record<string, string>;
}

export interface WebhookRun {
	context: IWebhookFunctions;
	/** Status and body the node wrote itself, if it answered the request. */
	answer: { status?: number; body?: unknown };
}

/** The `this` n8n gives `webhook()`: the request as n8n leaves it after parsing a JSON body. */
export function webhookContext(
	parameters: IDataObject,
	staticData: IDataObject,
	delivery: Delivery,
	workflowId = 'wf1',
	baseUrl?: string,
): WebhookRun {
	const answer: WebhookRun['answer'] = {};
	const response = {
		status(code: number) {
			answer.status = code;
			return response;
		},
		json(body: unknown) {
			answer.body = body;
			return response;
		},
	};
	const headers = Object.fromEntries(
		Object.entries(delivery.headers).map(([key, value]) => [key.toLowerCase(), value]),
	);
	const context = {
		getNode: () => node,
		getWorkflow: () => ({ id: workflowId, name: 'Support bot', active: true }),
		getMode: () => 'webhook',
		getNodeParameter: parameterReader(parameters),
		getWorkflowStaticData: () => staticData,
		getRequestObject: () => ({
			rawBody: Buffer.from(delivery.rawBody, 'utf8'),
			readableEnded: true,
			headers,
		}),
		getResponseObject: () => response,
		getBodyData: () => JSON.parse(delivery.rawBody) as IDataObject,
		getHeaderData: () => headers,
		getNodeWebhookUrl: () => WEBHOOK_URL,
		getCredentials: credentialsReader(baseUrl),
		// without a server every request fails, as with Chatwoot unreachable
		helpers: {
			returnJsonArray,
			httpRequestWithAuthentication: baseUrl
				? authenticatedRequest(baseUrl, [])
				: () => Promise.reject(new Error('no server')),
		},
	} as unknown as IWebhookFunctions;
	return { context, answer };
}

/** The `this` n8n gives `poll()`. */
export function pollContext(
	baseUrl: string,
	parameters: IDataObject,
	staticData: IDataObject,
	mode: WorkflowExecuteMode = 'trigger',
	tokenType = 'user',
): IPollFunctions {
	return {
		getNode: () => node,
		getMode: () => mode,
		getNodeParameter: parameterReader(parameters),
		getWorkflowStaticData: () => staticData,
		getCredentials: credentialsReader(baseUrl, tokenType),
		helpers: {
			httpRequestWithAuthentication: authenticatedRequest(baseUrl, [], tokenType),
			returnJsonArray,
		},
	} as unknown as IPollFunctions;
}

/** The `this` n8n gives a list search of the trigger in the editor. */
export function loadOptionsContext(
	baseUrl: string,
	parameters: IDataObject,
	tokenKind = 'user',
): ILoadOptionsFunctions {
	return {
		getNode: () => node,
		getCredentials: credentialsReader(baseUrl, tokenKind),
		getCurrentNodeParameter: (name: string) => parameters[name],
		helpers: { httpRequestWithAuthentication: authenticatedRequest(baseUrl, [], tokenKind) },
	} as unknown as ILoadOptionsFunctions;
}
