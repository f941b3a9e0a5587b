import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath } from '../../../common/listSearch';
import { shorten } from './helpCenter';

export async function searchCannedResponses(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/canned_responses'),
		qs: filter ? { search: filter } : undefined,
	});
	const results = (Array.isArray(body) ? (body as IDataObject[]) : []).map((response) => ({
		name: String(response.short_code),
		value: String(response.id),
		description: shorten(response.content),
	}));
	return { results };
}
