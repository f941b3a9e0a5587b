/** Pre-send hooks that turn what users type into the values Chatwoot reads: dates, ID lists. */
import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { parameterLabel, refuse } from '../../common/errors';
import { idProblem } from '../../common/request';

export type PreSend = (
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

/** The request's JSON body, created when missing. */
export function bodyOf(requestOptions: IHttpRequestOptions): IDataObject {
	if (!requestOptions.body || typeof requestOptions.body !== 'object') requestOptions.body = {};
	return requestOptions.body as IDataObject;
}

export function queryOf(requestOptions: IHttpRequestOptions): IDataObject {
	if (!requestOptions.qs || typeof requestOptions.qs !== 'object') requestOptions.qs = {};
	return requestOptions.qs as IDataObject;
}

/** `options.labelIds` → `Label IDs`: the label of a parameter given by its path. */
export function fieldLabel(parameterPath: string): string {
	return parameterLabel(parameterPath.split('.').pop() as string);
}

/** Milliseconds that `timeZone` is ahead of UTC at the instant `utcMs`. */
function zoneOffset(utcMs: number, timeZone: string): number {
	let format: Intl.DateTimeFormat;
	try {
		format = new Intl.DateTimeFormat('en-US', {
			timeZone,
			hourCycle: 'h23',
			year: 'numeric',
			month: 'numeric',
			day: 'numeric',
			hour: 'numeric',
			minute: 'numeric',
			second: 'numeric',
		});
	} catch {
		return 0;
	}
	const parts: Record<string, number> = {};
	for (const part of format.formatToParts(new Date(utcMs))) parts[part.type] = Number(part.value);
	const wall = Date.UTC(
		parts.year,
		parts.month - 1,
		parts.day,
		parts.hour,
		parts.minute,
		parts.second,
	);
	return wall - Math.floor(utcMs / 1000) * 1000;
}

const WALL_TIME = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;

/**
 * Unix seconds for a date the user gave: seconds as a number or digits, an ISO date with an
 * offset, or a date and time without one (the editor's date picker), read in the workflow's time zone.
 */
export function unixSeconds(value: unknown, timeZone: string): number | undefined {
	// beyond the year 5000 in seconds: a timestamp in milliseconds
	const fromNumber = (number: number) => Math.floor(number > 1e11 ? number / 1000 : number);
	if (typeof value === 'number') return Number.isFinite(value) ? fromNumber(value) : undefined;
	if (value instanceof Date)
		return Number.isNaN(value.getTime()) ? undefined : Math.floor(value.getTime() / 1000);
	if (
		value &&
		typeof value === 'object' &&
		typeof (value as { toMillis?: unknown }).toMillis === 'function'
	) {
		return Math.floor((value as { toMillis: () => number }).toMillis() / 1000);
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (/^\d+$/.test(text)) return fromNumber(Number(text));
	const wall = WALL_TIME.exec(text);
	if (wall) {
		const [, year, month, day, hour = '0', minute = '0', second = '0'] = wall;
		const asUtc = Date.UTC(
			Number(year),
			Number(month) - 1,
			Number(day),
			Number(hour),
			Number(minute),
			Number(second),
		);
		// the offset at the guessed instant, then again at the corrected one, for days the clock changes
		const guess = asUtc - zoneOffset(asUtc, timeZone);
		return Math.floor((asUtc - zoneOffset(guess, timeZone)) / 1000);
	}
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? undefined : Math.floor(parsed / 1000);
}

/**
 * Sends a date field (picked in the editor, ISO text, Unix seconds or milliseconds, a date from an
 * expression) where Chatwoot reads it: in the query or the body (dots nest), as Unix seconds or as
 * ISO text in UTC. A date without an offset is read in the workflow's time zone; an empty field is
 * left out, unless `required`.
 */
export function sendTime(
	parameterPath: string,
	target: 'query' | 'body',
	key: string,
	{ format = 'seconds', required = false }: { format?: 'seconds' | 'iso'; required?: boolean } = {},
): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = this.getNodeParameter(parameterPath, '') as unknown;
		const hint =
			'Pick a date, or map an ISO date such as 2026-05-01T00:00:00Z or a Unix timestamp in seconds.';
		if (value === '' || value === undefined || value === null) {
			if (required) refuse(this, `${fieldLabel(parameterPath)} is required`, hint);
			return requestOptions;
		}
		const seconds = unixSeconds(value, this.getTimezone());
		if (seconds === undefined)
			refuse(this, `${fieldLabel(parameterPath)} is not a date: "${String(value)}"`, hint);
		if (target === 'query') queryOf(requestOptions)[key] = String(seconds);
		else
			setPath(
				bodyOf(requestOptions),
				key,
				format === 'iso' ? new Date(seconds * 1000).toISOString() : seconds,
			);
		return requestOptions;
	};
}

