import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, resourceLocatorField } from '../../fields';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'label';
const LABELS = '/api/v1/accounts/{accountId}/labels';

export const labelOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a label',
			description: 'Create a label; administrators only',
			routing: { request: { method: 'POST', url: LABELS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a label',
			description:
				'Delete a label; administrators only. Conversations and contacts lose it in the background, not at once.',
			routing: {
				request: { method: 'DELETE', url: `${LABELS}/{labelId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a label',
			description: 'Get one label; administrators only (agents can use Get Many)',
			routing: { request: { method: 'GET', url: `${LABELS}/{labelId}` } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many labels',
			description: 'List many labels of the account in one request',
			routing: {
				request: { method: 'GET', url: LABELS },
				output: { postReceive: [{ type: 'rootProperty', properties: { property: 'payload' } }] },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a label',
			description:
				'Change only the fields you set; administrators only. A new title reaches conversations and contacts in the background, so they keep the old one for a moment.',
			routing: { request: { method: 'PATCH', url: `${LABELS}/{labelId}` } },
		},
	],
	default: 'getAll',
};

export const labelIdField = resourceLocatorField('labelId', 'Label', {
	searchListMethod: 'searchLabels',
	noun: 'a label',
	description: 'The label to work on',
});

function labelAttributes(): INodeProperties[] {
	return [
		{
			displayName: 'Color',
			name: 'color',
			type: 'color',
			default: '#1f93ff',
			description: 'Colour the label is shown in',
			routing: { send: { type: 'body', property: 'color' } },
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			routing: { send: { type: 'body', property: 'description' } },
		},
		{
			displayName: 'Show on Sidebar',
			name: 'showOnSidebar',
			type: 'boolean',
			default: true,
			description: 'Whether the label is listed in the sidebar of the dashboard',
			routing: { send: { type: 'body', property: 'show_on_sidebar' } },
		},
	];
}

const title = (required: boolean): INodeProperties => ({
	displayName: 'Title',
	name: 'title',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. billing',
	description:
		'Name of the label: letters, numbers, hyphens and underscores; Chatwoot stores it in lowercase',
	routing: { send: { type: 'body', property: 'title' } },
});

export const labelFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[labelIdField],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		title(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: labelAttributes(),
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
			options: byDisplayName([...labelAttributes(), title(false)]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Label',
		'label',
		'Labels of the account, used on conversations and contacts',
	),
	operations: labelOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...labelFields],
};
