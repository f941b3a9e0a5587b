import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { checkPassword, PASSWORD_RULE, sendJson, successWhenEmpty } from '../../helpers/hooks';
import { nestBodyKey, requireCurrentPassword, sendProfileAccountId } from './hooks';
import type { ResourceDescription } from '../types';
import { resourceOption } from '../../fields';

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
			name: 'Set Auto-Offline',
			value: 'setAutoOffline',
			action: 'Set whether the profile goes offline automatically',
			description:
				'Choose whether Chatwoot shows the token’s user offline in an account once they leave the dashboard',
			routing: { request: { method: 'POST', url: `${PROFILE}/auto_offline` } },
		},
		{
			name: 'Set Availability',
			value: 'setAvailability',
			action: 'Set the availability of the profile',
			description: 'Set the token’s user online, busy or offline in an account',
			routing: {
				request: { method: 'POST', url: `${PROFILE}/availability` },
				output: { postReceive: [successWhenEmpty] },
			},
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
const profileBody = (property: string) => ({
	send: { type: 'body' as const, property: `profile.${property}` },
});

export const profileFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['setAutoOffline', 'setAvailability'] } },
		[
			{
				// the profile has no account in its path, so the shared Account ID is hidden for it; these two settings are kept per account
				displayName: 'Account ID',
				name: 'accountId',
				type: 'string',
				default: '',
				placeholder: 'Default Account ID of the credential',
				description:
					'Numeric ID of the account the setting applies to, the number after /app/accounts/ in the dashboard address. Leave empty to use the Default Account ID of the credential.',
				routing: { send: { preSend: [sendProfileAccountId] } },
			},
		],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['setAvailability'] } }, [
		{
			displayName: 'Availability',
			name: 'availability',
			type: 'options',
			required: true,
			default: 'online',
			options: [
				{ name: 'Busy', value: 'busy' },
				{ name: 'Offline', value: 'offline' },
				{ name: 'Online', value: 'online' },
			],
			description: 'Status shown to the other agents of the account',
			routing: profileBody('availability'),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['setAutoOffline'] } }, [
		{
			displayName: 'Auto-Offline',
			name: 'autoOffline',
			type: 'boolean',
			required: true,
			default: true,
			description:
				'Whether the user is shown offline once they have no dashboard open; when off, the availability set stays until changed',
			routing: profileBody('auto_offline'),
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
					description:
						"JSON object of the user's dashboard preferences (ui_settings); Chatwoot replaces the stored ones with it",
					routing: {
						send: {
							preSend: [
								nestBodyKey(
									sendJson('updateFields.dashboardSettings', 'ui_settings'),
									'profile',
									'ui_settings',
								),
							],
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
					description:
						'New sign-in address; Chatwoot applies it only once the user follows the link it emails there, so the answer still shows the old one',
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
							preSend: [
								checkPassword('updateFields.password'),
								requireCurrentPassword('updateFields'),
							],
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
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Profile', 'profile', 'The user the access token belongs to'),
	operations: profileOperations,
	fields: profileFields,
};
