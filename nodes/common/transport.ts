import type {
	IDataObject,
	IExecuteFunctions,
	IExecuteSingleFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
	IWebhookFunctions,
} from 'n8n-workflow';

import { CHATWOOT_CREDENTIAL } from '../../credentials/ChatwootApi.credentials';
import { chatwootApiError, chatwootNotJsonError, chatwootRedirectError } from './errors';
import type { RetryPolicy } from './request';
import { DEFAULT_RETRY, DEFAULT_TIMEOUT_MS, requestFailure, withRetries } from './request';
import { instanceRoot } from './instanceUrl';
import { redact } from './secrets';
import { credentialsOf, refuseWrongTokenKind } from './tokenKinds';

export { CHATWOOT_CREDENTIAL };

export type ChatwootContext =
	| IExecuteFunctions
	| IExecuteSingleFunctions
	| IHookFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IWebhookFunctions;

export interface ChatwootRequest {
	method: IHttpRequestMethods;
	/** Path below the instance root, e.g. `/api/v1/accounts/1/inboxes`; `/accounts//` takes the credential's default account. */
	path: string;
	body?: IDataObject | IDataObject[];
	qs?: IDataObject;
	itemIndex?: number;
	/** Names the call in a refusal of the token kind: `the trigger`; a picker's is `this list`. */
	subject?: string;
	/** How failed tries are repeated; the defaults unless the node's Request Options say otherwise. */
	retry?: RetryPolicy;
	/**
	 * Give the answer as Chatwoot sent it, remembered tokens included: only for reading a token the
	 * node sends on (an agent bot's), never for anything that reaches an item, an error or a log.
	 */
	keepTokens?: boolean;
}

/**
 * The one way programmatic code talks to Chatwoot. The credential's `authenticate` adds the
 * instance root, the default account and the token, exactly as for declarative routing, and keeps
 * redirects from being followed; the answer is checked as `checkResponse` checks declarative ones:
 * redirects, failures and non-JSON answers become errors, rate limits are waited out, and no
 * access token reaches the result.
 */
export async function chatwootApiRequest<T = unknown>(
	this: ChatwootContext,
	request: ChatwootRequest,
): Promise<T> {
	const credentials = await credentialsOf(this);
	if (credentials) {
		refuseWrongTokenKind(this.getNode(), credentials, {
			method: request.method,
			path: request.path,
			subject:
				request.subject ??
				('getCurrentNodeParameter' in this
					? 'this list'
					: `the request ${request.method} ${request.path}`),
			itemIndex: request.itemIndex,
		});
	}
	const options: IHttpRequestOptions = {
		method: request.method,
		url: request.path,
		json: true,
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
		disableFollowRedirect: true,
		timeout: DEFAULT_TIMEOUT_MS,
	};
	if (request.body !== undefined) options.body = request.body;
	if (request.qs && Object.keys(request.qs).length) options.qs = request.qs;

	const response = await withRetries(request.method, request.retry ?? DEFAULT_RETRY, async () => {
		let answer: IN8nHttpFullResponse;
		try {
			answer = (await this.helpers.httpRequestWithAuthentication.call(this, CHATWOOT_CREDENTIAL, {
				...options,
			})) as IN8nHttpFullResponse;
		} catch (error) {
			throw requestFailure(this.getNode(), error, request.itemIndex, options.timeout);
		}
		if (answer.statusCode >= 300 && answer.statusCode < 400) {
			const credentials = await this.getCredentials(CHATWOOT_CREDENTIAL).catch(() => undefined);
			throw chatwootRedirectError(
				this.getNode(),
				answer,
				instanceRoot(credentials?.baseUrl),
				request.itemIndex,
			);
		}
		if (answer.statusCode >= 400) {
			throw chatwootApiError(
				this.getNode(),
				{ statusCode: answer.statusCode, body: answer.body, headers: answer.headers },
				{ itemIndex: request.itemIndex },
			);
		}
		if (typeof answer.body === 'string' && answer.body.trim() !== '') {
			throw chatwootNotJsonError(this.getNode(), answer, request.itemIndex);
		}
		return answer;
	});
	return (request.keepTokens ? response.body : redact(response.body)) as T;
}
