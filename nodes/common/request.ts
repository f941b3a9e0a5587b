/**
 * What every request of the node goes through after its fields are read and before it is sent,
 * and how it is sent: blanks left out, IDs checked, empty updates and empty messages refused, a
 * timeout, and retries of rate-limited or unavailable answers. Declarative operations run this as
 * the node's request operation (`sendRequest`); list operations through `paginate`; programmatic
 * code through the transport.
 */
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INode,
} from 'n8n-workflow';
import { NodeOperationError, sleep } from 'n8n-workflow';

import {
	ChatwootApiError,
	chatwootNetworkError,
	itemError,
	networkCode,
	parameterLabel,
} from './errors';

type HttpRequestOptions = DeclarativeRestApiSettings.HttpRequestOptions;

/** A hung server fails the item after this long, unless Settings → Request Options → Timeout says otherwise. */
export const DEFAULT_TIMEOUT_MS = 60_000;

export interface RetryPolicy {
	enabled: boolean;
	/** Tries in all, the first included. */
	maxTries: number;
	/** The most this node waits in all for one request, in seconds. */
	maxWaitSeconds: number;
}

export const DEFAULT_RETRY: RetryPolicy = { enabled: true, maxTries: 3, maxWaitSeconds: 60 };

/** The node's retry settings (Settings → Request Options), defaults where unset. */
export function retryPolicy(settings: IDataObject | undefined): RetryPolicy {
	const number = (value: unknown, fallback: number, min: number) =>
		typeof value === 'number' && Number.isFinite(value)
			? Math.max(min, Math.floor(value))
			: fallback;
	return {
		enabled: settings?.retry !== false,
		maxTries: number(settings?.maxTries, DEFAULT_RETRY.maxTries, 1),
		maxWaitSeconds: number(settings?.maxWaitSeconds, DEFAULT_RETRY.maxWaitSeconds, 0),
	};
}

const UNAVAILABLE = [502, 503, 504];
// a POST that may have been processed is never sent twice; Rack::Attack's 429 comes before any work
const IDEMPOTENT = ['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'];

export type RetryDecision = { waitSeconds: number } | { giveUp: string | undefined };

/** Whether, and after how long, a failed try is repeated. `tries` made so far; `waited` seconds so far. */
export function retryDecision(
	policy: RetryPolicy,
	method: string,
	error: { httpStatus: number; retryAfterSeconds?: number },
	tries: number,
	waited: number,
): RetryDecision {
	const { httpStatus: statusCode, retryAfterSeconds } = error;
	const retryable =
		statusCode === 429 ||
		(UNAVAILABLE.includes(statusCode) && IDEMPOTENT.includes(method.toUpperCase()));
	if (!retryable) return { giveUp: undefined };
	const asked =
		retryAfterSeconds !== undefined
			? `Chatwoot asked to wait ${retryAfterSeconds} s (Retry-After).`
			: '';
	if (!policy.enabled) return { giveUp: asked || undefined };
	const wait = retryAfterSeconds ?? Math.min(2 ** (tries - 1), 30);
	if (tries >= policy.maxTries) {
		return {
			giveUp:
				`${asked} Gave up after ${tries} ${tries === 1 ? 'try' : 'tries'} (Max Tries ${policy.maxTries}).`.trim(),
		};
	}
	if (waited + wait > policy.maxWaitSeconds) {
		return {
			giveUp:
				`${asked} Waiting ${wait} s more would pass the ${policy.maxWaitSeconds} s this node waits in all (Max Total Wait), so it stopped after ${tries} ${tries === 1 ? 'try' : 'tries'}.`.trim(),
		};
	}
	return { waitSeconds: wait };
}

/** Sends with `send`, repeating rate-limited or unavailable answers as the policy allows. */
export async function withRetries<T>(
	method: string,
	policy: RetryPolicy,
	send: () => Promise<T>,
): Promise<T> {
	let waited = 0;
	for (let tries = 1; ; tries++) {
		let failure: unknown;
		try {
			return await send();
		} catch (error) {
			failure = error;
		}
		// Chatwoot's answers arrive as ChatwootApiError (a NodeApiError); anything else is already an
		// n8n error from the routing layer or the node's own checks, and passes unchanged
		if (!(failure instanceof ChatwootApiError)) throw failure;
		const decision = retryDecision(policy, method, failure, tries, waited);
		if ('giveUp' in decision) {
			if (decision.giveUp)
				failure.description = `${decision.giveUp} ${failure.description ?? ''}`.trim();
			throw failure;
		}
		await sleep(decision.waitSeconds * 1000);
		waited += decision.waitSeconds;
	}
}

