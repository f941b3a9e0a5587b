import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath, matches } from '../../../common/listSearch';
import { payloadOf } from './helpCenter';

/** The account's portals, filtered by name or slug; each offered by `key` (slug or numeric ID). */
async function portalList(
	context: ILoadOptionsFunctions,
	key: 'slug' | 'id',
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(context, {
		method: 'GET',
		path: accountPath(context, '/portals'),
	});
	const results = payloadOf(body)
		.filter((portal) =>
			matches(filter, portal.name, portal.slug, key === 'id' ? portal.id : undefined),
		)
		.map((portal) => ({
			name: String(portal.name ?? portal.slug),
			value: String(portal[key]),
			description: portal.archived ? `${String(portal.slug)} (archived)` : String(portal.slug),
		}));
	return { results };
}

export async function searchPortals(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await portalList(this, 'slug', filter);
}

/** The account's portals by numeric ID, for fields that send `portal_id` (an inbox's help center). */
export async function searchPortalIds(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await portalList(this, 'id', filter);
}
