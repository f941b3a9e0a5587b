import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeParameterResourceLocator,
} from 'n8n-workflow';

import { CHATWOOT_CREDENTIAL } from '../../../credentials/ChatwootApi.credentials';
import { ACCOUNT_PLACEHOLDER, instanceRoot } from '../../common/instanceUrl';
import { redact } from '../../common/secrets';
import {
	chatwootApiError,
	chatwootNotJsonError,
	chatwootRedirectError,
	itemError,
	parameterLabel,
	refuse,
} from '../../common/errors';
import { idProblem } from '../../common/request';
import { bodyOf, fieldLabel, queryOf, setPath } from './values';

/** The record IDs this node is configured with, for a 404 message: `User ID 42`. */
function configuredIds(context: IExecuteSingleFunctions): string[] {
	const parameters = context.getNode().parameters;
	return Object.keys(parameters)
		.filter((name) => /Id$/.test(name))
		.map((name) => {
			let value: unknown;
			try {
				value = context.getNodeParameter(name);
			} catch {
				value = parameters[name];
			}
			if (value && typeof value === 'object' && '__rl' in (value as IDataObject)) {
				value = (value as INodeParameterResourceLocator).value;
			}
			return value === '' || value === undefined ? '' : `${parameterLabel(name)} ${String(value)}`;
		})
		.filter(Boolean);
}

/**
 * Runs first on every response of the declarative node (requests set `ignoreHttpStatusErrors`),
 * so a failure becomes an error that carries Chatwoot's own words and says what to do. A list
 * answer becomes one item per record, as n8n does for nodes without response hooks.
 */
export async function checkResponse(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (response.statusCode >= 300 && response.statusCode < 400) {
		const credentials = await this.getCredentials(CHATWOOT_CREDENTIAL).catch(() => undefined);
		throw chatwootRedirectError(
			this.getNode(),
			response,
			instanceRoot(credentials?.baseUrl),
			this.getItemIndex(),
		);
	}
	if (response.statusCode < 300) {
		const body = response.body as unknown;
		if (typeof body === 'string' && body.trim() !== '' && !isExpectedText(response)) {
			throw chatwootNotJsonError(this.getNode(), response, this.getItemIndex());
		}
		// an answer that repeats the access token (the caller's own profile) keeps it out of the item
		const safe = redact(body);
		if (Array.isArray(safe)) return (safe as IDataObject[]).map((json) => ({ json }));
		return safe === body ? items : items.map((item) => ({ ...item, json: safe as IDataObject }));
	}
	throw chatwootApiError(
		this.getNode(),
		{ statusCode: response.statusCode, body: response.body, headers: response.headers },
		{
			itemIndex: this.getItemIndex(),
			ids: response.statusCode === 404 ? configuredIds(this) : undefined,
		},
	);
}

/** A text answer an operation asked for (CSV reports), as opposed to a page where JSON was due. */
function isExpectedText(response: IN8nHttpFullResponse): boolean {
	const contentType = String(response.headers?.['content-type'] ?? '');
	return /^text\/(csv|plain)/i.test(contentType) && !/^\s*</.test(String(response.body));
}

/** Answers with no body (`head :ok`) become `{ success: true }` rather than an empty item. */
export async function successWhenEmpty(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as unknown;
	if (
		body === undefined ||
		body === null ||
		body === '' ||
		(typeof body === 'object' && !Object.keys(body as object).length)
	) {
		return [{ json: { success: true } }];
	}
	return items;
}

/** Limit on a list without Return All: keeps the first `limit` items (a function, not an expression, per item). */
export async function limitItems(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const limit = this.getNodeParameter('limit', 50) as number;
	return items.length > limit ? items.slice(0, limit) : items;
}

/**
 * Parses a JSON field of the node and, when set, sends it at `bodyPath` (dots nest:
 * `custom_filter.query`). `kind` says whether Chatwoot wants an object or a list of objects. The
 * parameter is read here rather than sent by routing so that invalid JSON, or JSON of the wrong
 * shape, is refused with the field's name.
 */
/**
 * A JSON field's value: parsed when it is text (refused with the field's name when it is not JSON),
 * as it is when an expression already gave an object or a list.
 */
export function parseJsonParameter(
	context: IExecuteSingleFunctions,
	parameterPath: string,
	example: string,
	what = 'JSON',
): unknown {
	const raw = context.getNodeParameter(parameterPath, '') as unknown;
	if (typeof raw !== 'string') return raw;
	try {
		return JSON.parse(raw);
	} catch (error) {
		return refuse(
			context,
			`${fieldLabel(parameterPath)} is not valid JSON`,
			`Enter ${what} such as ${example}. The parser said: ${(error as Error).message}`,
		);
	}
}

export function sendJson(
	parameterPath: string,
	bodyPath: string,
	kind: 'object' | 'list' = 'object',
) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const raw = this.getNodeParameter(parameterPath, undefined) as unknown;
		if (raw === undefined || raw === '') return requestOptions;
		const label = fieldLabel(parameterPath);
		const example = kind === 'object' ? '{"plan": "pro"}' : '[{"key": "value"}]';
		const value = parseJsonParameter(
			this,
			parameterPath,
			example,
			kind === 'object' ? 'a JSON object' : 'JSON',
		);
		if (kind === 'object' && (!value || typeof value !== 'object' || Array.isArray(value))) {
			refuse(
				this,
				`${label} must be a JSON object`,
				`Enter an object of keys and values such as ${example}, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}.`,
			);
		}
		if (kind === 'list') {
			if (!Array.isArray(value)) {
				refuse(
					this,
					`${label} must be a JSON list`,
					`Enter a list in square brackets such as ${example}, not ${value === null ? 'null' : `a ${typeof value}`}.`,
				);
			}
			const wrong = value.findIndex(
				(entry) => !entry || typeof entry !== 'object' || Array.isArray(entry),
			);
			if (wrong !== -1) {
				refuse(
					this,
					`${label} must be a list of JSON objects`,
					`Entry ${wrong} is not an object; each entry looks like ${example.slice(1, -1)}.`,
				);
			}
		}
		setPath(bodyOf(requestOptions), bodyPath, value);
		return requestOptions;
	};
}