const isPlainObject = (value: unknown): value is IDataObject =>
	!!value &&
	typeof value === 'object' &&
	!Array.isArray(value) &&
	Object.getPrototypeOf(value) === Object.prototype;

/** Objects whose keys the user writes (custom attributes, settings, template parameters): sent as given. */
const FREE_FORM =
	/attributes|params|settings|config|meta|features|limits|variables|values|conditions|actions/;

/** Drops keys whose value is blank text or undefined, in nested objects too (free-form objects and lists as given). */
export function withoutBlanks(value: IDataObject): IDataObject {
	for (const [key, entry] of Object.entries(value)) {
		if (entry === undefined || (typeof entry === 'string' && entry.trim() === ''))
			delete value[key];
		else if (isPlainObject(entry) && !FREE_FORM.test(key)) withoutBlanks(entry);
	}
	return value;
}

/** Keys that hold Chatwoot record IDs: `id`, `*_id`, `*_ids`, except the ones that are text. */
const ID_KEY = /(?:^|_)ids?$/;
const TEXT_ID_KEYS = ['source_id', 'echo_id', 'app_id'];

const POSITIVE_WHOLE = /^[1-9][0-9]*$/;

/** Why a record ID is not one, or undefined when it is: a positive whole number, digits only, within 2^53. */
export function idProblem(value: unknown): string | undefined {
	if (typeof value === 'number') {
		return Number.isSafeInteger(value) && value > 0 ? undefined : 'must be a positive whole number';
	}
	if (typeof value !== 'string') return 'must be a positive whole number';
	if (!POSITIVE_WHOLE.test(value)) return 'must be a positive whole number';
	return Number.isSafeInteger(Number(value))
		? undefined
		: 'is larger than any ID Chatwoot gives (2^53)';
}

function checkIds(node: INode, itemIndex: number, container: IDataObject, path: string[]): void {
	for (const [key, value] of Object.entries(container)) {
		if (isPlainObject(value)) {
			if (!FREE_FORM.test(key)) checkIds(node, itemIndex, value, [...path, key]);
			continue;
		}
		if (!ID_KEY.test(key) || TEXT_ID_KEYS.includes(key) || value === null) continue;
		for (const entry of Array.isArray(value) ? value : [value]) {
			const problem = idProblem(entry);
			if (problem) {
				const label = parameterLabel(
					key.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()),
				);
				throw itemError(
					node,
					itemIndex,
					`${label} ${problem}, got ${JSON.stringify(entry)}`,
					`The value sent as "${[...path, key].join('.')}" must be the record's numeric ID, such as 42. Pick the record from the list, or map its ID from an earlier node.`,
				);
			}
		}
	}
}

// PATCH/PUT routes that take no body (mark a notification read)
const BODILESS_UPDATES = [/\/notifications\/[^/]+$/];
const MESSAGE_CREATE = /\/messages$/;
const MESSAGE_CONTENT_KEYS = ['content', 'template_params', 'content_attributes', 'attachments'];

const isMultipart = (options: HttpRequestOptions) =>
	Buffer.isBuffer(options.body) ||
	/multipart/i.test(
		String(
			(options.headers as IDataObject | undefined)?.['content-type'] ??
				(options.headers as IDataObject | undefined)?.['Content-Type'] ??
				'',
		),
	);

/**
 * The request as it is about to be sent: blank fields left out, record IDs checked, a request with
 * nothing in it refused, the timeout set. Runs once per request, after every field's hooks.
 */
