import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { paginate } from '../../helpers/pagination';
import { unwrapPayload } from '../../helpers/postReceive';
import { byDisplayName, listFields, resourceLocatorField, resourceOption } from '../../fields';
import type { ResourceDescription } from '../types';

const RESOURCE = 'company';
const COMPANIES = '/api/v1/accounts/{accountId}/companies';
/** Companies per page (`RESULTS_PER_PAGE` of the companies controller), and contacts per page of a company. */
const COMPANIES_PER_PAGE = 25;
const CONTACTS_PER_PAGE = 15;

const companyPages = paginate({
	type: 'page',
	pageSize: COMPANIES_PER_PAGE,
	records: 'payload',
	total: 'meta.total_count',
});

export const companyOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Add Contact',
			value: 'addContact',
			action: 'Add a contact to a company',
			description:
				'Link a contact to the company, moving it from any company it was in (Enterprise edition only, with the companies feature on)',
			routing: {
				request: { method: 'POST', url: `${COMPANIES}/{companyId}/contacts` },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create a company',
			description:
				'Create a company with a name and, optionally, a domain, description and custom attributes (Enterprise edition only, with the companies feature on)',
			routing: {
				request: { method: 'POST', url: COMPANIES },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a company',
			description:
				'Delete a company (administrators only); its contacts stay, without a company (Enterprise edition only, with the companies feature on)',
			routing: {
				request: { method: 'DELETE', url: `${COMPANIES}/{companyId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a company',
			description:
				'Get one company with its domain, contact count and custom attributes (Enterprise edition only, with the companies feature on)',
			routing: {
				request: { method: 'GET', url: `${COMPANIES}/{companyId}` },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Get Contacts',
			value: 'getContacts',
			action: 'Get the contacts of a company',
			description:
				'List the contacts linked to a company, by name, 15 per page (Enterprise edition only, with the companies feature on)',
			routing: {
				request: { method: 'GET', url: `${COMPANIES}/{companyId}/contacts` },
				send: { paginate: true },
				operations: {
					pagination: paginate({
						type: 'page',
						pageSize: CONTACTS_PER_PAGE,
						records: 'payload',
						total: 'meta.total_count',
					}),
				},
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many companies',
			description:
				'List the companies of the account, 25 per page, in the order chosen (Enterprise edition only, with the companies feature on)',
			routing: {
				request: { method: 'GET', url: COMPANIES },
				send: { paginate: true },
				operations: { pagination: companyPages },
			},
		},
		{
			name: 'Remove Contact',
			value: 'removeContact',
			action: 'Remove a contact from a company',
			description:
				'Unlink a contact from the company; the contact itself stays (Enterprise edition only, with the companies feature on)',
			routing: {
				request: { method: 'DELETE', url: `${COMPANIES}/{companyId}/contacts/{contactId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Search',
			value: 'search',
			action: 'Search companies',
			description:
				'Find companies whose name or domain contains a text, 25 per page (Enterprise edition only, with the companies feature on)',
			routing: {
				request: { method: 'GET', url: `${COMPANIES}/search` },
				send: { paginate: true },
				operations: { pagination: companyPages },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a company',
			description:
				'Change only the fields you set; custom attributes are merged into the stored ones (Enterprise edition only, with the companies feature on)',
			routing: {
				request: { method: 'PATCH', url: `${COMPANIES}/{companyId}` },
				output: { postReceive: [unwrapPayload] },
			},
		},
	],
	default: 'getAll',
};

export const companyIdField = resourceLocatorField('companyId', 'Company', {
	searchListMethod: 'searchCompanies',
	noun: 'a company',
	urlPattern: '/app/accounts/\\d+/companies/(\\d+)',
	description: 'The company to work on',
});

const contactOf = (description: string, bodyKey?: string) =>
	resourceLocatorField('contactId', 'Contact', {
		searchListMethod: 'searchContacts',
		noun: 'a contact',
		urlPattern: '/app/accounts/\\d+/contacts/(\\d+)',
		description,
		bodyKey,
	});

function companyAttributes(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Custom Attributes',
			name: 'customAttributes',
			type: 'json',
			default: '{}',
			description:
				'JSON object of company custom attributes keyed by their attribute key, such as {"plan": "pro"}. On update the keys you send are merged into the stored ones.',
			routing: {
				send: {
					preSend: [sendJson(`${collection}.customAttributes`, 'company.custom_attributes')],
				},
			},
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			routing: { send: { type: 'body', property: 'company.description' } },
		},
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			placeholder: 'e.g. example.com',
			description:
				'Web domain of the company, unique in the account; Chatwoot fetches its icon as the avatar',
			routing: { send: { type: 'body', property: 'company.domain' } },
		},
	];
}

const name = (required: boolean): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. Acme Inc.',
	routing: { send: { type: 'body', property: 'company.name' } },
});

const SORT_KEYS: Array<[string, string]> = [
	['Contacts Count', 'contacts_count'],
	['Created At', 'created_at'],
	['Domain', 'domain'],
	['Last Activity At', 'last_activity_at'],
	['Name', 'name'],
];

export const companyFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: ['addContact', 'delete', 'get', 'getContacts', 'removeContact', 'update'],
			},
		},
		[companyIdField],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['addContact'] } }, [
		contactOf('The contact to link to the company', 'contact_id'),
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['removeContact'] } }, [
		contactOf('The contact to unlink from the company'),
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['search'] } }, [
		{
			displayName: 'Search Text',
			name: 'query',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. acme',
			description: 'Text to find in the company name or domain, ignoring case',
			routing: { send: { type: 'query', property: 'q' } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getAll', 'search'] } }, [
		{
			displayName: 'Sort',
			name: 'sort',
			type: 'options',
			default: 'name',
			options: SORT_KEYS.flatMap(([label, key]) => [
				{ name: `${label} (Ascending)`, value: key },
				{ name: `${label} (Descending)`, value: `-${key}` },
			]),
			description: 'Order of the companies',
			routing: { send: { type: 'query', property: 'sort' } },
		},
	]),
	// Get Contacts is a list too: its own Return All and Limit, read by the shared pagination
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getContacts'] } }, [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
	]),
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['getContacts'], returnAll: [false] } },
		[
			{
				displayName: 'Limit',
				name: 'limit',
				type: 'number',
				default: 50,
				typeOptions: { minValue: 1 },
				description: 'Max number of results to return',
			},
		],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		name(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: companyAttributes('additionalFields'),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields you add here are sent',
			options: byDisplayName([...companyAttributes('updateFields'), name(false)]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Company',
		RESOURCE,
		'Companies that contacts belong to (Enterprise edition only, with the companies feature on)',
	),
	operations: companyOperations,
	fields: [...listFields(RESOURCE, ['getAll', 'search'], { paged: true }), ...companyFields],
};
