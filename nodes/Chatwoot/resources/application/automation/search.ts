import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { accountPath, matches } from '../../../methods/listSearch/common';
import { chatwootApiRequest } from '../../../transport';

/** Help center lists come 25 to a page. */
const HELP_CENTER_PAGE = 25;

function payloadOf(body: unknown): IDataObject[] {
	const payload = (body as { payload?: unknown } | undefined)?.payload;
	return Array.isArray(payload) ? (payload as IDataObject[]) : [];
}

function shorten(text: unknown, length = 80): string | undefined {
	if (typeof text !== 'string' || text === '') return undefined;
	return text.length > length ? `${text.slice(0, length - 1).trimEnd()}…` : text;
}

/** The slug of the portal chosen on the node, for pickers of its categories and articles. */
function portalSlug(context: ILoadOptionsFunctions): string {
	let slug = '';
	try {
		slug = String(context.getCurrentNodeParameter('portalSlug', { extractValue: true }) ?? '').trim();
	} catch {
		slug = '';
	}
	if (slug === '' || slug.startsWith('=')) {
		throw new NodeOperationError(context.getNode(), 'Choose the portal first', {
			description: 'Categories and articles belong to a portal: pick it in the Portal field, then open this list again.',
		});
	}
	return encodeURIComponent(slug);
}

export async function searchPortals(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, { method: 'GET', path: accountPath(this, '/portals') });
	const results = payloadOf(body)
		.filter((portal) => matches(filter, portal.name, portal.slug))
		.map((portal) => ({
			name: String(portal.name ?? portal.slug),
			value: String(portal.slug),
			description: portal.archived ? `${String(portal.slug)} (archived)` : String(portal.slug),
		}));
	return { results };
}

export async function searchAutomationRules(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, { method: 'GET', path: accountPath(this, '/automation_rules') });
	const results = payloadOf(body)
		.filter((rule) => matches(filter, rule.name, rule.description, rule.event_name))
		.map((rule) => ({
			name: String(rule.name),
			value: String(rule.id),
			description: [rule.event_name, rule.active === false ? 'inactive' : undefined].filter(Boolean).join(', ') || undefined,
		}));
	return { results };
}

export async function searchCampaigns(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, { method: 'GET', path: accountPath(this, '/campaigns') });
	const results = (Array.isArray(body) ? (body as IDataObject[]) : [])
		.filter((campaign) => matches(filter, campaign.title, campaign.description, (campaign.inbox as IDataObject | null)?.name, campaign.id))
		.map((campaign) => {
			const inbox = (campaign.inbox as IDataObject | null | undefined)?.name;
			return {
				name: String(campaign.title),
				value: String(campaign.id),
				description:
					[
						campaign.campaign_type === 'one_off' ? 'one-off' : 'ongoing',
						inbox ? String(inbox) : undefined,
						campaign.enabled === false ? 'disabled' : undefined,
						campaign.campaign_status === 'completed' ? 'completed' : undefined,
					]
						.filter(Boolean)
						.join(', ') || undefined,
			};
		});
	return { results };
}

export async function searchMacros(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, { method: 'GET', path: accountPath(this, '/macros') });
	const results = payloadOf(body)
		.filter((macro) => matches(filter, macro.name, macro.id))
		.map((macro) => ({
			name: String(macro.name),
			value: String(macro.id),
			description: typeof macro.visibility === 'string' ? macro.visibility : undefined,
		}));
	return { results };
}

export async function searchCannedResponses(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
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

export async function searchIntegrationHooks(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, { method: 'GET', path: accountPath(this, '/integrations/apps') });
	const results = payloadOf(body).flatMap((app) =>
		(Array.isArray(app.hooks) ? (app.hooks as IDataObject[]) : [])
			.map((hook) => {
				const inbox = (hook.inbox as IDataObject | null | undefined)?.name;
				return {
					name: `${String(app.name ?? app.id)} #${String(hook.id)}${inbox ? ` (${String(inbox)})` : ''}`,
					value: String(hook.id),
					description: hook.status === false ? 'disabled' : undefined,
				};
			})
			.filter((item) => matches(filter, item.name, app.id)),
	);
	return { results };
}

/** One page per call: the editor asks for the next page with the token. */
async function helpCenterPage(
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
	return { records, paginationToken: records.length >= HELP_CENTER_PAGE ? String(page + 1) : undefined };
}

export async function searchCategories(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { records, paginationToken: next } = await helpCenterPage(this, 'categories', {}, paginationToken);
	const results = records
		.filter((category) => matches(filter, category.name, category.slug))
		.map((category) => ({
			name: String(category.name),
			value: String(category.id),
			description: [category.slug, category.locale].filter(Boolean).join(', ') || undefined,
		}));
	return { results, paginationToken: next };
}

export async function searchArticles(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const { records, paginationToken: next } = await helpCenterPage(this, 'articles', filter ? { query: filter } : {}, paginationToken);
	const results = records.map((article) => ({
		name: String(article.title),
		value: String(article.id),
		description: [article.status, shorten(article.description, 60)].filter(Boolean).join(', ') || undefined,
	}));
	return { results, paginationToken: next };
}
