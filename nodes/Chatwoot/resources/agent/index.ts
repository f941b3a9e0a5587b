import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName } from '../../fields';
import { agentPicker } from '../../pickers';
import { sendAgentEmails } from './hooks';
import type { ResourceDescription } from '../types';
import { nameField } from '../../commonFields';
import { listFields, resourceOption } from '../../fields';

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
			description:
				'Add a person to the account by email. A new user gets an email with a link to set a password; an existing Chatwoot user is added as they are, with no such email and without the Name sent.',
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
			description:
				'Remove an agent from the account: Chatwoot also takes them out of its teams and inboxes, unassigns their conversations there and deletes their notification settings; the user is deleted when it belongs to no other account',
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
			description:
				"Change only the fields you set. On Enterprise, Chatwoot also removes the agent's custom role unless Custom Role ID is set.",
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

/** Enterprise writes `custom_role_id` on every create and update, to null when it is not sent (docs/server-facts.md#agent-custom-role-reset). */
const customRoleId = (description: string): INodeProperties => ({
	displayName: 'Custom Role ID',
	name: 'customRoleId',
	type: 'number',
	default: 0,
	typeOptions: { minValue: 1, numberPrecision: 0 },
	description,
	routing: { send: { type: 'body', property: 'custom_role_id' } },
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
			description:
				'Availability the agent is set to; the agent list reports it as availability_status',
			routing: { send: { type: 'body', property: 'availability' } },
		},
	];
}

export const agentFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['delete', 'update'] } }, [
		agentIdField,
	]),
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
			options: [
				...agentAttributes(),
				customRoleId(
					'Enterprise only: numeric ID of the custom role that limits what the agent may do; other editions ignore it',
				),
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
				...agentAttributes(),
				customRoleId(
					"Enterprise only: numeric ID of the agent's custom role. Enterprise sets the custom role on every update, so leaving this out removes it; Get Many shows the current one as custom_role_id.",
				),
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'New name of the user, in every account they belong to',
					routing: { send: { type: 'body', property: 'name' } },
				},
				role(false),
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Agent',
		'agent',
		'People who answer conversations in the account, and their role',
	),
	operations: agentOperations,
	fields: [
		...listFields(RESOURCE, ['getAll']),
		...updateDisplayOptions({ show: { resource: ['agent'], operation: ['create'] } }, [nameField]),
		...agentFields,
	],
};
