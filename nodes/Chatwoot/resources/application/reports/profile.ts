import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkPassword, PASSWORD_RULE, sendJsonObject } from '../../../helpers/hooks';
import { nestBodyKey, requireCurrentPassword } from './hooks';

const RESOURCE = 'profile';
const PROFILE = '/api/v1/profile';

export const profileOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Get',
			value: 'get',
			action: 'Get the profile',
			description: 'Get the user the access token belongs to, with the accounts they are in',
			routing: { request: { method: 'GET', url: PROFILE } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update the profile',
			description: 'Change only the fields you set of the user the access token belongs to',
			routing: { request: { method: 'PUT', url: PROFILE } },
		},
	],
	default: 'get',
};

// Chatwoot reads every profile field inside a `profile` object
const profileBody = (property: string) => ({ send: { type: 'body' as const, property: `profile.${property}` } });

export const profileFields: INodeProperties[] = updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, [
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Only the fields you add here are sent',
		options: [
			{
				displayName: 'Current Password',
				name: 'currentPassword',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: 'The password in use; needed only to set a new Password',
				routing: profileBody('current_password'),
			},
			{
				displayName: 'Dashboard Settings',
				name: 'dashboardSettings',
				type: 'json',
				default: '{}',
				description: 'JSON object of the user\'s dashboard preferences (ui_settings); Chatwoot replaces the stored ones with it',
				routing: {
					send: {
						preSend: [nestBodyKey(sendJsonObject('updateFields.dashboardSettings', 'ui_settings'), 'profile', 'ui_settings')],
					},
				},
			},
			{
				displayName: 'Display Name',
				name: 'displayName',
				type: 'string',
				default: '',
				description: 'Name shown to customers instead of the full name',
				routing: profileBody('display_name'),
			},
			{
				displayName: 'Email',
				name: 'email',
				type: 'string',
				default: '',
				placeholder: 'name@email.com',
				routing: profileBody('email'),
			},
			{
				displayName: 'Message Signature',
				name: 'messageSignature',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Text the dashboard can append to the messages this user sends',
				routing: profileBody('message_signature'),
			},
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				description: 'Full name of the user',
				routing: profileBody('name'),
			},
			{
				displayName: 'Password',
				name: 'password',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				description: `New password: ${PASSWORD_RULE}. Add Current Password too.`,
				routing: {
					send: {
						type: 'body',
						property: 'profile.password',
						preSend: [checkPassword('updateFields.password'), requireCurrentPassword('updateFields')],
					},
				},
			},
			{
				displayName: 'Phone Number',
				name: 'phoneNumber',
				type: 'string',
				default: '',
				placeholder: 'e.g. +4915112345678',
				routing: profileBody('phone_number'),
			},
		],
	},
]);
