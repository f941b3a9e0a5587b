import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, numericIdField } from '../../fields';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'platformAccount';
const ACCOUNTS = '/platform/api/v1/accounts';

export const platformAccountOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create an account',
			description: 'Create an account this platform app manages; returns the new account',
			routing: { request: { method: 'POST', url: ACCOUNTS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an account',
			description: 'Delete an account; Chatwoot removes it and its data in the background',
			routing: {
				request: { method: 'DELETE', url: `${ACCOUNTS}/{platformAccountId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an account',
			description:
				'Get one account this platform app created or was given, with its features, limits and status',
			routing: { request: { method: 'GET', url: `${ACCOUNTS}/{platformAccountId}` } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many accounts',
			description:
				'List the accounts this platform app created or was given. Chatwoot fails (500) once one of them has been deleted, as the grant outlives the account.',
			routing: { request: { method: 'GET', url: ACCOUNTS } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an account',
			description:
				'Change the fields you set; Custom Attributes and Limits replace the stored objects whole, Features changes only the flags named',
			routing: { request: { method: 'PATCH', url: `${ACCOUNTS}/{platformAccountId}` } },
		},
	],
	default: 'get',
};

const accountId = numericIdField('platformAccountId', 'Account ID', 'Numeric ID of the account');

/** Fields an account is created or updated with; `collection` names the parameter they live in. */
function accountFields(collection: string): INodeProperties[] {
	const replaces = (what: string) =>
		collection === 'updateFields'
			? ` Replaces the stored ${what} whole: keys left out, Chatwoot's own included, are erased.`
			: '';
	return [
		{
			displayName: 'Custom Attributes',
			name: 'customAttributes',
			type: 'json',
			default: '{}',
			description: `JSON object of custom attributes stored on the account.${replaces('custom attributes')}`,
			routing: {
				send: { preSend: [sendJson(`${collection}.customAttributes`, 'custom_attributes')] },
			},
		},
		{
			displayName: 'Domain',
			name: 'domain',
			type: 'string',
			default: '',
			placeholder: 'example.com',
			description: 'Domain the account receives email on',
			routing: { send: { type: 'body', property: 'domain' } },
		},
		{
			displayName: 'Features',
			name: 'features',
			type: 'json',
			default: '{}',
			description:
				'JSON object turning features on (true) or off (false), e.g. {"help_center": true, "campaigns": false}; only the features named change. An unknown feature name fails with 500, on create after the account exists.',
			routing: { send: { preSend: [sendJson(`${collection}.features`, 'features')] } },
		},
		{
			displayName: 'Limits',
			name: 'limits',
			type: 'json',
			default: '{}',
			description: `JSON object of usage limits, e.g. {"agents": 10, "inboxes": 5}; Enterprise edition only, keys agents, inboxes, captain_responses and captain_documents.${replaces('limits')}`,
			routing: { send: { preSend: [sendJson(`${collection}.limits`, 'limits')] } },
		},
		{
			displayName: 'Locale',
			name: 'locale',
			type: 'string',
			default: '',
			placeholder: 'en',
			description: 'Language code of the account, e.g. en, de, pt_BR',
			routing: { send: { type: 'body', property: 'locale' } },
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Active', value: 'active' },
				{ name: 'Suspended', value: 'suspended' },
			],
			default: 'active',
			routing: { send: { type: 'body', property: 'status' } },
		},
		{
			displayName: 'Support Email',
			name: 'supportEmail',
			type: 'string',
			default: '',
			placeholder: 'name@email.com',
			description: 'Address replies to customers come from',
			routing: { send: { type: 'body', property: 'support_email' } },
		},
	];
}

const createFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'Name of the account',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: accountFields('additionalFields'),
	},
];

const updateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields you add here are sent',
		options: byDisplayName([
			...accountFields('updateFields'),
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Name of the account',
				routing: { send: { type: 'body', property: 'name' } },
			},
		]),
	},
];

export const platformAccountFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[accountId],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, createFields),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, updateFields),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Platform Account',
		'platformAccount',
		'Accounts on the instance (platform app token)',
	),
	operations: platformAccountOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...platformAccountFields],
};
