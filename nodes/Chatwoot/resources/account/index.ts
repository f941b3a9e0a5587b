import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import type { ResourceDescription } from '../types';
import { resourceOption } from '../../fields';

const RESOURCE = 'account';
const ACCOUNT = '/api/v1/accounts/{accountId}';

export const accountOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Get',
			value: 'get',
			action: 'Get an account',
			description: 'Get the settings and enabled features of the account in Account ID',
			routing: { request: { method: 'GET', url: ACCOUNT } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an account',
			description: 'Change only the settings you set; needs an administrator',
			routing: { request: { method: 'PATCH', url: ACCOUNT } },
		},
	],
	default: 'get',
};

const body = (property: string) => ({ send: { type: 'body' as const, property } });

export const accountFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['update'] } },
	[
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields you add here are sent',
			options: [
				{
					displayName: 'Auto-Resolve After (Minutes)',
					name: 'autoResolveAfter',
					type: 'number',
					default: 1440,
					typeOptions: { minValue: 10, maxValue: 1439856, numberPrecision: 0 },
					description:
						'Resolve conversations that stay inactive this long, from 10 minutes up to 999 days; the node cannot turn auto-resolve off',
					routing: body('auto_resolve_after'),
				},
				{
					displayName: 'Auto-Resolve Ignores Waiting',
					name: 'autoResolveIgnoreWaiting',
					type: 'boolean',
					default: false,
					description:
						'Whether conversations still waiting for an agent reply are left open by auto-resolve',
					routing: body('auto_resolve_ignore_waiting'),
				},
				{
					displayName: 'Auto-Resolve Message',
					name: 'autoResolveMessage',
					type: 'string',
					default: '',
					description: 'Message posted to a conversation when it is resolved automatically',
					routing: body('auto_resolve_message'),
				},
				{
					displayName: 'Company Size',
					name: 'companySize',
					type: 'string',
					default: '',
					placeholder: 'e.g. 11-50',
					routing: body('company_size'),
				},
				{
					displayName: 'Domain',
					name: 'domain',
					type: 'string',
					default: '',
					placeholder: 'e.g. support.example.com',
					description: 'Domain used for the email channel of the account',
					routing: body('domain'),
				},
				{
					displayName: 'Industry',
					name: 'industry',
					type: 'string',
					default: '',
					routing: body('industry'),
				},
				{
					displayName: 'Locale',
					name: 'locale',
					type: 'string',
					default: '',
					placeholder: 'e.g. en or pt_BR',
					description:
						'Language code of the account, used for its emails and widget texts; a code Chatwoot does not know makes the server fail rather than refuse it',
					routing: body('locale'),
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					routing: body('name'),
				},
				{
					displayName: 'Support Email',
					name: 'supportEmail',
					type: 'string',
					default: '',
					placeholder: 'name@email.com',
					description: 'Address customers see as the sender of account emails',
					routing: body('support_email'),
				},
				{
					displayName: 'Timezone',
					name: 'timezone',
					type: 'string',
					default: '',
					placeholder: 'e.g. Europe/Berlin',
					description: 'Stored with the account only; reports and auto-resolve do not use it',
					routing: body('timezone'),
				},
			],
		},
	],
);

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Account',
		'account',
		'Settings of the account: name, language, domain, auto-resolve',
	),
	operations: accountOperations,
	fields: accountFields,
};
