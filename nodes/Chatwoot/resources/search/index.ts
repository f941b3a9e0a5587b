import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'search';
const SEARCH = '/api/v1/accounts/{accountId}/search';

/** Records per page of every search list (`per(15)` in Chatwoot's search service). */
const RESULTS_PER_PAGE = 15;

/** Routing of a search of one kind: its records are under `payload.<kind>`, 15 a page. */
function searchOf(kind: string): INodePropertyOptions['routing'] {
	return {
		request: { method: 'GET', url: `${SEARCH}/${kind}` },
		send: { paginate: true },
		operations: {
			pagination: paginate({
				type: 'page',
				pageSize: RESULTS_PER_PAGE,
				records: `payload.${kind}`,
			}),
		},
	};
}

export const globalSearchOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Search Articles',
			value: 'searchArticles',
			action: 'Search help center articles',
			description:
				'Articles of the account’s help centers whose title, description or text has words starting with the search words, best matches first, drafts and archived included; one item per article',
			routing: searchOf('articles'),
		},
		{
			name: 'Search Contacts',
			value: 'searchContacts',
			action: 'Search contacts',
			description:
				'Contacts with an email, a phone number or an identifier whose name, email, phone number or identifier contain the text, most recently active first. A contact with a name only is not found here; Contact → Search finds it.',
			routing: searchOf('contacts'),
		},
		{
			name: 'Search Conversations',
			value: 'searchConversations',
			action: 'Search conversations',
			description:
				'Conversations in inboxes the token’s user can see whose number or contact matches, newest first',
			routing: searchOf('conversations'),
		},
		{
			name: 'Search Everything',
			value: 'searchEverything',
			action: 'Search everything in the account',
			description:
				'One item with a page of each list: conversations, contacts, messages and articles',
			routing: {
				request: { method: 'GET', url: SEARCH },
				output: { postReceive: [{ type: 'rootProperty', properties: { property: 'payload' } }] },
			},
		},
		{
			name: 'Search Messages',
			value: 'searchMessages',
			action: 'Search messages',
			description:
				'Messages of the last 3 months in inboxes the token’s user can see whose text matches, newest first. How the text matches depends on the account’s search features.',
			routing: searchOf('messages'),
		},
	],
	default: 'searchConversations',
};

export const globalSearchFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE] } }, [
		{
			displayName: 'Search Text',
			name: 'searchText',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. refund',
			description:
				'Text to look for, in any letter case. Conversations and contacts match parts of words; messages too by default, but whole words with the account’s GIN or advanced search; articles match words by their start.',
			routing: { send: { type: 'query', property: 'q' } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['searchEverything'] } }, [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Page',
					name: 'page',
					type: 'number',
					default: 1,
					typeOptions: { minValue: 1, numberPrecision: 0 },
					description: 'Page of 15 results of each kind to return',
					routing: { send: { type: 'query', property: 'page' } },
				},
			],
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Search',
		'search',
		'Find conversations, contacts, messages and help center articles of the account by text',
	),
	operations: globalSearchOperations,
	fields: [
		...listFields(
			RESOURCE,
			['searchArticles', 'searchContacts', 'searchConversations', 'searchMessages'],
			{ paged: true },
		),
		...globalSearchFields,
	],
};