export function prepareRequest(
	context: IExecuteSingleFunctions,
	options: HttpRequestOptions,
): HttpRequestOptions {
	const node = context.getNode();
	const itemIndex = context.getItemIndex();
	const settings = context.getNodeParameter('requestOptions', {}) as IDataObject;
	if (!settings.timeout) options.timeout = DEFAULT_TIMEOUT_MS;

	const method = String(options.method ?? 'GET').toUpperCase();
	const multipart = isMultipart(options);
	if (isPlainObject(options.qs)) {
		withoutBlanks(options.qs);
		checkIds(node, itemIndex, options.qs, []);
	}
	if (isPlainObject(options.body) && !multipart) {
		withoutBlanks(options.body);
		checkIds(node, itemIndex, options.body, []);
	}
	const url = String(options.url ?? '').split('?')[0];
	const bodyIsEmpty =
		!multipart && (!isPlainObject(options.body) || Object.keys(options.body).length === 0);
	if (
		(method === 'PATCH' || method === 'PUT') &&
		bodyIsEmpty &&
		!BODILESS_UPDATES.some((route) => route.test(url))
	) {
		throw itemError(
			node,
			itemIndex,
			'Nothing to update: set at least one field to update',
			'Add a field under Update Fields (or fill the fields shown) with the new value; an update with no field would change nothing.',
		);
	}
	if (method === 'POST' && MESSAGE_CREATE.test(url) && !multipart) {
		const body = (isPlainObject(options.body) ? options.body : {}) as IDataObject;
		if (
			!MESSAGE_CONTENT_KEYS.some(
				(key) => body[key] !== undefined && body[key] !== null && body[key] !== '',
			)
		) {
			throw itemError(
				node,
				itemIndex,
				'The message is empty: set Content, attach a file, or use a template',
				'Chatwoot needs text, an attachment, template parameters or content attributes to create a message.',
			);
		}
	}
	return options;
}

/** The HTTP status of an answer a failure carries, on the error or on what it wraps. */
function httpStatusOf(error: unknown): number | undefined {
	let cursor = error as
		| { httpCode?: unknown; statusCode?: unknown; response?: { status?: unknown }; cause?: unknown }
		| undefined;
	for (let depth = 0; cursor && typeof cursor === 'object' && depth < 4; depth++) {
		for (const candidate of [cursor.httpCode, cursor.statusCode, cursor.response?.status]) {
			const status = Number(candidate);
			if (candidate !== null && candidate !== undefined && status >= 100 && status < 600)
				return status;
		}
		cursor = (cursor.cause ??
			(cursor as { errorResponse?: unknown }).errorResponse) as typeof cursor;
	}
	return undefined;
}

/**
 * A failure before any answer, as an error that says what to do without the request's headers: no
 * connection or no answer in time (network), or the credential refusing to build the request (its
 * own message, e.g. a token kind that cannot do this), which is not a network problem.
 */
export function requestFailure(
	node: INode,
	error: unknown,
	itemIndex: number | undefined,
	timeoutMs?: number,
): unknown {
	if (error instanceof ChatwootApiError || error instanceof NodeOperationError) return error;
	const failure = error as Error & { code?: string };
	const message = failure?.message ?? '';
	// an answer came (any HTTP status), or the credential refused to build the request: whatever
	// went wrong, Chatwoot was reached or never tried, so it is not called a network failure
	const answered = httpStatusOf(failure) !== undefined;
	const credentialRefusal = /token|credential|account to work in/i.test(message);
	if (
		!answered &&
		!credentialRefusal &&
		(networkCode(failure) ||
			/timeout|timed out|refused the connection|connection was aborted|ECONN|ENOTFOUND|socket/i.test(
				message,
			))
	) {
		return chatwootNetworkError(node, failure, itemIndex, timeoutMs);
	}
	return new NodeOperationError(node, message || 'The request could not be made', {
		itemIndex,
		description: 'Check the Chatwoot credential: its Base URL, Token Kind and Default Account ID.',
	});
}

/**
 * Sends one declarative request with retries; the list operations call it for each page.
 * `options` are the request's final options (the page's query included).
 */
export async function sendRouted(
	context: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
	options: HttpRequestOptions,
): Promise<INodeExecutionData[]> {
	const policy = retryPolicy(context.getNodeParameter('requestOptions', {}) as IDataObject);
	try {
		return await withRetries(
			String(options.method ?? 'GET'),
			policy,
			async () => await context.makeRoutingRequest({ ...requestData, options }),
		);
	} catch (error) {
		throw requestFailure(context.getNode(), error, context.getItemIndex(), options.timeout);
	}
}

/**
 * The node's request operation: every declarative operation that is not a list runs through it
 * (`routing.send.paginate` is on for all of them), so that one place prepares and sends.
 */
export async function sendRequest(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	prepareRequest(this, requestData.options);
	return await sendRouted(this, requestData, requestData.options);
}
