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

import { CHATWOOT_CREDENTIAL } from '../../../credentials/ChatwootApi.credentials';
import { chatwootApiError, chatwootNetworkError } from '../helpers/errors';

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
}

/**
 * The one way programmatic code talks to Chatwoot. The credential's `authenticate` adds the
 * instance root, the default account and the token, exactly as for declarative routing.
 */
export async function chatwootApiRequest<T = unknown>(this: ChatwootContext, request: ChatwootRequest): Promise<T> {
	const options: IHttpRequestOptions = {
		method: request.method,
		url: request.path,
		json: true,
		ignoreHttpStatusErrors: true,
		returnFullResponse: true,
	};
	if (request.body !== undefined) options.body = request.body;
	if (request.qs && Object.keys(request.qs).length) options.qs = request.qs;

	let response: IN8nHttpFullResponse;
	try {
		response = (await this.helpers.httpRequestWithAuthentication.call(
			this,
			CHATWOOT_CREDENTIAL,
			options,
		)) as IN8nHttpFullResponse;
	} catch (error) {
		throw chatwootNetworkError(this.getNode(), error as Error, request.itemIndex);
	}
	if (response.statusCode >= 400) {
		throw chatwootApiError(
			this.getNode(),
			{ statusCode: response.statusCode, body: response.body, headers: response.headers },
			{ itemIndex: request.itemIndex },
		);
	}
	return response.body as T;
}
