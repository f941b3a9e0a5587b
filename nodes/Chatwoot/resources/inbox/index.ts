import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { requireNumericId, sendJson, successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, resourceLocatorField } from '../../fields';
import { MEMBER_CHANGES } from '../../commonFields';
import { inboxPicker } from '../../pickers';
import { inboxAgentBot, refuseChannelType, requireChannelType, sendInboxAgentBot, sendInboxMembers } from './hooks';
import type { ResourceDescription } from '../types';
import { agentIdsField, nameField } from '../../commonFields';
import { resourceOption } from '../../fields';

const RESOURCE = 'inbox';
const INBOXES = '/api/v1/accounts/{accountId}/inboxes';
const MEMBERS = '/api/v1/accounts/{accountId}/inbox_members';
const payload = { type: 'rootProperty' as const, properties: { property: 'payload' } };
const memberChange = { preSend: [requireNumericId('inboxId'), sendInboxMembers] };

export const inboxOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Add Members',
			value: 'addMembers',
			action: 'Add agents to an inbox',
			description: 'Add agents to the inbox; agents who belong to it already stay',
			routing: { request: { method: 'POST', url: MEMBERS }, send: memberChange, output: { postReceive: [payload] } },
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create an inbox',
			routing: { request: { method: 'POST', url: INBOXES } },
		},
		{
			name: 'Create CSAT Template',
			value: 'createCsatTemplate',
			action: 'Create the CSAT template of an inbox',
			description:
				'WhatsApp inboxes only: submit the survey message to Meta or Twilio as a template for approval, replacing the inbox’s previous one',
			routing: { request: { method: 'POST', url: `${INBOXES}/{inboxId}/csat_template` } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an inbox',
			description: 'Delete an inbox; its conversations go with it',
			routing: {
				request: { method: 'DELETE', url: `${INBOXES}/{inboxId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Delete Avatar',
			value: 'deleteAvatar',
			action: 'Delete the avatar of an inbox',
			description: 'Remove the image the inbox is shown with',
			routing: {
				request: { method: 'DELETE', url: `${INBOXES}/{inboxId}/avatar` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an inbox',
			routing: { request: { method: 'GET', url: `${INBOXES}/{inboxId}` } },
		},
		{
			name: 'Get Agent Bot',
			value: 'getAgentBot',
			action: 'Get the agent bot of an inbox',
			description: 'Returns the bot connected to the inbox, or one empty item when it has none',
			routing: {
				request: { method: 'GET', url: `${INBOXES}/{inboxId}/agent_bot` },
				output: { postReceive: [inboxAgentBot] },
			},
		},
		{
			name: 'Get Assignable Agents',
			value: 'getAssignableAgents',
			action: 'Get the agents a conversation of an inbox can be assigned to',
			description: 'Lists the members of the inbox and every administrator of the account, in one request',
			routing: {
				request: { method: 'GET', url: `${INBOXES}/{inboxId}/assignable_agents` },
				output: { postReceive: [payload] },
			},
		},
		{
			name: 'Get CSAT Template',
			value: 'getCsatTemplate',
			action: 'Get the CSAT template of an inbox',
			description: 'WhatsApp inboxes only: whether the inbox has a CSAT survey template, and its approval status',
			routing: { request: { method: 'GET', url: `${INBOXES}/{inboxId}/csat_template` } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many inboxes',
			description: 'List the inboxes of the account in one request',
			routing: { request: { method: 'GET', url: INBOXES }, output: { postReceive: [payload] } },
		},
		{
			name: 'Get Members',
			value: 'getMembers',
			action: 'Get the agents of an inbox',
			routing: { request: { method: 'GET', url: `${MEMBERS}/{inboxId}` }, output: { postReceive: [payload] } },
		},
		{
			name: 'Remove Members',
			value: 'removeMembers',
			action: 'Remove agents from an inbox',
			routing: {
				request: { method: 'DELETE', url: MEMBERS },
				send: memberChange,
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Reset Secret',
			value: 'resetSecret',
			action: 'Reset the webhook secret of an inbox',
			description:
				'API inboxes only: replace the secret Chatwoot signs the inbox’s webhook deliveries with. Returns the inbox with its new secret.',
			routing: { request: { method: 'POST', url: `${INBOXES}/{inboxId}/reset_secret` } },
		},
		{
			name: 'Set Agent Bot',
			value: 'setAgentBot',
			action: 'Set the agent bot of an inbox',
			description: 'Connect an agent bot to the inbox, replacing any other, or disconnect it',
			routing: {
				request: { method: 'POST', url: `${INBOXES}/{inboxId}/set_agent_bot` },
				send: { preSend: [sendInboxAgentBot] },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an inbox',
			description: 'Change only the fields you set',
			routing: { request: { method: 'PATCH', url: `${INBOXES}/{inboxId}` } },
		},
		{
			name: 'Update Members',
			value: 'updateMembers',
			action: 'Set the agents of an inbox',
			description: 'Make exactly these agents the members of the inbox: others are removed',
			routing: { request: { method: 'PATCH', url: MEMBERS }, send: memberChange, output: { postReceive: [payload] } },
		},
	],
	default: 'getAll',
};

/** The dashboard shows an inbox at /app/accounts/1/settings/inboxes/3 or /app/accounts/1/inbox/3. */
export const inboxIdField = inboxPicker('The inbox to work on');

const channelHelp =
	'JSON object describing the channel. "type" says which kind: api, web_widget, email, line, telegram, whatsapp or sms. ' +
	'An API channel also takes "webhook_url" (where Chatwoot posts events of the inbox), "hmac_mandatory" (true to require an identifier hash from contacts) ' +
	'and "additional_attributes" (an object); a website channel needs "website_url". ' +
	'Keys the type does not take are dropped without an error, and another "type" is refused by Chatwoot (422).';

/** Settings an inbox is created or updated with; `collection` names the parameter they live in. */
function inboxAttributes(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Allow Messages After Resolved',
			name: 'allowMessagesAfterResolved',
			type: 'boolean',
			default: true,
			description: 'Whether contacts of a website inbox may keep writing after their conversation is resolved',
			routing: { send: { type: 'body', property: 'allow_messages_after_resolved' } },
		},
		{
			displayName: 'Business Name',
			name: 'businessName',
			type: 'string',
			default: '',
			description: 'Business name shown on email replies of website and email inboxes',
			routing: { send: { type: 'body', property: 'business_name' } },
		},
		{
			displayName: 'CSAT Survey',
			name: 'csatSurveyEnabled',
			type: 'boolean',
			default: false,
			description: 'Whether contacts are asked to rate the conversation when it is resolved',
			routing: { send: { type: 'body', property: 'csat_survey_enabled' } },
		},
		{
			displayName: 'CSAT Survey Settings',
			name: 'csatConfig',
			type: 'json',
			default: '{}',
			description:
				'JSON object: "display_type" (emoji or star), "message", "button_text", "language" and "survey_rules" ({"operator": "contains", "values": ["billing"]})' +
				(collection === 'updateFields'
					? '. Replaces the stored settings: every key left out goes back to its default, and a WhatsApp inbox loses its CSAT template unless "template" is sent again (copy csat_config from Get and change it).'
					: ''),
			routing: { send: { preSend: [sendJson(`${collection}.csatConfig`, 'csat_config')] } },
		},
		{
			displayName: 'Collect Email',
			name: 'enableEmailCollect',
			type: 'boolean',
			default: true,
			description: 'Whether a website inbox asks visitors for their email address',
			routing: { send: { type: 'body', property: 'enable_email_collect' } },
		},
		{
			displayName: 'Auto Assignment',
			name: 'enableAutoAssignment',
			type: 'boolean',
			default: true,
			description: 'Whether new conversations are assigned to the inbox agents in turn',
			routing: { send: { type: 'body', property: 'enable_auto_assignment' } },
		},
		{
			displayName: 'Greeting',
			name: 'greetingEnabled',
			type: 'boolean',
			default: false,
			description: 'Whether the greeting message is sent when a contact starts a conversation',
			routing: { send: { type: 'body', property: 'greeting_enabled' } },
		},
		{
			displayName: 'Greeting Message',
			name: 'greetingMessage',
			type: 'string',
			default: '',
			placeholder: 'e.g. Hello, how can we help?',
			routing: { send: { type: 'body', property: 'greeting_message' } },
		},
		{
			displayName: 'Help Center Portal ID',
			name: 'portalId',
			type: 'number',
			default: 0,
			typeOptions: { minValue: 1, numberPrecision: 0 },
			description: 'Numeric ID of the help center portal whose articles the inbox offers',
			routing: { send: { type: 'body', property: 'portal_id' } },
		},
		{
			displayName: 'Lock to Single Conversation',
			name: 'lockToSingleConversation',
			type: 'boolean',
			default: false,
			description:
				'Whether a contact keeps one open conversation: new messages join it instead of starting another (API, LINE, Telegram, WhatsApp and SMS inboxes)',
			routing: { send: { type: 'body', property: 'lock_to_single_conversation' } },
		},
		{
			displayName: 'Out of Office Message',
			name: 'outOfOfficeMessage',
			type: 'string',
			default: '',
			description: 'Reply sent outside working hours',
			routing: { send: { type: 'body', property: 'out_of_office_message' } },
		},
		{
			displayName: 'Sender Name Type',
			name: 'senderNameType',
			type: 'options',
			options: [
				{ name: 'Friendly (Agent Name)', value: 'friendly' },
				{ name: 'Professional (Business Name)', value: 'professional' },
			],
			default: 'friendly',
			description: 'Whose name email replies of website and email inboxes go out under',
			routing: { send: { type: 'body', property: 'sender_name_type' } },
		},
		{
			displayName: 'Timezone',
			name: 'timezone',
			type: 'string',
			default: '',
			placeholder: 'e.g. Europe/Berlin',
			description: 'Time zone the working hours are in',
			routing: { send: { type: 'body', property: 'timezone' } },
		},
		{
			displayName: 'Working Hours',
			name: 'workingHoursEnabled',
			type: 'boolean',
			default: false,
			description: 'Whether the inbox keeps working hours and sends the out of office message outside them',
			routing: { send: { type: 'body', property: 'working_hours_enabled' } },
		},
	];
}

export const inboxFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: [
					'createCsatTemplate',
					'delete',
					'deleteAvatar',
					'get',
					'getAgentBot',
					'getAssignableAgents',
					'getCsatTemplate',
					'getMembers',
					'resetSecret',
					'setAgentBot',
					'update',
					...MEMBER_CHANGES,
				],
			},
		},
		[inboxIdField],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		{
			displayName: 'Channel',
			name: 'channel',
			type: 'json',
			required: true,
			default: '{\n  "type": "api"\n}',
			description: channelHelp,
			routing: { send: { preSend: [sendJson('channel', 'channel'), requireChannelType] } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName(inboxAttributes('additionalFields')),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields you add here are sent; CSAT Survey Settings replaces the whole stored object',
			options: byDisplayName([
				...inboxAttributes('updateFields'),
				{
					displayName: 'Channel Settings',
					name: 'channel',
					type: 'json',
					default: '{}',
					description:
						'JSON object of channel settings to change, without "type" (an inbox keeps its channel type): for an API channel "webhook_url", "hmac_mandatory" or "additional_attributes"; for a website channel "website_url", "widget_color", "welcome_title" and the like. Keys the channel does not take are dropped.',
					routing: { send: { preSend: [sendJson('updateFields.channel', 'channel'), refuseChannelType] } },
				},
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
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['createCsatTemplate'] } }, [
		{
			displayName: 'Message',
			name: 'csatTemplateMessage',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			placeholder: 'e.g. Thanks for contacting us. How did we do?',
			description: 'Text of the survey message; Chatwoot adds a button that opens the rating page',
			routing: { send: { type: 'body', property: 'template.message' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Button Text',
					name: 'buttonText',
					type: 'string',
					default: '',
					placeholder: 'e.g. Rate us',
					description: 'Label of the button; Chatwoot uses "Please rate us" when unset',
					routing: { send: { type: 'body', property: 'template.button_text' } },
				},
				{
					displayName: 'Language',
					name: 'language',
					type: 'string',
					default: '',
					placeholder: 'e.g. pt_BR',
					description: 'Language code the template is registered in; Chatwoot uses "en" when unset',
					routing: { send: { type: 'body', property: 'template.language' } },
				},
			],
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['setAgentBot'] } }, [
		{
			displayName: 'Agent Bot Action',
			name: 'agentBotAction',
			type: 'options',
			noDataExpression: true,
			options: [
				{ name: 'Attach', value: 'attach', description: 'Connect the agent bot below, replacing any other' },
				{ name: 'Detach', value: 'detach', description: 'Disconnect the agent bot the inbox has, if any' },
			],
			default: 'attach',
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['setAgentBot'], agentBotAction: ['attach'] } }, [
		resourceLocatorField('agentBotId', 'Agent Bot', {
			searchListMethod: 'searchAgentBots',
			noun: 'an agent bot',
			description: 'The agent bot that answers the conversations of the inbox',
		}),
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Inbox', 'inbox', 'Channels conversations arrive through, their agents and their agent bot'),
	operations: inboxOperations,
	fields: [
		...updateDisplayOptions({ show: { resource: ['inbox'], operation: ['create'] } }, [
			{ ...nameField, description: 'Name shown in the Chatwoot dashboard; a Telegram inbox is always named after its bot instead' },
		]),
		...updateDisplayOptions({ show: { resource: ['inbox'], operation: MEMBER_CHANGES } }, [agentIdsField]),
		...inboxFields,
	],
};
