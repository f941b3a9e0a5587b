import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, resourceLocatorField } from '../../fields';
import type { ResourceDescription } from '../types';
import { nameField } from '../../commonFields';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'agentBot';
const BOTS = '/api/v1/accounts/{accountId}/agent_bots';

export const agentBotOperations: INodeProperties = {
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
			description: 'Create an agent bot that belongs to the account',
			routing: { request: { method: 'POST', url: BOTS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an agent bot',
			description: 'Delete one of the account’s own agent bots',
			routing: {
				request: { method: 'DELETE', url: `${BOTS}/{agentBotId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Delete Avatar',
			value: 'deleteAvatar',
			action: 'Delete the avatar of an agent bot',
			description: 'Remove the image of one of the account’s own agent bots; returns the bot',
			routing: {
				request: { method: 'DELETE', url: `${BOTS}/{agentBotId}/avatar` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an agent bot',
			description: 'Get one agent bot by ID, also one every account may use',
			routing: { request: { method: 'GET', url: `${BOTS}/{agentBotId}` } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many agent bots',
			description: 'List the account’s agent bots and those every account may use, in one request',
			routing: { request: { method: 'GET', url: BOTS } },
		},
		{
			name: 'Reset Access Token',
			value: 'resetAccessToken',
			action: 'Reset the access token of an agent bot',
			description:
				'Replace the token the bot calls the API with; the old token stops working. Returns the bot with its new token.',
			routing: { request: { method: 'POST', url: `${BOTS}/{agentBotId}/reset_access_token` } },
		},
		{
			name: 'Reset Secret',
			value: 'resetSecret',
			action: 'Reset the webhook secret of an agent bot',
			description:
				'Replace the secret Chatwoot signs the bot’s webhook deliveries with. Returns the bot with its new secret.',
			routing: { request: { method: 'POST', url: `${BOTS}/{agentBotId}/reset_secret` } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an agent bot',
			description:
				'Change only the fields you set; bots shared by every account cannot be changed here',
			routing: { request: { method: 'PATCH', url: `${BOTS}/{agentBotId}` } },
		},
	],
	default: 'getAll',
};

export const agentBotIdField = resourceLocatorField('agentBotId', 'Agent Bot', {
	searchListMethod: 'searchAgentBots',
	noun: 'an agent bot',
	description: 'The agent bot to work on',
});

/** The settings an agent bot shares between the account API and the Platform API. */
export const agentBotSettings: INodeProperties[] = [
	{
		displayName: 'Avatar URL',
		name: 'avatarUrl',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/bot.png',
		description: 'Address of a JPEG or PNG image Chatwoot downloads as the bot avatar',
		routing: { send: { type: 'body', property: 'avatar_url' } },
	},
	{
		displayName: 'Description',
		name: 'description',
		type: 'string',
		default: '',
		routing: { send: { type: 'body', property: 'description' } },
	},
	{
		displayName: 'Outgoing URL',
		name: 'outgoingUrl',
		type: 'string',
		default: '',
		placeholder: 'https://example.com/webhook',
		description: 'Webhook address Chatwoot posts the events of the bot’s conversations to',
		routing: { send: { type: 'body', property: 'outgoing_url' } },
	},
];

/** The account API's settings: the shared ones and Bot Config; `collection` names the parameter they live in. */
function botAttributes(collection: string): INodeProperties[] {
	return byDisplayName([
		...agentBotSettings,
		{
			displayName: 'Bot Config',
			name: 'botConfig',
			type: 'json',
			default: '{}',
			description: 'JSON object of settings stored with the bot',
			routing: { send: { preSend: [sendJson(`${collection}.botConfig`, 'bot_config')] } },
		},
	]);
}

export const agentBotFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: ['delete', 'deleteAvatar', 'get', 'resetAccessToken', 'resetSecret', 'update'],
			},
		},
		[agentBotIdField],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: botAttributes('additionalFields'),
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
				...botAttributes('updateFields'),
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					routing: { send: { type: 'body', property: 'name' } },
				},
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Agent Bot',
		'agentBot',
		'Bots of the account that answer conversations through a webhook',
	),
	operations: agentBotOperations,
	fields: [
		...listFields(RESOURCE, ['getAll']),
		...updateDisplayOptions({ show: { resource: ['agentBot'], operation: ['create'] } }, [
			nameField,
		]),
		...agentBotFields,
	],
};
