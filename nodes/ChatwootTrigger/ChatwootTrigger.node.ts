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

const MESSAGE_EVENTS = { show: { events: ['message_created', 'message_updated'] } };

export class ChatwootTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chatwoot Trigger',
		name: 'chatwootTrigger',
		icon: { light: 'file:../Chatwoot/chatwoot.svg', dark: 'file:../Chatwoot/chatwoot.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
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
			triggerAccountIdField,
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
						displayName: 'Verify Signature',
						name: 'verifySignature',
						type: 'boolean',
						default: true,
						description:
							'Whether to accept only deliveries signed with the webhook secret, at most five minutes old. Turning this off lets anyone who knows the URL start the workflow with made-up events; do so only for Chatwoot versions before 4.11.2, which do not sign.',
					},
				],
			},
		],
	};

	methods = {
		listSearch: { searchInboxes },
	};

	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return await webhookExists.call(this);
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return await createWebhook.call(this);
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return await deleteWebhook.call(this);
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await receiveDelivery.call(this);
	}
}