const ID_HINT =
	'Enter IDs separated by commas, such as 1, 4, 7, or map a list of IDs from an earlier node.';

/**
 * The whole numbers of an ID-list field (comma- or space-separated text, or a list from an
 * expression), each once; anything else is refused naming the field, and so is an empty list
 * when `required`.
 */
export function numericIds(
	context: IExecuteSingleFunctions,
	parameterPath: string,
	{ required = false, hint = ID_HINT }: { required?: boolean; hint?: string } = {},
): number[] {
	const label = fieldLabel(parameterPath);
	const value = context.getNodeParameter(parameterPath, '') as unknown;
	const ids = (Array.isArray(value) ? value : String(value ?? '').split(/[\s,]+/))
		.map((item) => String(item ?? '').trim())
		.filter(Boolean);
	if (required && !ids.length) refuse(context, `${label} is required`, hint);
	const wrong = ids.filter((id) => idProblem(id) !== undefined);
	if (wrong.length)
		refuse(context, `${label} must be numeric IDs, got "${wrong.join('", "')}"`, hint);
	return [...new Set(ids.map(Number))];
}

/**
 * Sends an ID-list field as an array: in the query, where the operation's `arrayFormat: 'brackets'`
 * makes it `key[]=1&key[]=2` (the only form Rails reads as a list) and an empty list is left out;
 * or in the body at `key` (dots nest), where an empty list is refused.
 */
export function sendIdList(
	parameterPath: string,
	target: 'query' | 'body',
	key: string,
	hint?: string,
): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const ids = numericIds(this, parameterPath, { required: target === 'body', hint });
		if (target === 'body') setPath(bodyOf(requestOptions), key, ids);
		else if (ids.length) queryOf(requestOptions)[key] = ids;
		return requestOptions;
	};
}

/** Sets `a.b` in an object, creating the objects on the way. */
export function setPath(target: IDataObject, path: string, value: unknown): void {
	const keys = path.split('.');
	const last = keys.pop() as string;
	let cursor = target;
	for (const key of keys) {
		if (!cursor[key] || typeof cursor[key] !== 'object') cursor[key] = {};
		cursor = cursor[key] as IDataObject;
	}
	cursor[last] = value as IDataObject[keyof IDataObject];
}

/** A list typed as `a, b` or mapped as an array from an earlier node: trimmed, no blanks, no repeats. */
export function listOf(raw: unknown): string[] {
	const parts = Array.isArray(raw) ? raw : String(raw ?? '').split(',');
	return [...new Set(parts.map((part) => String(part ?? '').trim()).filter((part) => part !== ''))];
}

/**
 * Sends a comma-separated (or mapped array) field as a JSON array in the body at `bodyPath`, or
 * as `key[]=a&key[]=b` in the query (the operation sets `arrayFormat: 'brackets'`; Rails keeps only
 * the last value of a repeated key without brackets). An empty list goes in the body, where it
 * means "none", and is left out of a query.
 */
export function sendList(parameterPath: string, target: 'body' | 'query', key: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const values = listOf(this.getNodeParameter(parameterPath, ''));
		if (target === 'body') {
			setPath(bodyOf(requestOptions), key, values);
		} else if (values.length) {
			requestOptions.qs = { ...(requestOptions.qs ?? {}), [key]: values };
		}
		return requestOptions;
	};
}
