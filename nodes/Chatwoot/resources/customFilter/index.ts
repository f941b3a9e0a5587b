import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { resourceLocatorField } from '../../fields';
import { sendFilterType } from './hooks';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'customFilter';
const FILTERS = '/api/v1/accounts/{accountId}/custom_filters';
const FILTER = `${FILTERS}/{customFilterId}`;

export const customFilterOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a custom filter',
			description: 'Save a filter for yourself (the token’s user)',
			routing: { request: { method: 'POST', url: FILTERS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a custom filter',
			description: 'Delete a saved filter of the token’s user. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: FILTER },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a custom filter',
			description: 'Get one saved filter of the token’s user with its conditions',
			routing: { request: { method: 'GET', url: FILTER } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many custom filters',
			description:
				'List the saved filters of one kind that belong to the token’s user, in one request',
			routing: { request: { method: 'GET', url: FILTERS } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a custom filter',
			description: 'Change only the fields you set',
			routing: { request: { method: 'PATCH', url: FILTER } },
		},
	],
	default: 'getAll',
};

export const customFilterIdField = resourceLocatorField('customFilterId', 'Custom Filter', {
	searchListMethod: 'searchCustomFilters',
	noun: 'a custom filter',
	description: 'The saved filter to work on; only your own filters can be found',
});

const FILTER_TYPES = [
	{ name: 'Contact', value: 'contact' },
	{ name: 'Conversation', value: 'conversation' },
	{ name: 'Report', value: 'report' },
];

const QUERY_HELP =
	'The saved conditions as a JSON object, as the dashboard stores them: {"payload": [{"attribute_key": "status", "filter_operator": "equal_to", "values": ["open"], "query_operator": null}]}';

// Chatwoot reads only custom_filter.{name, filter_type, query}: a top-level `type`, as its published
// description has it, is dropped and the filter is saved as a conversation filter (docs/server-facts.md#custom-filter-body).
const filterType: INodeProperties = {
	displayName: 'Filter Type',
	name: 'filterType',
	type: 'options',
	required: true,
	default: 'conversation',
	description: 'What the filter applies to',
	options: FILTER_TYPES,
	routing: { send: { preSend: [sendFilterType] } },
};

export const customFilterFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[customFilterIdField],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create', 'getAll'] } }, [
		filterType,
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Open VIP conversations',
			routing: { send: { type: 'body', property: 'custom_filter.name' } },
		},
		{
			displayName: 'Query',
			name: 'filterQuery',
			type: 'json',
			required: true,
			default: '{\n  "payload": []\n}',
			description: QUERY_HELP,
			routing: { send: { preSend: [sendJson('filterQuery', 'custom_filter.query')] } },
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
			options: [
				{
					displayName: 'Filter Type',
					name: 'filterType',
					type: 'options',
					default: 'conversation',
					options: FILTER_TYPES,
					routing: { send: { type: 'body', property: 'custom_filter.filter_type' } },
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'custom_filter.name' } },
				},
				{
					displayName: 'Query',
					name: 'filterQuery',
					type: 'json',
					default: '{\n  "payload": []\n}',
					description: QUERY_HELP,
					routing: {
						send: { preSend: [sendJson('updateFields.filterQuery', 'custom_filter.query')] },
					},
				},
			],
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Custom Filter',
		'customFilter',
		'Saved filters of conversations, contacts and reports',
	),
	operations: customFilterOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...customFilterFields],
};
