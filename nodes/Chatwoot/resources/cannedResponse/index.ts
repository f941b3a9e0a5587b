import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { resourceLocatorField } from '../../fields';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'cannedResponse';
const CANNED = '/api/v1/accounts/{accountId}/canned_responses';

export const cannedResponseOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a canned response',
			description:
				'Create a reply agents insert by typing its short code; returns the new canned response',
			routing: { request: { method: 'POST', url: CANNED } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a canned response',
			description: 'Delete a canned response. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: `${CANNED}/{cannedResponseId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many canned responses',
			description:
				'List the canned responses of the account, or those matching a search, in one request',
			routing: { request: { method: 'GET', url: CANNED } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a canned response',
			description: 'Change only the fields you set',
			routing: { request: { method: 'PATCH', url: `${CANNED}/{cannedResponseId}` } },
		},
	],
	default: 'getAll',
};

const shortCode = (required: boolean): INodeProperties => ({
	displayName: 'Short Code',
	name: 'shortCode',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. refund',
	description: 'What agents type after / in the reply box to insert the response',
	routing: { send: { type: 'body', property: 'canned_response.short_code' } },
});

const content = (required: boolean): INodeProperties => ({
	displayName: 'Content',
	name: 'content',
	type: 'string',
	required,
	default: '',
	typeOptions: { rows: 4 },
	description: 'Text of the response; it may use variables such as {{contact.name}}',
	routing: { send: { type: 'body', property: 'canned_response.content' } },
});

export const cannedResponseFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['delete', 'update'] } }, [
		resourceLocatorField('cannedResponseId', 'Canned Response', {
			searchListMethod: 'searchCannedResponses',
			noun: 'a canned response',
			description: 'The canned response to work on',
		}),
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		shortCode(true),
		content(true),
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getAll'] } }, [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					placeholder: 'e.g. refund',
					description:
						'Only responses whose short code or content contains this text, ignoring case',
					routing: { send: { type: 'query', property: 'search' } },
				},
			],
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
			options: [content(false), shortCode(false)],
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Canned Response',
		'cannedResponse',
		'Saved replies agents insert with a short code',
	),
	operations: cannedResponseOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...cannedResponseFields],
};
