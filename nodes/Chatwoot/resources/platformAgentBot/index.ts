import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { bodyOf, setPath } from '../../helpers/values';
import { byDisplayName, resourceLocatorField } from '../../fields';
import { agentBotSettings } from '../agentBot';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

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
			description:
				'Create an agent bot this platform app manages; returns the bot with its access token',
			routing: { request: { method: 'POST', url: BOTS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an agent bot',
			description: 'Delete an agent bot this platform app manages. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: `${BOTS}/{agentBotId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Delete Avatar',
			value: 'deleteAvatar',
			action: 'Delete an agent bot avatar',
			description: 'Remove the image of an agent bot; returns the bot with its access token',
			routing: {
				request: { method: 'DELETE', url: `${BOTS}/{agentBotId}/avatar` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an agent bot',
			description: 'Get one agent bot this platform app manages',
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

const agentBotId = resourceLocatorField('agentBotId', 'Agent Bot', {
	searchListMethod: 'searchPlatformAgentBots',
	noun: 'an agent bot',
	description: 'An agent bot this platform app created; the list shows only those',
});

/**
 * Sends Account ID only when it names an account: the field's default 0 would make a bot that no
 * account sees, while a bot every account can use is one with no `account_id` at all.
 */
function sendAccountId(collection: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const value = this.getNodeParameter(`${collection}.accountId`, 0) as unknown;
		if (value !== 0 && value !== '0' && value !== '' && value !== null && value !== undefined)
			setPath(bodyOf(requestOptions), 'account_id', value);
		return requestOptions;
	};
}

const botFields = (collection: string): INodeProperties[] => [
	{
		displayName: 'Account ID',
		name: 'accountId',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0, numberPrecision: 0 },
		description:
			collection === 'updateFields'
				? 'Numeric ID of the account the bot belongs to; 0 is not sent and leaves it as it is'
				: 'Numeric ID of the account the bot belongs to; 0 is not sent, which makes a bot every account can use',
		routing: { send: { preSend: [sendAccountId(collection)] } },
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
		options: botFields('additionalFields'),
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
			...botFields('updateFields'),
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
	option: resourceOption(
		'Platform Agent Bot',
		'platformAgentBot',
		'Agent bots on the instance (platform app token)',
	),
	operations: platformAgentBotOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...platformAgentBotFields],
};
