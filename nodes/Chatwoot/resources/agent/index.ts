import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName } from '../../fields';
import { agentPicker } from '../../pickers';
import { sendAgentEmails } from './hooks';
import type { ResourceDescription } from '../types';
import { nameField } from '../../commonFields';
import { resourceOption } from '../../fields';

const RESOURCE = 'agent';
const AGENTS = '/api/v1/accounts/{accountId}/agents';

export const agentOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create an agent',
			description: 'Invite a person to the account; Chatwoot emails them a link to set a password',
			routing: { request: { method: 'POST', url: AGENTS } },
		},
		{
			name: 'Create Many',
			value: 'createMany',
			action: 'Create many agents',
			description:
				'Invite several people at once by email address; each becomes an agent named after their address, and addresses Chatwoot refuses are skipped',
			routing: {
				request: { method: 'POST', url: `${AGENTS}/bulk_create` },
				send: { preSend: [sendAgentEmails] },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an agent',
			description: 'Remove an agent from the account; the user is deleted when it belongs to no other account',
			routing: {
				request: { method: 'DELETE', url: `${AGENTS}/{agentId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many agents',
			description: 'List the agents and administrators of the account in one request',
			routing: { request: { method: 'GET', url: AGENTS } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an agent',
			description: 'Change only the fields you set',
			routing: { request: { method: 'PATCH', url: `${AGENTS}/{agentId}` } },
		},
	],
	default: 'getAll',
};

export const agentIdField = agentPicker('agentId', 'Agent', 'The agent to work on');

const roles: INodePropertyOptions[] = [
	{ name: 'Administrator', value: 'administrator' },
	{ name: 'Agent', value: 'agent' },
];

const role = (required: boolean): INodeProperties => ({
	displayName: 'Role',
	name: 'role',
	type: 'options',
	required,
	options: roles,
	default: 'agent',
	description: 'Administrators may also change the settings of the account',
	routing: { send: { type: 'body', property: 'role' } },
});

function agentAttributes(): INodeProperties[] {
	return [
		{
			displayName: 'Auto Offline',
			name: 'autoOffline',
			type: 'boolean',
			default: true,
			description: 'Whether the agent shows as offline while away from the dashboard',
			routing: { send: { type: 'body', property: 'auto_offline' } },
		},
		{
			displayName: 'Availability',
			name: 'availability',
			type: 'options',
			options: [
				{ name: 'Busy', value: 'busy' },
				{ name: 'Offline', value: 'offline' },
				{ name: 'Online', value: 'online' },
			],
			default: 'online',
			description: 'Availability the agent is set to; the agent list reports it as availability_status',
			routing: { send: { type: 'body', property: 'availability' } },
		},
	];
}

export const agentFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['delete', 'update'] } }, [agentIdField]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['createMany'] } }, [
		{
			displayName: 'Emails',
			name: 'emails',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. lena@acme.com, omar@acme.com',
			description:
				'Addresses to invite, separated by commas, or a list mapped from an earlier node. Each person gets the Agent role and an invitation email.',
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'Address the invitation goes to; the agent signs in with it',
			routing: { send: { type: 'body', property: 'email' } },
		},
		role(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: agentAttributes(),
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
				...agentAttributes(),
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'name' } },
				},
				role(false),
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Agent', 'agent', 'People who answer conversations in the account, and their role'),
	operations: agentOperations,
	fields: [
		...updateDisplayOptions({ show: { resource: ['agent'], operation: ['create'] } }, [nameField]),
		...agentFields,
	],
};
