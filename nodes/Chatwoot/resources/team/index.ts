import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, multiPickerField } from '../../fields';
import { teamPicker } from '../../pickers';
import { MEMBER_CHANGES } from '../../commonFields';
import { sendAgentIds } from '../../helpers/preSend';
import type { ResourceDescription } from '../types';
import { nameField } from '../../commonFields';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'team';
const TEAMS = '/api/v1/accounts/{accountId}/teams';
const MEMBERS = `${TEAMS}/{teamId}/team_members`;

export const teamOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Add Agents',
			value: 'addAgents',
			action: 'Add agents to a team',
			description: 'Add agents to the team; returns the agents that were not members before',
			routing: { request: { method: 'POST', url: MEMBERS }, send: { preSend: [sendAgentIds] } },
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create a team',
			description: 'Create a team of agents; returns the new team',
			routing: { request: { method: 'POST', url: TEAMS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a team',
			description:
				'Delete a team; its conversations are left without a team. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: `${TEAMS}/{teamId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a team',
			description: 'Get one team with its name, description and auto-assignment setting',
			routing: { request: { method: 'GET', url: `${TEAMS}/{teamId}` } },
		},
		{
			name: 'Get Agents',
			value: 'getAgents',
			action: 'Get the agents of a team',
			description: 'List the agents who are members of the team',
			routing: { request: { method: 'GET', url: MEMBERS } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many teams',
			description: 'List the teams of the account in one request',
			routing: { request: { method: 'GET', url: TEAMS } },
		},
		{
			name: 'Remove Agents',
			value: 'removeAgents',
			action: 'Remove agents from a team',
			description: 'Take agents out of the team. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: MEMBERS },
				send: { preSend: [sendAgentIds] },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Set Agents',
			value: 'setAgents',
			action: 'Set the agents of a team and remove the others',
			description: 'Make exactly these agents the members of the team: others are removed',
			routing: { request: { method: 'PATCH', url: MEMBERS }, send: { preSend: [sendAgentIds] } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a team',
			description: 'Change only the fields you set',
			routing: { request: { method: 'PATCH', url: `${TEAMS}/{teamId}` } },
		},
	],
	default: 'getAll',
};

export const teamIdField = teamPicker('The team to work on');

function teamAttributes(): INodeProperties[] {
	return [
		{
			displayName: 'Auto Assign',
			name: 'allowAutoAssign',
			type: 'boolean',
			default: true,
			description: 'Whether a conversation given to the team is also assigned to one of its agents',
			routing: { send: { type: 'body', property: 'allow_auto_assign' } },
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			routing: { send: { type: 'body', property: 'description' } },
		},
	];
}

export const teamFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: ['delete', 'get', 'getAgents', 'update', ...MEMBER_CHANGES],
			},
		},
		[teamIdField],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: teamAttributes(),
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
				...teamAttributes(),
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description:
						'New name of the team; Chatwoot stores it in lower case, and it must be unique in the account',
					routing: { send: { type: 'body', property: 'name' } },
				},
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Team', 'team', 'Groups of agents that conversations can be assigned to'),
	operations: teamOperations,
	fields: [
		...listFields(RESOURCE, ['getAll']),
		...updateDisplayOptions({ show: { resource: ['team'], operation: ['create'] } }, [
			{
				...nameField,
				description:
					'Name shown in the Chatwoot dashboard; Chatwoot stores it in lower case, and it must be unique in the account',
			},
		]),
		...updateDisplayOptions({ show: { resource: ['team'], operation: MEMBER_CHANGES } }, [
			multiPickerField(
				'agentIds',
				'Agent Names or IDs',
				'getAgents',
				'The agents, sent by numeric ID; an ID that is not an agent of this account makes Chatwoot answer 401 "Invalid User IDs". An expression may give an array or IDs separated by commas',
				{ required: true },
			),
		]),
		...teamFields,
	],
};
