import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';

import { chatwootApiRequest } from './transport';
import { accountPath as pathOfAccount } from './instanceUrl';

/** `/api/v1/accounts/<node's Account ID, or the credential default>/<rest>` for a picker's list. */
export function accountPath(context: ILoadOptionsFunctions, rest: string): string {
	let accountId = '';
	try {
		accountId = String(context.getCurrentNodeParameter('accountId') ?? '').trim();
	} catch {
		accountId = '';
	}
	return pathOfAccount(accountId, rest);
}

/** Case-insensitive match of a search text against any of a record's fields. */
export function matches(filter: string | undefined, ...fields: unknown[]): boolean {
	if (!filter) return true;
	const wanted = filter.toLowerCase();
	return fields.some(
		(field) =>
			field !== undefined && field !== null && String(field).toLowerCase().includes(wanted),
	);
}

export async function list(context: ILoadOptionsFunctions, rest: string): Promise<IDataObject[]> {
	const body = (await chatwootApiRequest.call(context, {
		method: 'GET',
		path: accountPath(context, rest),
	})) as IDataObject[] | { payload?: IDataObject[] };
	if (Array.isArray(body)) return body;
	return Array.isArray(body?.payload) ? body.payload : [];
}

export const text = (value: unknown) =>
	value === undefined || value === null || value === '' ? undefined : String(value);
