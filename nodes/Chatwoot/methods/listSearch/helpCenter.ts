import type { IDataObject, ILoadOptionsFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath } from '../../../common/listSearch';

/** Articles come 25 to a page, categories 1000 (docs/server-facts.md#category-page-size). */
const HELP_CENTER_PAGE = { articles: 25, categories: 1000 };

export function payloadOf(body: unknown): IDataObject[] {
	const payload = (body as { payload?: unknown } | undefined)?.payload;
	return Array.isArray(payload) ? (payload as IDataObject[]) : [];
}

export function shorten(text: unknown, length = 80): string | undefined {
	if (typeof text !== 'string' || text === '') return undefined;
	return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** The slug of the portal chosen on the node, for pickers of its categories and articles. */
function portalSlug(context: ILoadOptionsFunctions): string {
	let slug = '';
	try {
		slug = String(
			context.getCurrentNodeParameter('portalSlug', { extractValue: true }) ?? '',
		).trim();
	} catch {
		slug = '';
	}
	if (slug === '' || slug.startsWith('=')) {
		throw new NodeOperationError(context.getNode(), 'Choose the portal first', {
			description:
				'Categories and articles belong to a portal: pick it in the Portal field, then open this list again.',
		});
	}
	return encodeURIComponent(slug);
}

/** One page per call: the editor asks for the next page with the token. */
export async function helpCenterPage(
	context: ILoadOptionsFunctions,
	what: 'categories' | 'articles',
	qs: IDataObject,
	paginationToken?: string,
) {
	const page = Number(paginationToken) > 1 ? Number(paginationToken) : 1;
	const body = await chatwootApiRequest.call(context, {
		method: 'GET',
		path: accountPath(context, `/portals/${portalSlug(context)}/${what}`),
		qs: { ...qs, page },
	});
	const records = payloadOf(body);
	return {
		records,
		paginationToken: records.length >= HELP_CENTER_PAGE[what] ? String(page + 1) : undefined,
	};
}
