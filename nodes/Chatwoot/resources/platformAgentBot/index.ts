import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, numericIdField } from '../../fields';
import { agentBotSettings } from '../agentBot';
import type { ResourceDescription } from '../types';
import { resourceOption } from '../../fields';

const RESOURCE = 'platformAgentBot';
const BOTS = '/platform/api/v1/agent_bots';

export const platformAgentBotOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create an agent bot',
			routing: { request: { method: 'POST', url: BOTS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an agent bot',
			routing: {
				request: { method: 'DELETE', url: `${BOTS}/{agentBotId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Delete Avatar',
			value: 'deleteAvatar',
			action: 'Delete an agent bot avatar',
			routing: {
				request: { method: 'DELETE', url: `${BOTS}/{agentBotId}/avatar` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an agent bot',
			routing: { request: { method: 'GET', url: `${BOTS}/{agentBotId}` } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many agent bots',
			description: 'List the agent bots this platform app manages',
			routing: { request: { method: 'GET', url: BOTS } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an agent bot',
			description: 'Change only the fields you set',
			routing: { request: { method: 'PATCH', url: `${BOTS}/{agentBotId}` } },
		},
	],
	default: 'get',
};

const agentBotId = numericIdField('agentBotId', 'Agent Bot ID', 'Numeric ID of the agent bot');

const botFields: INodeProperties[] = [
	{
		displayName: 'Account ID',
		name: 'accountId',
		type: 'number',
		default: 0,
		description: 'Numeric ID of the account the bot belongs to; leave unset for a bot every account can use',
		routing: { send: { type: 'body', property: 'account_id' } },
	},
	...agentBotSettings,
];

const createFields: INodeProperties[] = [
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		required: true,
		default: '',
		routing: { send: { type: 'body', property: 'name' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: botFields,
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
			...botFields,
			{
				displayName: 'Name',
				name: 'name',
				type: 'string',
				default: '',
				routing: { send: { type: 'body', property: 'name' } },
			},
		]),
	},
];

export const platformAgentBotFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'deleteAvatar', 'get', 'update'] } },
		[agentBotId],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, createFields),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, updateFields),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Platform Agent Bot', 'platformAgentBot', 'Agent bots on the instance (platform app token)'),
	operations: platformAgentBotOperations,
	fields: platformAgentBotFields,
};
