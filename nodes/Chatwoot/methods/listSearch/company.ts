import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath, text } from '../../../common/listSearch';

/** The first page (25) of the account's companies by name, or of those whose name or domain contains the search text. */
export async function searchCompanies(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const search = filter?.trim();
	const body = (await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, search ? '/companies/search' : '/companies'),
		qs: search ? { q: search, sort: 'name' } : { sort: 'name' },
	})) as { payload?: IDataObject[] };
	const results = (body?.payload ?? []).map((company) => ({
		name: String(company.name),
		value: String(company.id),
		description: text(company.domain),
	}));
	return { results };
}
