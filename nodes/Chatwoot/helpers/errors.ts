import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError } from 'n8n-workflow';

export interface FailedResponse {
	statusCode: number;
	body: unknown;
	headers?: IDataObject;
}

export interface ErrorContext {
	itemIndex?: number;
	/** Parameters that identify records, shown on a 404, e.g. `User ID 42`. */
	ids?: string[];
}

function asText(value: unknown): string | undefined {
	if (typeof value === 'string' && value.trim() !== '') return value.trim();
	if (Array.isArray(value)) {
		const parts = value.map(asText).filter((part): part is string => part !== undefined);
		return parts.length ? parts.join('; ') : undefined;
	}
	if (value && typeof value === 'object') {
		const record = value as IDataObject;
		return asText(record.message) ?? asText(record.error) ?? asText(record.full_messages);
	}
	return undefined;
}

/** Chatwoot's own words for a failure: `message`, `error`, or `errors[]`, whichever it sent. */
export function chatwootErrorText(body: unknown): string | undefined {
	if (typeof body === 'string') {
		const trimmed = body.trim();
		if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
			try {
				return chatwootErrorText(JSON.parse(trimmed));
			} catch {
				return undefined;
			}
		}
		// an HTML error page says nothing useful
		return trimmed && !trimmed.startsWith('<') ? trimmed.slice(0, 300) : undefined;
	}
	if (!body || typeof body !== 'object') return undefined;
	const record = body as IDataObject;
	return asText(record.message) ?? asText(record.error) ?? asText(record.errors);
}

/** Field names Chatwoot reports on a validation failure (`attributes`), if any. */
function invalidFields(body: unknown): string[] {
	if (!body || typeof body !== 'object') return [];
	const attributes = (body as IDataObject).attributes;
	return Array.isArray(attributes) ? attributes.map(String) : [];
}

function whatToDo(statusCode: number, body: unknown, context: ErrorContext, retryAfter?: string): string {
	switch (statusCode) {
		case 400:
			return 'Chatwoot could not read the request. Check the values of the fields you set, especially JSON fields.';
		case 401:
			return 'Check the Access Token in the Chatwoot credential and that its Token Kind fits this operation: Platform operations need a platform app token, account operations a user token, and agent bot tokens may only act on conversations, messages, assignments and conversation labels.';
		case 403:
			return 'The token is valid but its owner may not do this. Administrator rights are needed for settings such as agents, inboxes, webhooks, teams and reports; a platform app may only manage the accounts, users and agent bots it created.';
		case 404: {
			const ids = context.ids?.length ? ` (${context.ids.join(', ')})` : '';
			return `Check the IDs this operation uses${ids} and the Account ID. Conversation IDs are the number shown in the dashboard, not the internal ID. Enterprise-only endpoints also answer 404 on Community Edition servers.`;
		}
		case 422: {
			const fields = invalidFields(body);
			return fields.length
				? `Chatwoot rejected the field${fields.length > 1 ? 's' : ''} ${fields.join(', ')}. Correct the value and run again.`
				: 'Chatwoot rejected one of the values sent. The message above names the field; correct it and run again.';
		}
		case 429:
			return `Chatwoot is rate limiting this token${retryAfter ? ` (retry after ${retryAfter} s)` : ''}. Wait before running again, turn on Retry On Fail with a wait between tries, or send fewer items at once.`;
		default:
			if (statusCode >= 500) {
				return 'The Chatwoot server failed while handling the request. Try again later; if it repeats with the same input, the server log says why.';
			}
			return 'Chatwoot refused the request. Check the fields you set.';
	}
}

const STATUS_NAMES: Record<number, string> = {
	400: 'Bad request',
	401: 'Access token refused',
	403: 'Permission denied',
	404: 'Not found',
	422: 'Invalid input',
	429: 'Too many requests',
};

/** Turns a failed Chatwoot response into an error that says what happened and what to do. */
export function chatwootApiError(node: INode, response: FailedResponse, context: ErrorContext = {}): NodeApiError {
	const { statusCode, body } = response;
	const name = STATUS_NAMES[statusCode] ?? (statusCode >= 500 ? 'Chatwoot server error' : 'Request failed');
	const text = chatwootErrorText(body);
	const retryAfter = response.headers?.['retry-after'];
	const errorBody: JsonObject =
		body && typeof body === 'object' && !Array.isArray(body) ? (body as JsonObject) : { response: String(body ?? '') };
	return new NodeApiError(node, errorBody, {
		message: `${name} (${statusCode})${text ? `: ${text}` : ''}`,
		description: whatToDo(statusCode, body, context, retryAfter === undefined ? undefined : String(retryAfter)),
		httpCode: String(statusCode),
		itemIndex: context.itemIndex,
	});
}

/** A request that never got an answer: wrong address, DNS, TLS or a timeout. */
export function chatwootNetworkError(node: INode, error: Error & { code?: string }, itemIndex?: number): NodeApiError {
	const cause = error.code ?? error.message;
	// the code stays out of the message: n8n would swap a message naming it for its generic text
	return new NodeApiError(node, { message: 'Could not reach Chatwoot' }, {
		message: 'Could not reach Chatwoot',
		description: `The connection failed (${cause}). Check the Base URL in the Chatwoot credential and that this n8n can reach it over the network.`,
		itemIndex,
	});
}

/** Words shown in capitals in parameter names. */
const ACRONYMS: Record<string, string> = { id: 'ID', ids: 'IDs', url: 'URL', urls: 'URLs', ui: 'UI', csat: 'CSAT', hmac: 'HMAC', sso: 'SSO' };

/** `userId` → `User ID`, `labelIds` → `Label IDs`, for naming parameters in messages. */
export function parameterLabel(name: string): string {
	const words = name.replace(/([a-z0-9])([A-Z])/g, '$1 $2').split(' ');
	return words
		.map((word, index) => {
			const acronym = ACRONYMS[word.toLowerCase()];
			if (acronym) return acronym;
			return index === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word;
		})
		.join(' ');
}
