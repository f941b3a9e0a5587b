import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { numericIdField } from '../../fields';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'platformAccountUser';
const ACCOUNT_USERS = '/platform/api/v1/accounts/{platformAccountId}/account_users';

export const platformAccountUserOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Add',
			value: 'add',
			action: 'Add a user to an account',
			description: 'Give a user a role in an account',
			routing: { request: { method: 'POST', url: ACCOUNT_USERS } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many account users',
			description: 'List the users of an account with their roles',
			routing: { request: { method: 'GET', url: ACCOUNT_USERS } },
		},
		{
			name: 'Remove',
			value: 'remove',
			action: 'Remove a user from an account',
			description: 'Take a user out of an account; the user stays. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: ACCOUNT_USERS },
				output: { postReceive: [successWhenEmpty] },
			},
		},
	],
	default: 'getAll',
};

const accountId = numericIdField('platformAccountId', 'Account ID', 'Numeric ID of the account');

const userId = numericIdField('userId', 'User ID', 'Numeric ID of the user', 'user_id');

const role: INodeProperties = {
	displayName: 'Role',
	name: 'role',
	type: 'options',
	required: true,
	options: [
		{
			name: 'Administrator',
			value: 'administrator',
			description: 'Can manage settings, agents and inboxes',
		},
		{ name: 'Agent', value: 'agent', description: 'Can work on conversations' },
	],
	default: 'agent',
	routing: { send: { type: 'body', property: 'role' } },
};

export const platformAccountUserFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE] } }, [accountId]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['add', 'remove'] } }, [
		userId,
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['add'] } }, [role]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Platform Account User',
		'platformAccountUser',
		'Who belongs to an account, and their role (platform app token)',
	),
	operations: platformAccountUserOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...platformAccountUserFields],
};
