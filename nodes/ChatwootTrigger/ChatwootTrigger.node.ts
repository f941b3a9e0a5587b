import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CHATWOOT_CREDENTIAL } from '../../credentials/ChatwootApi.credentials';
import { searchInboxes } from '../common/inboxSearch';
import { WEBHOOK_EVENTS } from '../common/webhookEvents';
import { receiveDelivery } from './delivery';
import {
	inboxFilterField,
	includePrivateNotesField,
	messageTypeField,
	triggerAccountIdField,
} from '../common/triggerFilters';
import { createWebhook, deleteWebhook, webhookExists } from './registration';
import { botCreate, botDelete, botExists, isAgentBot } from './botRegistration';
import { searchTriggerAgentBots } from './botSearch';
import { locatorField } from '../common/fields';

const MESSAGE_EVENTS = {
	show: { source: ['webhook'], events: ['message_created', 'message_updated'] },
};
const ACCOUNT_WEBHOOK = { show: { source: ['webhook'] } };
const AGENT_BOT = { show: { source: ['agentBot'] } };
const BOT_OPTION = { show: { '/source': ['agentBot'] } };

/** What Chatwoot posts to an agent bot's outgoing URL (app/listeners/agent_bot_listener.rb). */
export const AGENT_BOT_EVENTS = [
	{
		name: 'Conversation Opened',
		value: 'conversation_opened',
		description: 'A conversation of the bot was opened, e.g. handed to a human',
	},
	{
		name: 'Conversation Resolved',
		value: 'conversation_resolved',
		description: 'A conversation of the bot was resolved',
	},
	{
		name: 'Conversation Status Changed',
		value: 'conversation_status_changed',
		description: 'A conversation of the bot changed status',
	},
	{
		name: 'Conversation Updated',
		value: 'conversation_updated',
		description: 'A conversation of the bot changed',
	},
	{
		name: 'Message Created',
		value: 'message_created',
		description: 'A message was added to a conversation of the bot',
	},
	{
		name: 'Message Updated',
		value: 'message_updated',
		description: 'A message in a conversation of the bot changed',
	},
	{
		name: 'Web Widget Triggered',
		value: 'webwidget_triggered',
		description: 'A visitor opened the website chat widget of the bot’s inbox',
	},
];

export class ChatwootTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chatwoot Trigger',
		name: 'chatwootTrigger',
		icon: { light: 'file:../Chatwoot/chatwoot.svg', dark: 'file:../Chatwoot/chatwoot.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{($parameter["source"] === "agentBot" ? "Agent bot: " + ($parameter["botEvents"] || []).join(", ") : ($parameter["events"] || []).join(", "))}}',
		// n8n's node panel merges this trigger with the Chatwoot node into one entry and shows this
		// text there, so it says what the whole package does before what the trigger does
		description:
			'Send messages, manage conversations, contacts and more in Chatwoot, or start a workflow on its events',
		defaults: { name: 'Chatwoot Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CHATWOOT_CREDENTIAL, required: true }],
		webhooks: [
			{ name: 'default', httpMethod: 'POST', responseMode: 'onReceived', path: 'webhook' },
		],
		properties: [
			{
				displayName:
					'Chatwoot must reach this n8n over the network. Chatwoot 4.14 and later refuse to deliver to private and local addresses (such as http://n8n:5678, localhost or 192.168.x.x) unless SAFE_FETCH_ALLOW_PRIVATE_NETWORK=true is set on the Chatwoot server. If Chatwoot cannot reach n8n, use the Chatwoot Poll Trigger instead.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Source',
				name: 'source',
				type: 'options',
				default: 'webhook',
				options: [
					{
						name: 'Account Webhook',
						value: 'webhook',
						description: 'Registers an account webhook for the chosen events',
					},
					{
						name: 'Agent Bot',
						value: 'agentBot',
						description:
							"Points an agent bot's outgoing URL at this trigger and receives what Chatwoot sends the bot; needs a user token of an administrator or a platform app token",
					},
				],
				description: 'How Chatwoot sends events to this trigger',
			},
			triggerAccountIdField,
			{
				...locatorField('agentBotId', 'Agent Bot', {
					searchListMethod: 'searchTriggerAgentBots',
					noun: 'an agent bot',
					description:
						"The bot whose outgoing URL is pointed at this trigger while the workflow is active; the URL it had is restored on deactivation. Conversations of an inbox with this bot start as pending; if this trigger's URL fails on a message, Chatwoot opens the conversation for humans.",
				}),
				displayOptions: AGENT_BOT,
			},
			{
				displayName: 'Bot Events',
				name: 'botEvents',
				type: 'multiOptions',
				required: true,
				default: ['message_created'],
				options: AGENT_BOT_EVENTS,
				displayOptions: AGENT_BOT,
				description:
					'The events of the bot that start the workflow; Chatwoot sends the bot all of them, the others are ignored',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: [
					'conversation_created',
					'conversation_status_changed',
					'conversation_updated',
					'message_created',
					'message_updated',
				],
				options: WEBHOOK_EVENTS,
				displayOptions: ACCOUNT_WEBHOOK,
				description: 'The events that start the workflow; the webhook subscribes to exactly these',
			},
			inboxFilterField,
			messageTypeField(MESSAGE_EVENTS),
			includePrivateNotesField(MESSAGE_EVENTS),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add Option',
				default: {},
				options: [
					{
						displayName: 'Connect Bot to Inbox',
						name: 'connectBotToInbox',
						type: 'boolean',
						default: false,
						displayOptions: BOT_OPTION,
						description:
							'Whether to connect the bot to the chosen inbox on activation when the inbox has no bot (user token only). It stays connected after deactivation.',
					},
					{
						displayName: 'Include Bot Messages',
						name: 'includeBotMessages',
						type: 'boolean',
						default: false,
						displayOptions: BOT_OPTION,
						description:
							'Whether messages sent by agent bots, this one included, start the workflow. Off keeps an assistant from answering itself.',
					},
					{
						displayName: 'Include Private Notes',
						name: 'includePrivateNotes',
						type: 'boolean',
						default: false,
						displayOptions: BOT_OPTION,
						description: 'Whether private notes (messages only agents see) start the workflow',
					},
					{
						displayName: 'Reset Bot Secret If Not Readable',
						name: 'resetSecret',
						type: 'boolean',
						default: false,
						displayOptions: BOT_OPTION,
						description:
							'Whether to let activation make a new bot secret when Chatwoot does not return the current one. Anything else verifying with the old secret stops matching.',
					},
					{
						displayName: 'Verify Signature',
						name: 'verifySignature',
						type: 'boolean',
						default: true,
						description:
							'Whether to accept only deliveries signed with the webhook or bot secret, at most five minutes old. Turning this off lets anyone who knows the URL start the workflow with made-up events; do so only for Chatwoot versions before 4.11.2, which do not sign, or when the bot secret cannot be read.',
					},
				],
			},
		],
	};

	methods = {
		listSearch: { searchInboxes, searchTriggerAgentBots },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return isAgentBot(this) ? await botExists.call(this) : await webhookExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return isAgentBot(this) ? await botCreate.call(this) : await createWebhook.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return isAgentBot(this) ? await botDelete.call(this) : await deleteWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery.call(this);
	}
}
