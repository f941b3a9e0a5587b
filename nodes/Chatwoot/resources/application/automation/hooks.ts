import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { parameterLabel } from '../../../helpers/errors';
import { refuse } from '../../../helpers/values';

/** Value of the App field that means "the slug is in Custom App ID". */
export const OTHER_APP = '__other';

/** Sets `a.b` in the request body, creating the objects on the way. */
function setInBody(requestOptions: IHttpRequestOptions, path: string, value: unknown): void {
	if (!requestOptions.body || typeof requestOptions.body !== 'object') requestOptions.body = {};
	const keys = path.split('.');
	let target = requestOptions.body as IDataObject;
	for (const key of keys.slice(0, -1)) {
		if (!target[key] || typeof target[key] !== 'object') target[key] = {};
		target = target[key] as IDataObject;
	}
	target[keys[keys.length - 1]] = value as IDataObject[keyof IDataObject];
}

/**
 * Parses a JSON field and sends it at `bodyPath` (dots nest: `hook.settings`). `kind` says whether
 * Chatwoot wants an object or a list of objects; anything else is refused with the field's name.
 */
export function sendJson(parameterPath: string, bodyPath: string, kind: 'object' | 'list') {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const raw = this.getNodeParameter(parameterPath, undefined) as unknown;
		if (raw === undefined || raw === '') return requestOptions;
		const label = parameterLabel(parameterPath.split('.').pop() as string);
		const example = kind === 'object' ? '{"key": "value"}' : '[{"key": "value"}]';
		let value: unknown = raw;
		if (typeof raw === 'string') {
			try {
				value = JSON.parse(raw);
			} catch (error) {
				refuse(this, `${label} is not valid JSON`, `Enter JSON such as ${example}. The parser said: ${(error as Error).message}`);
			}
		}
		if (kind === 'object' && (!value || typeof value !== 'object' || Array.isArray(value))) {
			refuse(this, `${label} must be a JSON object`, `Enter an object of keys and values such as ${example}, not ${Array.isArray(value) ? 'a list' : `a ${typeof value}`}.`);
		}
		if (kind === 'list') {
			if (!Array.isArray(value)) {
				refuse(this, `${label} must be a JSON list`, `Enter a list in square brackets such as ${example}, not ${value === null ? 'null' : `a ${typeof value}`}.`);
			}
			const wrong = value.findIndex((entry) => !entry || typeof entry !== 'object' || Array.isArray(entry));
			if (wrong !== -1) {
				refuse(this, `${label} must be a list of JSON objects`, `Entry ${wrong} is not an object; each entry looks like ${example.slice(1, -1)}.`);
			}
		}
		setInBody(requestOptions, bodyPath, value);
		return requestOptions;
	};
}

/** The integration's slug: one of the listed apps, or the one typed in Custom App ID. */
export async function sendAppId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	let appId = String(this.getNodeParameter('appId', '') ?? '').trim();
	if (appId === OTHER_APP) appId = String(this.getNodeParameter('customAppId', '') ?? '').trim();
	if (appId === '') {
		refuse(this, 'App ID is required', 'Pick the integration app, or choose Other and type its ID, such as dialogflow.');
	}
	setInBody(requestOptions, 'hook.app_id', appId);
	return requestOptions;
}

/**
 * The record inside `payload`, or each record of a `payload` list; an answer without `payload` is
 * kept as it is. Chatwoot wraps some of these answers and not others (automation rules: create is
 * bare, show and update are wrapped), so one tolerant step serves them all.
 */
export async function unwrapPayload(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as IDataObject | undefined;
	if (!body || typeof body !== 'object' || Array.isArray(body) || !('payload' in body)) return items;
	const payload = body.payload as unknown;
	if (Array.isArray(payload)) return (payload as IDataObject[]).map((json) => ({ json }));
	if (payload && typeof payload === 'object') return [{ json: payload as IDataObject }];
	return items;
}
