import type { IDataObject, ILoadOptionsFunctions, INodeListSearchItems, INodeListSearchResult } from 'n8n-workflow';

import { accountPath, matches } from '../../../methods/listSearch/common';
import { chatwootApiRequest } from '../../../transport';

const CONTACTS_PER_PAGE = 15;

interface ContactPage {
	meta?: { count?: number; has_more?: boolean };
	payload?: IDataObject[];
}

function contactItem(contact: IDataObject): INodeListSearchItems {
	const name = String(contact.name ?? '').trim();
	const reach = [contact.email, contact.phone_number].find((value) => typeof value === 'string' && value.trim() !== '') as string | undefined;
	const label = name || reach || String(contact.identifier ?? '') || `Contact ${String(contact.id)}`;
	return { name: reach && name ? `${name} (${reach})` : label, value: String(contact.id) };
}

/**
 * Contacts to pick from: Chatwoot's own search (name, email, phone, identifier) when there is a
 * search text, else the contact list; one page of 15 at a time as the list scrolls.
 */
export async function searchContacts(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const page = Number(paginationToken) || 1;
	const text = filter?.trim();
	const qs: IDataObject = { page, include_contact_inboxes: false };
	if (text) qs.q = text;
	const body = (await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, text ? '/contacts/search' : '/contacts'),
		qs,
	})) as ContactPage;
	const contacts = body.payload ?? [];
	const more = text
		? body.meta?.has_more === true
		: contacts.length === CONTACTS_PER_PAGE && page * CONTACTS_PER_PAGE < Number(body.meta?.count ?? Infinity);
	return { results: contacts.map(contactItem), paginationToken: more ? String(page + 1) : undefined };
}

const FILTER_TYPES = ['conversation', 'contact', 'report'];

/** The token user's saved filters of every kind (Chatwoot lists one kind per request). */
export async function searchCustomFilters(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
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

const MODEL_NAMES: Record<string, string> = { contact_attribute: 'contact', conversation_attribute: 'conversation' };

/** Custom attribute definitions of every model, in one request (no attribute_model lists them all). */
export async function searchCustomAttributes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const list = (await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/custom_attribute_definitions'),
	})) as IDataObject[];
	const results = (Array.isArray(list) ? list : [])
		.filter((definition) => matches(filter, definition.attribute_display_name, definition.attribute_key))
		.map((definition) => {
			const model = String(definition.attribute_model ?? '');
			return {
				name: `${String(definition.attribute_display_name)} (${MODEL_NAMES[model] ?? model.replace(/_attribute$/, '')})`,
				value: String(definition.id),
				description: String(definition.attribute_key ?? ''),
			};
		});
	return { results };
}
