import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkPassword, PASSWORD_RULE, sendJson, successWhenEmpty } from '../../helpers/hooks';
import { numericIdField } from '../../fields';
import type { ResourceDescription } from '../types';
import { resourceOption } from '../../fields';

const RESOURCE = 'platformUser';
const USERS = '/platform/api/v1/users';

export const platformUserOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a user',
			description: 'Create a user, or return the existing user with that email',
			routing: { request: { method: 'POST', url: USERS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a user',
			description: 'Delete a user; Chatwoot removes it in the background',
			routing: {
				request: { method: 'DELETE', url: `${USERS}/{userId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a user',
			description: 'Get one user this platform app created or was given',
			routing: { request: { method: 'GET', url: `${USERS}/{userId}` } },
		},
		{
			name: 'Get Access Token',
			value: 'getAccessToken',
			action: 'Get the access token of a user',
			description:
				"Get the user's access token, the one made with the user (nothing is created or renewed), to act on their behalf",
			routing: { request: { method: 'POST', url: `${USERS}/{userId}/token` } },
		},
		{
			name: 'Get SSO Login URL',
			value: 'getSsoLoginUrl',
			action: 'Get a user SSO login URL',
			description:
				'Get a one-time link, valid for 5 minutes, that signs the user in to the Chatwoot dashboard',
			routing: { request: { method: 'GET', url: `${USERS}/{userId}/login` } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a user',
			description: 'Change only the fields you set',
			routing: { request: { method: 'PATCH', url: `${USERS}/{userId}` } },
		},
	],
	default: 'get',
};

const userId = numericIdField(
	'userId',
	'User ID',
	'Numeric ID of the user on this Chatwoot instance',
);

const passwordDescription = `Must be ${PASSWORD_RULE}`;

const customAttributesDescription =
	'JSON object of custom attributes. Chatwoot merges it into the attributes the user already has: keys you leave out are kept.';

const createFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		description: 'Full name of the user',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Email',
		name: 'email',
		type: 'string',
		placeholder: 'name@email.com',
		required: true,
		default: '',
		description:
			'If a user with this email exists already, Chatwoot returns that user without applying anything else sent, and this platform app gains control of it',
		routing: { send: { type: 'body', property: 'email' } },
	},
	{
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		required: true,
		default: '',
		description: passwordDescription,
		routing: { send: { type: 'body', property: 'password', preSend: [checkPassword('password')] } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Custom Attributes',
				name: 'customAttributes',
				type: 'json',
				default: '{}',
				description: customAttributesDescription,
				routing: {
					send: { preSend: [sendJson('additionalFields.customAttributes', 'custom_attributes')] },
				},
			},
			{
				displayName: 'Display Name',
				name: 'displayName',
				type: 'string',
				default: '',
				description: 'Name shown to customers instead of the full name',
				routing: { send: { type: 'body', property: 'display_name' } },
			},
		],
	},
];

const updateFields: INodeProperties[] = [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields you add here are sent; everything else stays as it is',
		options: [
			{
				displayName: 'Custom Attributes',
				name: 'customAttributes',
				type: 'json',
				default: '{}',
				description: customAttributesDescription,
				routing: {
					send: { preSend: [sendJson('updateFields.customAttributes', 'custom_attributes')] },
				},
			},
			{
				displayName: 'Display Name',
				name: 'displayName',
				type: 'string',
				default: '',
				description: 'Name shown to customers instead of the full name',
				routing: { send: { type: 'body', property: 'display_name' } },
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				placeholder: 'name@email.com',
				default: '',
				description: 'New email address; the platform API changes it without a confirmation email',
				routing: { send: { type: 'body', property: 'email' } },
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Full name of the user',
				routing: { send: { type: 'body', property: 'name' } },
			},
			{
				displayName: 'Password',
				name: 'password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: passwordDescription,
				routing: {
					send: {
						type: 'body',
						property: 'password',
						preSend: [checkPassword('updateFields.password')],
					},
				},
			},
		],
	},
];

export const platformUserFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: ['getAccessToken', 'delete', 'get', 'getSsoLoginUrl', 'update'],
			},
		},
		[userId],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, createFields),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, updateFields),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Platform User',
		'platformUser',
		'Users on the instance (platform app token)',
	),
	operations: platformUserOperations,
	fields: platformUserFields,
};
