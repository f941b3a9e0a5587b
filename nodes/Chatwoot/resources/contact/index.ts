import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, sendPickedId, successWhenEmpty } from '../../helpers/hooks';
import { paginate } from '../../helpers/pagination';
import { byDisplayName, pickerIn, resourceLocatorField } from '../../fields';
import { sendList } from '../../helpers/values';
import { inboxPicker } from '../../pickers';
import { createdContact, labelList, requireTwoContacts, sendAttributeKeys, sendDefaultSort, sendFilterConditions, sendIfSet, sendImportFile } from './hooks';
import type { ResourceDescription } from '../types';
import { resourceOption } from '../../fields';

const RESOURCE = 'contact';
const CONTACTS = '/api/v1/accounts/{accountId}/contacts';
const CONTACT = `${CONTACTS}/{contactId}`;
const PAGE_SIZE = 15;
const payload = { type: 'rootProperty' as const, properties: { property: 'payload' } };

export const contactOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a contact',
			description: 'Create a contact, optionally linked to an inbox; the output adds that link as contact_inbox',
			routing: { request: { method: 'POST', url: CONTACTS }, output: { postReceive: [createdContact] } },
		},
		{
			name: 'Create Contact Inbox',
			value: 'createContactInbox',
			action: 'Link a contact to an inbox',
			description: 'Make the contact reachable in one more inbox, with its own source ID there',
			routing: { request: { method: 'POST', url: `${CONTACT}/contact_inboxes` } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a contact',
			description:
				'Delete a contact with its conversations, in the background; administrators only. Chatwoot refuses while the contact is online.',
			routing: { request: { method: 'DELETE', url: CONTACT }, output: { postReceive: [successWhenEmpty] } },
		},
		{
			name: 'Delete Avatar',
			value: 'deleteAvatar',
			action: 'Delete the avatar of a contact',
			description: 'Remove the contact’s picture; the output is the contact without it',
			routing: { request: { method: 'DELETE', url: `${CONTACT}/avatar` }, output: { postReceive: [payload] } },
		},
		{
			name: 'Delete Custom Attributes',
			value: 'deleteCustomAttributes',
			action: 'Delete custom attributes of a contact',
			description: 'Remove these custom attribute keys and their values from the contact; other keys are kept',
			routing: {
				request: { method: 'POST', url: `${CONTACT}/destroy_custom_attributes` },
				send: { preSend: [sendAttributeKeys] },
				output: { postReceive: [payload] },
			},
		},
		{
			name: 'Filter',
			value: 'filter',
			action: 'Filter contacts',
			description: 'Find contacts with an email, a phone number or an identifier matching conditions on their attributes, 15 per page',
			routing: {
				request: { method: 'POST', url: `${CONTACTS}/filter` },
				send: { paginate: true, preSend: [sendDefaultSort] },
				operations: { pagination: paginate({ type: 'page', pageSize: PAGE_SIZE, records: 'payload', total: 'meta.count' }) },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a contact',
			routing: { request: { method: 'GET', url: CONTACT }, output: { postReceive: [payload] } },
		},
		{
			name: 'Get Contactable Inboxes',
			value: 'getContactableInboxes',
			action: 'Get the inboxes a contact can be reached in',
			description: 'Inboxes where a conversation with the contact can be started, with the source ID to use in each',
			routing: { request: { method: 'GET', url: `${CONTACT}/contactable_inboxes` }, output: { postReceive: [payload] } },
		},
		{
			name: 'Get Conversations',
			value: 'getConversations',
			action: 'Get conversations of a contact',
			description: 'The 20 most recent conversations of the contact in inboxes you can see; older ones are not returned',
			routing: { request: { method: 'GET', url: `${CONTACT}/conversations` }, output: { postReceive: [payload] } },
		},
		{
			name: 'Get Labels',
			value: 'getLabels',
			action: 'Get labels of a contact',
			description: 'One item with the contact’s labels as a list',
			routing: { request: { method: 'GET', url: `${CONTACT}/labels` }, output: { postReceive: [labelList] } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many contacts',
			description: 'List contacts that have an email, a phone number or an identifier, 15 per page',
			routing: {
				request: { method: 'GET', url: CONTACTS, arrayFormat: 'brackets' },
				send: { paginate: true, preSend: [sendDefaultSort] },
				operations: { pagination: paginate({ type: 'page', pageSize: PAGE_SIZE, records: 'payload', total: 'meta.count' }) },
			},
		},
		{
			name: 'Get Online',
			value: 'getOnline',
			action: 'Get online contacts',
			description: 'List the contacts online right now, such as visitors with the website chat open, 15 per page',
			routing: {
				request: { method: 'GET', url: `${CONTACTS}/active` },
				send: { paginate: true, preSend: [sendDefaultSort] },
				operations: { pagination: paginate({ type: 'page', pageSize: PAGE_SIZE, records: 'payload', total: 'meta.count' }) },
			},
		},
		{
			name: 'Import',
			value: 'import',
			action: 'Import contacts from a CSV file',
			description:
				'Hand Chatwoot a CSV file of contacts to create or update in the background; administrators only. Chatwoot emails the administrators when it is done.',
			routing: {
				request: { method: 'POST', url: `${CONTACTS}/import` },
				send: { preSend: [sendImportFile('binaryPropertyName')] },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Merge',
			value: 'merge',
			action: 'Merge two contacts',
			description:
				'Move the conversations, notes and inbox links of a duplicate into the contact to keep, fill its empty fields from the duplicate, then delete the duplicate. Labels are not moved: copy them first with Get Labels and Set Labels. Cannot be undone.',
			routing: {
				request: { method: 'POST', url: '/api/v1/accounts/{accountId}/actions/contact_merge' },
				send: { preSend: [sendPickedId('baseContactId', 'base_contact_id'), sendPickedId('mergeeContactId', 'mergee_contact_id'), requireTwoContacts] },
			},
		},
		{
			name: 'Search',
			value: 'search',
			action: 'Search contacts',
			description:
				'Find contacts whose name, email or phone number contains the text in any letter case, or whose identifier contains it with the same case, 15 per page',
			routing: {
				request: { method: 'GET', url: `${CONTACTS}/search` },
				send: { paginate: true, preSend: [sendDefaultSort] },
				// meta.count is the size of the page here, not a total: only has_more says whether to go on (docs/server-facts.md#contact-answers)
				operations: { pagination: paginate({ type: 'page', pageSize: PAGE_SIZE, records: 'payload', hasMore: 'meta.has_more' }) },
			},
		},
		{
			name: 'Set Labels',
			value: 'setLabels',
			action: 'Set labels of a contact',
			description:
				'Replace the contact’s labels with exactly these titles. Chatwoot stores any title, even one the account has no label for, so check them with Label → Get Many first.',
			routing: {
				request: { method: 'POST', url: `${CONTACT}/labels` },
				send: { preSend: [sendList('labels', 'body', 'labels')] },
				output: { postReceive: [labelList] },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a contact',
			description: 'Change only the fields you set; custom and additional attributes are merged into the stored ones',
			routing: { request: { method: 'PUT', url: CONTACT }, output: { postReceive: [payload] } },
		},
	],
	default: 'getAll',
};

const CONTACT_URL = '/app/accounts/\\d+/contacts/(\\d+)';

export const contactIdField = resourceLocatorField('contactId', 'Contact', {
	searchListMethod: 'searchContacts',
	noun: 'a contact',
	urlPattern: CONTACT_URL,
	description: 'The contact to work on',
});

const baseContactId = resourceLocatorField('baseContactId', 'Contact to Keep', {
	searchListMethod: 'searchContacts',
	noun: 'a contact',
	urlPattern: CONTACT_URL,
	description: 'The contact that remains and receives everything of the duplicate',
});

const mergeeContactId = resourceLocatorField('mergeeContactId', 'Duplicate to Merge In', {
	searchListMethod: 'searchContacts',
	noun: 'a contact',
	urlPattern: CONTACT_URL,
	description: 'The contact whose conversations, notes and inbox links move to the contact to keep; it is then deleted with its labels',
});

const jsonHelp = (what: string) =>
	`JSON object of ${what}, such as {"plan": "pro"}. On update the keys you send are merged into the stored ones: keys you leave out are kept.`;

/** Contact details sent on create and update; `collection` names the parameter they live in. */
function contactAttributes(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Additional Attributes',
			name: 'additionalAttributes',
			type: 'json',
			default: '{}',
			description: jsonHelp('built-in extra details such as city, country, company_name, description or social_profiles'),
			routing: { send: { preSend: [sendJson(`${collection}.additionalAttributes`, 'additional_attributes')] } },
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
			routing: { send: { preSend: [sendJson(`${collection}.customAttributes`, 'custom_attributes')] } },
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

const inboxLink: INodeProperties[] = [
	pickerIn('additionalFields', inboxPicker('An inbox to link the new contact to; the output then holds the link under contact_inbox'), 'inbox_id'),
	{
		displayName: 'Source ID',
		name: 'sourceId',
		type: 'string',
		default: '',
		description:
			'The contact’s address in that inbox (for example a phone number on WhatsApp, or your own ID on an API inbox). Used only with Inbox; Chatwoot makes one up when empty.',
		routing: { send: { type: 'body', property: 'source_id' } },
	},
];

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

const listOptions: INodeProperties = {
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
			description: 'Whether each contact lists the inboxes it is linked to; turn off for lighter answers',
			routing: { send: { type: 'query', property: 'include_contact_inboxes' } },
		},
		{
			displayName: 'Labels',
			name: 'labels',
			type: 'string',
			default: '',
			placeholder: 'e.g. vip, billing',
			description: 'Only contacts with at least one of these labels; separate several with commas',
			displayOptions: { show: { '/operation': ['getAll'] } },
			routing: { send: { preSend: [sendList('options.labels', 'query', 'labels')] } },
		},
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

const FILTER_OPERATORS = [
	{ name: 'Contains', value: 'contains' },
	{ name: 'Days Before', value: 'days_before', description: 'For dates: more than this many days ago' },
	{ name: 'Does Not Contain', value: 'does_not_contain' },
	{ name: 'Equal To', value: 'equal_to', description: 'Equal to the value (one value)' },
	{ name: 'Is Greater Than', value: 'is_greater_than', description: 'For dates and numbers' },
	{ name: 'Is Less Than', value: 'is_less_than', description: 'For dates and numbers' },
	{ name: 'Is Not Present', value: 'is_not_present', description: 'Has no value; Values is ignored' },
	{ name: 'Is Present', value: 'is_present', description: 'Has any value; Values is ignored' },
	{ name: 'Not Equal To', value: 'not_equal_to', description: 'Not equal to the value (one value)' },
];

const conditions: INodeProperties = {
	displayName: 'Conditions',
	name: 'conditions',
	type: 'fixedCollection',
	required: true,
	placeholder: 'Add Condition',
	typeOptions: { multipleValues: true, sortable: true },
	default: { condition: [{ attributeKey: 'email', filterOperator: 'contains', values: '' }] },
	description: 'Contacts must match these conditions, each joined to the next by its operator',
	options: [
		{
			displayName: 'Condition',
			name: 'condition',
			values: [
				{
					displayName: 'Attribute',
					name: 'attributeKey',
					type: 'string',
					default: 'email',
					placeholder: 'e.g. email',
					description:
						'Key of a contact attribute: name, email, phone_number, identifier, country_code, city, company_name, created_at, last_activity_at, blocked, labels, or the key of a custom attribute',
				},
				{
					displayName: 'Operator',
					name: 'filterOperator',
					type: 'options',
					default: 'equal_to',
					options: FILTER_OPERATORS,
				},
				{
					displayName: 'Values',
					name: 'values',
					type: 'string',
					default: '',
					placeholder: 'e.g. @example.com',
					description:
						'Value to compare with. Contains and Does Not Contain take several, separated by commas (any of them, none of them); every other operator takes one.',
				},
				{
					displayName: 'Then',
					name: 'queryOperator',
					type: 'options',
					default: 'AND',
					description: 'How this condition joins the next one; ignored on the last condition',
					options: [
						{ name: 'And', value: 'AND' },
						{ name: 'Or', value: 'OR' },
					],
				},
			],
		},
	],
	routing: { send: { preSend: [sendFilterConditions] } },
};

export const contactFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: [
					'createContactInbox',
					'delete',
					'deleteAvatar',
					'deleteCustomAttributes',
					'get',
					'getContactableInboxes',
					'getConversations',
					'getLabels',
					'setLabels',
					'update',
				],
			},
		},
		[contactIdField],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['search'] } }, [
		{
			displayName: 'Search Text',
			name: 'searchText',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. alice@example.com',
			description: 'Part of a name, email or phone number (any letter case) or of an identifier (same letter case)',
			routing: { send: { type: 'query', property: 'q' } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['filter'] } }, [conditions]),
	// the shared Return All and Limit show for filter, getAll and search; the online list pages the same way
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['filter', 'getAll', 'getOnline', 'search'] } }, [listOptions]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([...contactAttributes('additionalFields'), ...inboxLink]),
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
			options: contactAttributes('updateFields'),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['createContactInbox'] } }, [
		inboxPicker('The inbox to link the contact to', { bodyKey: 'inbox_id' }),
		{
			displayName: 'Source ID',
			name: 'sourceId',
			type: 'string',
			default: '',
			description:
				'The contact’s address in that inbox, such as a phone number or your own ID on an API inbox. Leave empty to let Chatwoot make one up.',
			routing: { send: { preSend: [sendIfSet('sourceId', 'source_id')] } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['merge'] } }, [baseContactId, mergeeContactId]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['deleteCustomAttributes'] } }, [
		{
			displayName: 'Attribute Keys',
			name: 'attributeKeys',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. plan, seats',
			description: 'Keys of the custom attributes to remove, separated by commas, or a list mapped from an earlier node',
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['import'] } }, [
		{
			displayName: 'Input Binary Field',
			name: 'binaryPropertyName',
			type: 'string',
			required: true,
			default: 'data',
			placeholder: 'e.g. data',
			description: 'Name of the input item’s binary property that holds the CSV file',
			hint: 'A header row, then one contact a row: name, email, phone_number, identifier, and company_name and city for the contact’s details; other columns are kept as custom attributes. A row whose identifier, email or phone number matches a contact updates that contact.',
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['setLabels'] } }, [
		{
			displayName: 'Labels',
			name: 'labels',
			type: 'string',
			default: '',
			placeholder: 'e.g. vip, billing',
			description: 'Label titles separated by commas, or a list mapped from an earlier node. The contact ends up with exactly these; empty removes all.',
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Contact', 'contact', 'People who talk to the account, their labels, inboxes and conversations'),
	operations: contactOperations,
	fields: contactFields,
};
