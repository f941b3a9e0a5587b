import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, resourceLocatorField } from '../../fields';
import { sendList } from '../../helpers/values';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'customAttribute';
const DEFINITIONS = '/api/v1/accounts/{accountId}/custom_attribute_definitions';
const DEFINITION = `${DEFINITIONS}/{customAttributeId}`;
// Chatwoot reads the fields from custom_attribute_definition; sending them wrapped does not depend on Rails' parameter wrapping
const WRAP = 'custom_attribute_definition';

export const customAttributeOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a custom attribute',
			description:
				'Define a new custom attribute for contacts or conversations; administrators only',
			routing: { request: { method: 'POST', url: DEFINITIONS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a custom attribute',
			description:
				'Delete the definition; administrators only. Values stored on records stay but are no longer shown, and the field leaves the website widget’s pre-chat form.',
			routing: {
				request: { method: 'DELETE', url: DEFINITION },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a custom attribute',
			description:
				'Get one custom attribute definition with its key, type and whether it is for contacts or conversations',
			routing: { request: { method: 'GET', url: DEFINITION } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many custom attributes',
			description: 'List the custom attribute definitions of the account in one request',
			routing: { request: { method: 'GET', url: DEFINITIONS } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a custom attribute',
			description:
				'Change only the fields you set; administrators only. A new key does not move the values stored under the old one on contacts or conversations.',
			routing: { request: { method: 'PATCH', url: DEFINITION } },
		},
	],
	default: 'getAll',
};

export const customAttributeIdField = resourceLocatorField(
	'customAttributeId',
	'Custom Attribute',
	{
		searchListMethod: 'searchCustomAttributes',
		noun: 'a custom attribute',
		description: 'The custom attribute definition to work on',
	},
);

const APPLIES_TO = [
	{ name: 'Contact', value: 'contact_attribute' },
	{ name: 'Conversation', value: 'conversation_attribute' },
];

const DISPLAY_TYPES = [
	{ name: 'Checkbox', value: 'checkbox' },
	{ name: 'Currency', value: 'currency' },
	{ name: 'Date', value: 'date' },
	{ name: 'Link', value: 'link' },
	{ name: 'List', value: 'list', description: 'One of the values given in List Values' },
	{ name: 'Number', value: 'number' },
	{ name: 'Percent', value: 'percent' },
	{ name: 'Text', value: 'text' },
];

const appliesTo = (required: boolean): INodeProperties => ({
	displayName: 'Applies To',
	name: 'attributeModel',
	type: 'options',
	required,
	default: 'contact_attribute',
	description: 'Whether the attribute is kept on contacts or on conversations',
	options: APPLIES_TO,
	routing: { send: { type: 'body', property: `${WRAP}.attribute_model` } },
});

const displayName = (required: boolean): INodeProperties => ({
	displayName: 'Display Name',
	name: 'attributeDisplayName',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. Plan',
	description: 'Name shown in the dashboard',
	routing: { send: { type: 'body', property: `${WRAP}.attribute_display_name` } },
});

const key = (required: boolean): INodeProperties => ({
	displayName: 'Key',
	name: 'attributeKey',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. plan',
	description:
		'Key the values are stored under in custom_attributes: letters, digits, _, . and -. It must be unique for contacts or for conversations, and not a built-in field such as email.',
	routing: { send: { type: 'body', property: `${WRAP}.attribute_key` } },
});

const displayType = (required: boolean): INodeProperties => ({
	displayName: 'Type',
	name: 'attributeDisplayType',
	type: 'options',
	required,
	default: 'text',
	description: 'Kind of value, which decides how the dashboard shows and edits it',
	options: DISPLAY_TYPES,
	routing: { send: { type: 'body', property: `${WRAP}.attribute_display_type` } },
});

function optionalAttributes(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Description',
			name: 'attributeDescription',
			type: 'string',
			default: '',
			routing: { send: { type: 'body', property: `${WRAP}.attribute_description` } },
		},
		{
			displayName: 'List Values',
			name: 'attributeValues',
			type: 'string',
			default: '',
			placeholder: 'e.g. free, pro, enterprise',
			description: 'For the List type: the values to choose from, separated by commas',
			routing: {
				send: {
					preSend: [sendList(`${collection}.attributeValues`, 'body', `${WRAP}.attribute_values`)],
				},
			},
		},
		{
			displayName: 'Validation Message',
			name: 'regexCue',
			type: 'string',
			default: '',
			description:
				'For the Text type: the hint shown when a value does not match the Validation Pattern',
			routing: { send: { type: 'body', property: `${WRAP}.regex_cue` } },
		},
		{
			displayName: 'Validation Pattern',
			name: 'regexPattern',
			type: 'string',
			default: '',
			placeholder: 'e.g. ^[A-Z]{2}[0-9]{4}$',
			description: 'For the Text type: a regular expression values must match',
			routing: { send: { type: 'body', property: `${WRAP}.regex_pattern` } },
		},
	];
}

export const customAttributeFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[customAttributeIdField],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		appliesTo(true),
		displayName(true),
		key(true),
		displayType(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: optionalAttributes('additionalFields'),
		},
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
					displayName: 'Applies To',
					name: 'attributeModel',
					type: 'options',
					default: 'contact_attribute',
					description:
						'List only the attributes of contacts or of conversations; without this filter all are listed',
					options: APPLIES_TO,
					routing: { send: { type: 'query', property: 'attribute_model' } },
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
			options: byDisplayName([
				appliesTo(false),
				displayName(false),
				key(false),
				displayType(false),
				...optionalAttributes('updateFields'),
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Custom Attribute',
		'customAttribute',
		'Definitions of the extra fields kept on contacts and conversations',
	),
	operations: customAttributeOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...customAttributeFields],
};
