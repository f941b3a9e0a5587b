import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath, matches } from '../../../common/listSearch';
import { payloadOf } from './helpCenter';

export async function searchPortals(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/portals'),
	});
	const results = payloadOf(body)
		.filter((portal) => matches(filter, portal.name, portal.slug))
		.map((portal) => ({
			name: String(portal.name ?? portal.slug),
			value: String(portal.slug),
			description: portal.archived ? `${String(portal.slug)} (archived)` : String(portal.slug),
		}));
	return { results };
}

/** The account's portals by numeric ID, for fields that send `portal_id` (an inbox's help center). */
export async function searchPortalIds(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/portals'),
	});
	const results = payloadOf(body)
		.filter((portal) => matches(filter, portal.name, portal.slug, portal.id))
		.map((portal) => ({
			name: String(portal.name ?? portal.slug),
			value: String(portal.id),
			description: portal.archived ? `${String(portal.slug)} (archived)` : String(portal.slug),
		}));
	return { results };
}
