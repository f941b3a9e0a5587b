import type { IDataObject, IExecuteSingleFunctions, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { redact } from './secrets';

/**
 * An error of one input item, its number in the message: after `message`, or, with `detail`,
 * between the message and the detail. `numbered: false` is for a message that names the item itself.
 */
export function itemError(
	node: INode,
	itemIndex: number,
	message: string,
	description: string,
	{ detail, numbered = true }: { detail?: string; numbered?: boolean } = {},
): NodeOperationError {
	const text = numbered
		? `${message} (item ${itemIndex})${detail === undefined ? '' : `: ${detail}`}`
		: message;
	return new NodeOperationError(node, text, { itemIndex, description });
}

/** Refuses the current item of a hook with `itemError`. */
export function refuse(
	context: IExecuteSingleFunctions,
	message: string,
	description: string,
): never {
	throw itemError(context.getNode(), context.getItemIndex(), message, description);
}

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
	const text = errorText(body);
	return text === undefined ? undefined : redact(text);
}

function errorText(body: unknown): string | undefined {
	if (typeof body === 'string') {
		const trimmed = body.trim();
		if (trimmed.startsWith('{') || trimmed.startsWith('[')) {
			try {
				return errorText(JSON.parse(trimmed));
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

function whatToDo(
	statusCode: number,
	body: unknown,
	context: ErrorContext,
	retryAfter?: string,
): string {
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
			return `Chatwoot is rate limiting this token${retryAfter ? ` (retry after ${retryAfter} s)` : ''}. Wait before running again, allow more tries or a longer wait under Settings → Request Options, turn on Retry On Fail with a wait between tries, or send fewer items at once.`;
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

/** A failed Chatwoot answer as an error; `retryAfterSeconds` is what Chatwoot asked to wait, when it said. */
export class ChatwootApiError extends NodeApiError {
	httpStatus = 0;

	retryAfterSeconds?: number;
}

/** Seconds from a Retry-After header: a number of seconds or an HTTP date. */
export function retryAfterSeconds(header: unknown, now = Date.now()): number | undefined {
	const text = String(Array.isArray(header) ? header[0] : (header ?? '')).trim();
	if (text === '') return undefined;
	if (/^\d+$/.test(text)) return Number(text);
	const date = Date.parse(text);
	return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Turns a failed Chatwoot response into an error that says what happened and what to do. */
export function chatwootApiError(
	node: INode,
	response: FailedResponse,
	context: ErrorContext = {},
): ChatwootApiError {
	const { statusCode } = response;
	// server text may echo the request's headers: no token reaches the message, description or body
	const body = redact(response.body);
	const name =
		STATUS_NAMES[statusCode] ?? (statusCode >= 500 ? 'Chatwoot server error' : 'Request failed');
	const text = chatwootErrorText(body);
	const retryAfter = retryAfterSeconds(response.headers?.['retry-after']);
	const errorBody: JsonObject =
		body && typeof body === 'object' && !Array.isArray(body)
			? (body as JsonObject)
			: { response: String(body ?? '').slice(0, 2000) };
	const error = new ChatwootApiError(node, errorBody, {
		message: `${name} (${statusCode})${text ? `: ${text}` : ''}`,
		description: whatToDo(
			statusCode,
			body,
			context,
			retryAfter === undefined ? undefined : String(retryAfter),
		),
		httpCode: String(statusCode),
		itemIndex: context.itemIndex,
	});
	error.httpStatus = statusCode;
	error.retryAfterSeconds = retryAfter;
	return error;
}

/** The first characters of a body, on one line, for messages about an answer that is not JSON. */
function bodyStart(body: unknown): string {
	const text = Buffer.isBuffer(body) ? body.toString('utf8') : String(body ?? '');
	const line = redact(text).replace(/\s+/g, ' ').trim();
	return line.length > 120 ? `${line.slice(0, 120)}…` : line;
}

/**
 * A 3xx answer. Redirects are never followed, so the token goes only to the credential's origin:
 * the message names where Chatwoot's address pointed and what to change.
 */
export function chatwootRedirectError(
	node: INode,
	response: { statusCode: number; headers?: IDataObject },
	baseUrl: string,
	itemIndex?: number,
): ChatwootApiError {
	const location = String(response.headers?.location ?? '').trim();
	let target = location || '(no Location header)';
	let sameOrigin = false;
	try {
		const resolved = new URL(location, `${baseUrl}/`);
		target = resolved.href;
		sameOrigin = resolved.origin === new URL(baseUrl).origin;
	} catch {
		// an unparsable Location is shown as sent
	}
	const where = baseUrl || 'the Base URL';
	const error = new ChatwootApiError(
		node,
		{ location: target },
		{
			message: `Chatwoot's address answered with a redirect (${response.statusCode}) to ${redact(target)}`,
			description: sameOrigin
				? `${where} redirected the request to ${redact(target)} on the same host. The request was not repeated there: check the Base URL in the Chatwoot credential (it should be the address of Chatwoot itself, without a path) and any proxy rule that rewrites API paths.`
				: `${where} redirected the request to another address, ${redact(target)}. Nothing was sent there, so the access token stays with ${where}. If Chatwoot really lives at the new address, set it as the Base URL in the Chatwoot credential; otherwise fix the proxy or server that redirects.`,
			httpCode: String(response.statusCode),
			itemIndex,
		},
	);
	error.httpStatus = response.statusCode;
	return error;
}

/** A successful status with an answer that is not JSON: an HTML page, a proxy page, a cut-off body. */
export function chatwootNotJsonError(
	node: INode,
	response: { statusCode: number; body: unknown; headers?: IDataObject },
	itemIndex?: number,
): ChatwootApiError {
	const contentType = String(response.headers?.['content-type'] ?? '')
		.split(';')[0]
		.trim();
	const start = bodyStart(response.body);
	const html = /html/i.test(contentType) || /^</.test(start);
	const what = html
		? 'an HTML page'
		: /json/i.test(contentType)
			? 'JSON that cannot be read (cut off or malformed)'
			: `${contentType || 'text'} content`;
	const error = new ChatwootApiError(
		node,
		{ response: start },
		{
			message: `Chatwoot answered ${response.statusCode} with ${what}, not JSON`,
			description: `${contentType ? `Content type ${contentType}. ` : ''}The answer starts with: "${start}". ${
				html
					? 'Is the Base URL in the Chatwoot credential the address of Chatwoot itself? A login portal, proxy or maintenance page answers like this.'
					: 'A proxy between n8n and Chatwoot may have cut the answer short; try again, and check the Base URL if it repeats.'
			}`,
			httpCode: String(response.statusCode),
			itemIndex,
		},
	);
	error.httpStatus = response.statusCode;
	return error;
}

const TIMEOUT_CODES = ['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT'];

/** The error code of a failed request, looked for on the error and on what it wraps. */
export function networkCode(error: unknown): string | undefined {
	let cursor = error as { code?: unknown; cause?: unknown; errorResponse?: unknown } | undefined;
	for (let depth = 0; cursor && depth < 4; depth++) {
		if (typeof cursor.code === 'string' && /^E[A-Z_]+$/.test(cursor.code)) return cursor.code;
		cursor = (cursor.cause ?? cursor.errorResponse) as typeof cursor;
	}
	return undefined;
}

/** A request that never got an answer: wrong address, DNS, TLS or a timeout. */
export function chatwootNetworkError(
	node: INode,
	error: Error & { code?: string },
	itemIndex?: number,
	timeoutMs?: number,
): NodeApiError {
	const code = networkCode(error);
	const timedOut =
		(code !== undefined && TIMEOUT_CODES.includes(code)) ||
		/timeout|timed out|connection was aborted/i.test(error.message ?? '');
	if (timedOut) {
		const after = timeoutMs
			? ` within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}`
			: '';
		return new NodeApiError(
			node,
			{ message: 'Chatwoot did not answer in time' },
			{
				message: 'Chatwoot did not answer in time',
				description: `No answer came${after}. Check that Chatwoot is up and the Base URL is right; for slow operations (large reports, imports) raise Timeout under the node's Settings → Request Options.`,
				itemIndex,
			},
		);
	}
	const cause = redact(code ?? error.message);
	// the code stays out of the message: n8n would swap a message naming it for its generic text
	return new NodeApiError(
		node,
		{ message: 'Could not reach Chatwoot' },
		{
			message: 'Could not reach Chatwoot',
			description: `The connection failed (${cause}). Check the Base URL in the Chatwoot credential and that this n8n can reach it over the network.`,
			itemIndex,
		},
	);
}

/** Words shown in capitals in parameter names. */
const ACRONYMS: Record<string, string> = {
	id: 'ID',
	ids: 'IDs',
	url: 'URL',
	urls: 'URLs',
	ui: 'UI',
	csat: 'CSAT',
	hmac: 'HMAC',
	sso: 'SSO',
	sla: 'SLA',
};

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