/** Chatwoot's password policy (Devise length 6–128 plus devise-secure_password's one of each class). */
export const PASSWORD_RULE =
	'6 to 128 characters with at least one uppercase letter (A–Z), one lowercase letter (a–z), one number (0–9) and one special character such as !@#$%^&*()_+-=[]{}|\'"/\\.,`<>:;?~';

const SPECIAL_CHARACTER = /[!@#$%^&*()_+\-=[\]{}|'"/\\.,`<>:;?~ ]/;

export function passwordProblems(password: string): string[] {
	const problems: string[] = [];
	if (password.length < 6) problems.push(`only ${password.length} characters (at least 6)`);
	if (password.length > 128) problems.push(`${password.length} characters (at most 128)`);
	if (!/[A-Z]/.test(password)) problems.push('no uppercase letter');
	if (!/[a-z]/.test(password)) problems.push('no lowercase letter');
	if (!/[0-9]/.test(password)) problems.push('no number');
	if (!SPECIAL_CHARACTER.test(password)) problems.push('no special character');
	return problems;
}

/** Refuses a password Chatwoot would reject, before any request is made. */
export function checkPassword(parameterPath: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const password = this.getNodeParameter(parameterPath, '') as string;
		if (password === '') return requestOptions;
		const problems = passwordProblems(password);
		if (problems.length) {
			throw itemError(
				this.getNode(),
				this.getItemIndex(),
				"Password does not meet Chatwoot's policy",
				`Chatwoot requires ${PASSWORD_RULE}.`,
				{
					detail: problems.join(', '),
				},
			);
		}
		return requestOptions;
	};
}

/** Path parameters that hold text (portal slugs, Client API identifiers, attribute keys); all others are numeric IDs. */
const TEXT_PLACEHOLDER = /(Slug|Identifier|Uuid|Key)$/;

/**
 * Fills the `{parameter}` placeholders of an operation's path with the node's values, encoded.
 * Paths are static templates rather than expressions: an expression costs an evaluation per item.
 * An empty Account ID stays a placeholder for the credential's default.
 */
export async function fillPathParameters(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const url = requestOptions.url;
	if (!url.includes('{')) return requestOptions;
	requestOptions.url = url.replace(/\{([A-Za-z]+)\}/g, (placeholder, name: string) => {
		const value = this.getNodeParameter(name, undefined, { extractValue: true }) as unknown;
		const text = value === undefined || value === null ? '' : String(value).trim();
		const itemIndex = this.getItemIndex();
		const label = parameterLabel(name);
		if (text === '' || text === '0') {
			if (placeholder === ACCOUNT_PLACEHOLDER) return placeholder;
			throw itemError(
				this.getNode(),
				itemIndex,
				`${label} is required`,
				`Set ${label}, or map it from an earlier node.`,
			);
		}
		if (TEXT_PLACEHOLDER.test(name)) {
			// slugs and identifiers are encoded; a dot segment would move the path, so it is refused
			if (/^\.{1,2}$/.test(text) || /[\u0000-\u001f]/.test(text)) {
				throw itemError(
					this.getNode(),
					itemIndex,
					`${label} is not valid, got ${JSON.stringify(text)}`,
					`Set ${label} to the value Chatwoot shows for it, or map it from an earlier node.`,
				);
			}
			return encodeURIComponent(text);
		}
		const problem = idProblem(typeof value === 'number' ? value : text);
		if (problem) {
			throw itemError(
				this.getNode(),
				itemIndex,
				`${label} ${problem}, got ${JSON.stringify(typeof value === 'number' ? value : text)}`,
				`${label} is the record's numeric ID, such as 42. Pick the record from the list, or map its ID from an earlier node.`,
			);
		}
		return text;
	});
	return requestOptions;
}

/**
 * The numeric ID a picker holds, in any of its modes (list, ID, link), or a bare number from an
 * older saved workflow or an expression; a missing or non-numeric one is refused with the field's
 * name. `parameterPath` may reach into a collection (`additionalFields.teamId`).
 */
export function pickedId(context: IExecuteSingleFunctions, parameterPath: string): number {
	const value = context.getNodeParameter(parameterPath, '', { extractValue: true }) as unknown;
	const text = String(value ?? '').trim();
	const problem = idProblem(typeof value === 'number' ? value : text);
	if (problem) {
		const label = fieldLabel(parameterPath);
		refuse(
			context,
			text === '' || text === '0' ? `${label} is required` : `${label} ${problem}, got "${text}"`,
			`Pick one from the list or set ${label} to the record's numeric ID, or map it from an earlier node.`,
		);
	}
	return Number(text);
}

/** Sends a picked record's numeric ID in the body (dots nest) or the query, refusing a missing or non-numeric one. */
export function sendPickedId(
	parameterPath: string,
	key: string,
	target: 'body' | 'query' = 'body',
) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const id = pickedId(this, parameterPath);
		if (target === 'body') setPath(bodyOf(requestOptions), key, id);
		else queryOf(requestOptions)[key] = id;
		return requestOptions;
	};
}

/** Refuses a missing or non-numeric record ID with the field's name, before any request. */
export function requireNumericId(parameterPath: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		pickedId(this, parameterPath);
		return requestOptions;
	};
}
