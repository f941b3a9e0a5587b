import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath } from '../../../common/listSearch';

const CONTACTS_PER_PAGE = 15;

interface ContactPage {
	meta?: { count?: number; has_more?: boolean };
	payload?: IDataObject[];
}

function contactItem(contact: IDataObject): INodeListSearchItems {
	const name = String(contact.name ?? '').trim();
	const reach = [contact.email, contact.phone_number].find(
		(value) => typeof value === 'string' && value.trim() !== '',
	) as string | undefined;
	const label =
		name || reach || String(contact.identifier ?? '') || `Contact ${String(contact.id)}`;
	return { name: reach && name ? `${name} (${reach})` : label, value: String(contact.id) };
}

/**
 * Contacts to pick from: Chatwoot's own search (name, email, phone, identifier) when there is a
 * search text, else the contact list; one page of 15 at a time as the list scrolls.
 */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
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
		: contacts.length === CONTACTS_PER_PAGE &&
			page * CONTACTS_PER_PAGE < Number(body.meta?.count ?? Infinity);
	return {
		results: contacts.map(contactItem),
		paginationToken: more ? String(page + 1) : undefined,
	};
}
