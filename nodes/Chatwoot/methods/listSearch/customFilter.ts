import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath, matches } from '../../../common/listSearch';

const FILTER_TYPES = ['conversation', 'contact', 'report'];

/** The token user's saved filters of every kind (Chatwoot lists one kind per request). */
export async function searchCustomFilters(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const lists = await Promise.all(
		FILTER_TYPES.map(
			async (filterType) =>
				(await chatwootApiRequest.call(this, {
					method: 'GET',
					path: accountPath(this, '/custom_filters'),
					qs: { filter_type: filterType },
				})) as IDataObject[],
		),
	);
	const results = lists
		.flatMap((list) => (Array.isArray(list) ? list : []))
		.filter((customFilter) => matches(filter, customFilter.name))
		.map((customFilter) => ({
			name: `${String(customFilter.name)} (${String(customFilter.filter_type)})`,
			value: String(customFilter.id),
		}));
	return { results };
}
