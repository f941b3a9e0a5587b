// What several contact operations share: the paths, the contact picker, the contact details and the list options.

import type { INodeProperties } from 'n8n-workflow';

import { sendJson } from '../../helpers/hooks';
import { multiPickerField, resourceLocatorField } from '../../fields';
import { sendList } from '../../helpers/values';

export const RESOURCE = 'contact';
export const CONTACTS = '/api/v1/accounts/{accountId}/contacts';
export const CONTACT = `${CONTACTS}/{contactId}`;
export const PAGE_SIZE = 15;
export const payload = { type: 'rootProperty' as const, properties: { property: 'payload' } };

export const CONTACT_URL = '/app/accounts/\\d+/contacts/(\\d+)';

export const contactIdField = resourceLocatorField('contactId', 'Contact', {
	searchListMethod: 'searchContacts',
	noun: 'a contact',
	urlPattern: CONTACT_URL,
	description: 'The contact to work on',
});

const jsonHelp = (what: string) =>
	`JSON object of ${what}, such as {"plan": "pro"}. On update the keys you send are merged into the stored ones: keys you leave out are kept.`;

/** Contact details sent on create and update; `collection` names the parameter they live in. */
export function contactAttributes(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Additional Attributes',
			name: 'additionalAttributes',
			type: 'json',
			default: '{}',
			description: jsonHelp(
				'built-in extra details such as city, country, company_name, description or social_profiles',
			),
			routing: {
				send: {
					preSend: [sendJson(`${collection}.additionalAttributes`, 'additional_attributes')],
				},
			},
		},
		{
			displayName: 'Avatar URL',
			name: 'avatarUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/avatar.png',
			description: 'Address of a JPEG or PNG image; Chatwoot downloads it in the background',
			routing: { send: { type: 'body', property: 'avatar_url' } },
		},
		{
			displayName: 'Blocked',
			name: 'blocked',
			type: 'boolean',
			default: false,
			description: 'Whether messages from the contact are refused',
			routing: { send: { type: 'body', property: 'blocked' } },
		},
		{
			displayName: 'Custom Attributes',
			name: 'customAttributes',
			type: 'json',
			default: '{}',
			description: jsonHelp('custom attributes keyed by their attribute key'),
			routing: {
				send: { preSend: [sendJson(`${collection}.customAttributes`, 'custom_attributes')] },
			},
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			description: 'Email address; it must be unique in the account',
			routing: { send: { type: 'body', property: 'email' } },
		},
		{
			displayName: 'Identifier',
			name: 'identifier',
			type: 'string',
			default: '',
			description: 'The contact’s ID in your own system; it must be unique in the account',
			routing: { send: { type: 'body', property: 'identifier' } },
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			routing: { send: { type: 'body', property: 'name' } },
		},
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			default: '',
			placeholder: 'e.g. +4915112345678',
			description: 'In international format, starting with + and the country code',
			routing: { send: { type: 'body', property: 'phone_number' } },
		},
	];
}

const SORT_KEYS: Array<[string, string]> = [
	['City', 'city'],
	['Company Name', 'company_name'],
	['Country', 'country'],
	['Created At', 'created_at'],
	['Email', 'email'],
	['Last Activity At', 'last_activity_at'],
	['Name', 'name'],
	['Phone Number', 'phone_number'],
];

export const listOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Include Contact Inboxes',
			name: 'includeContactInboxes',
			type: 'boolean',
			default: true,
			description:
				'Whether each contact lists the inboxes it is linked to; turn off for lighter answers',
			routing: { send: { type: 'query', property: 'include_contact_inboxes' } },
		},
		multiPickerField(
			'labels',
			'Label Names or IDs',
			'getLabelTitles',
			'Only contacts with at least one of these labels, sent by title',
			{
				displayOptions: { show: { '/operation': ['getAll'] } },
				routing: { send: { preSend: [sendList('options.labels', 'query', 'labels')] } },
			},
		),
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'options',
			default: 'name',
			options: SORT_KEYS.flatMap(([label, key]) => [
				{ name: `${label} (Ascending)`, value: key },
				{ name: `${label} (Descending)`, value: `-${key}` },
			]),
			description: 'Without a sort, newest created first, so that pages follow one another',
			routing: { send: { type: 'query', property: 'sort' } },
		},
	],
};
