import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { helpCenterPage, shorten } from './helpCenter';

export async function searchArticles(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { records, paginationToken: next } = await helpCenterPage(
		this,
		'articles',
		filter ? { query: filter } : {},
		paginationToken,
	);
	const results = records.map((article) => ({
		name: String(article.title),
		value: String(article.id),
		description:
			[article.status, shorten(article.description, 60)].filter(Boolean).join(', ') || undefined,
	}));
	return { results, paginationToken: next };
}
