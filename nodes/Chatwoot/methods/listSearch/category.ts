import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { matches } from '../../../common/listSearch';
import { helpCenterPage } from './helpCenter';

export async function searchCategories(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { records, paginationToken: next } = await helpCenterPage(
		this,
		'categories',
		{},
		paginationToken,
	);
	const results = records
		.filter((category) => matches(filter, category.name, category.slug))
		.map((category) => ({
			name: String(category.name),
			value: String(category.id),
			description: [category.slug, category.locale].filter(Boolean).join(', ') || undefined,
		}));
	return { results, paginationToken: next };
}
