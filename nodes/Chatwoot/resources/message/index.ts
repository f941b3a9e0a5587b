import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { downloadMessageAttachments } from '../../helpers/download';
import { refuse } from '../../../common/errors';
import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { binaryPropertyNames, sendAttachments } from '../../helpers/multipart';
import { paginate } from '../../helpers/pagination';
import { numericIdField } from '../../fields';
import { conversationIdField } from '../conversation';
import { sendText } from '../../helpers/preSend';
import { MESSAGES_PER_PAGE, translationOutput } from './hooks';
import {
	FIND_PATH,
	OPERATION as SEND_TO_CONTACT,
	SEND_TO_CONTACT_ROUTES,
	sendToContact,
	sendToContactFields,
} from './sendToContact';
import { sendAsAgentBot } from './replyAsBot';
import { resourceLocatorField } from '../../fields';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'message';
const MESSAGES = '/api/v1/accounts/{accountId}/conversations/{conversationId}/messages';
const ATTACHMENTS = '/api/v1/accounts/{accountId}/conversations/{conversationId}/attachments';

export const messageOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create and send a message or a private note in a conversation',
			description: 'Send a message or add a private note in a conversation',
			routing: { request: { method: 'POST', url: MESSAGES } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete the content and attachments of a message',
			description:
				'Delete a message and its attachments; Chatwoot keeps it as "This message was deleted"',
			routing: {
				request: { method: 'DELETE', url: `${MESSAGES}/{messageId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Download Attachments',
			value: 'downloadAttachments',
			action: 'Download message attachments',
			description:
				'Get the files of a message as binary data (attachment_0, attachment_1, …) with their details',
			routing: {
				request: { method: 'GET', url: ATTACHMENTS },
				output: { postReceive: [downloadMessageAttachments(ATTACHMENTS)] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many messages',
			description: 'List the messages of a conversation, the most recent ones, oldest first',
			routing: {
				request: { method: 'GET', url: MESSAGES },
				send: { paginate: true },
				operations: {
					pagination: paginate({
						type: 'before',
						pageSize: MESSAGES_PER_PAGE,
						afterPageSize: 100,
						records: 'payload',
					}),
				},
			},
		},
		{
			name: 'Reply as Bot',
			value: 'replyAsBot',
			action: 'Reply as an agent bot in a conversation',
			description:
				'Send a message that Chatwoot shows as sent by an agent bot. With an agent bot credential it comes from that bot. With a user credential, pick the bot: the node reads the bot’s access token (only the account’s own bots have one) and sends the message with it to the same Chatwoot; the token never appears in the output.',
			routing: {
				request: { method: 'POST', url: MESSAGES, body: { message_type: 'outgoing' } },
				send: { preSend: [sendAsAgentBot] },
			},
		},
		{
			name: 'Retry',
			value: 'retry',
			action: 'Retry sending a message',
			description:
				'Queue a message to be sent to the channel again. Chatwoot does not check that it failed: any message is set to sent, loses all its content attributes (reply link, cards, email data, translations) and is sent again, so use it only for a message whose status is failed.',
			routing: { request: { method: 'POST', url: `${MESSAGES}/{messageId}/retry` } },
		},
		{
			name: 'Send to Contact',
			value: SEND_TO_CONTACT,
			action: 'Send a message to a contact and create the contact and conversation if needed',
			description:
				'Find the contact whose email, phone number or identifier is exactly the one given (create it in the inbox when there is none), add the message to its open or pending conversation in that inbox (start one when there is none), and return the contact, conversation and message with whether each was created. User tokens only.',
			routing: {
				request: { method: 'POST', url: FIND_PATH },
				send: { paginate: true },
				operations: { pagination: sendToContact },
			},
		},
		{
			name: 'Translate',
			value: 'translate',
			action: 'Translate a message',
			description:
				'Translate the text of a message with the account’s Google Translate integration; without that integration, or for a message without text, the translation is empty',
			routing: {
				request: { method: 'POST', url: `${MESSAGES}/{messageId}/translate` },
				output: { postReceive: [translationOutput(MESSAGES)] },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update the delivery status of a message in an API inbox',
			description:
				'API inboxes only: set the delivery status of a message, for instance when your channel reports that it failed. Chatwoot refuses it (403) in other inboxes. Returns the message; a change Chatwoot ignores (read back to delivered) returns it unchanged.',
			routing: { request: { method: 'PATCH', url: `${MESSAGES}/{messageId}` } },
		},
	],
	default: 'create',
};

const CONTENT_TYPES = [
	{ name: 'Article', value: 'article' },
	{ name: 'Cards', value: 'cards' },
	{ name: 'Form', value: 'form' },
	{ name: 'Incoming Email', value: 'incoming_email' },
	{ name: 'Input CSAT', value: 'input_csat' },
	{ name: 'Input Email', value: 'input_email' },
	{ name: 'Input Select', value: 'input_select' },
	{ name: 'Input Text', value: 'input_text' },
	{ name: 'Input Textarea', value: 'input_textarea' },
	{ name: 'Integrations', value: 'integrations' },
	{ name: 'Sticker', value: 'sticker' },
	{ name: 'Text', value: 'text' },
	{ name: 'Voice Call', value: 'voice_call' },
];

/**
 * A form field is text: Chatwoot parses content attributes back from JSON text, but not template
 * parameters, and a template carries its media as links anyway.
 */
async function refuseTemplateWithFiles(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const body = requestOptions.body as { template_params?: unknown } | undefined;
	if (
		body?.template_params !== undefined &&
		binaryPropertyNames(this.getNodeParameter('attachments', '')).length
	) {
		refuse(
			this,
			'Template Params cannot be sent with Attachments',
			'Send the WhatsApp template without Attachments: its header media goes in processed_params as a link. Send files in a message of their own.',
		);
	}
	return requestOptions;
}

const createFields: INodeProperties[] = [
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		description:
			'Text of the message. May stay empty for a message of files only, or one made of content attributes (cards, options) or a template.',
		routing: { send: { preSend: [sendText('content', 'content')] } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'BCC Emails',
				name: 'bccEmails',
				type: 'string',
				default: '',
				placeholder: 'e.g. audit@example.com',
				description: 'Email inboxes only: comma-separated addresses in blind copy',
				routing: { send: { type: 'body', property: 'bcc_emails' } },
			},
			{
				displayName: 'CC Emails',
				name: 'ccEmails',
				type: 'string',
				default: '',
				placeholder: 'e.g. team@example.com, boss@example.com',
				description: 'Email inboxes only: comma-separated addresses in copy',
				routing: { send: { type: 'body', property: 'cc_emails' } },
			},
			{
				displayName: 'Content Attributes (JSON)',
				name: 'contentAttributes',
				type: 'json',
				default: '{}',
				description:
					'What the content type needs, as a JSON object: {"items": [...]} for cards and input select, {"in_reply_to": 901} to reply to a message',
				routing: {
					send: { preSend: [sendJson('additionalFields.contentAttributes', 'content_attributes')] },
				},
			},
			{
				displayName: 'Content Type',
				name: 'contentType',
				type: 'options',
				default: 'text',
				options: CONTENT_TYPES,
				description:
					'Kind of message; when not set Chatwoot makes a text message. Rich types need their content attributes.',
				routing: { send: { type: 'body', property: 'content_type' } },
			},
			{
				displayName: 'Echo ID',
				name: 'echoId',
				type: 'string',
				default: '',
				description: 'Your own ID for the message, returned as echo_id so you can match it later',
				routing: { send: { type: 'body', property: 'echo_id' } },
			},
			{
				displayName: 'External Created At',
				name: 'externalCreatedAt',
				type: 'dateTime',
				default: '',
				description:
					'When the message was really written, for messages imported from another system. Chatwoot keeps it in content_attributes only: the message’s created_at and its place in the list stay the time of the request.',
				routing: { send: { type: 'body', property: 'external_created_at' } },
			},
			{
				displayName: 'Message Type',
				name: 'messageType',
				type: 'options',
				default: 'outgoing',
				options: [
					{
						name: 'Outgoing',
						value: 'outgoing',
						description: 'From the agent or bot to the contact',
					},
					{
						name: 'Incoming',
						value: 'incoming',
						description: 'From the contact; API inboxes only',
					},
				],
				routing: { send: { type: 'body', property: 'message_type' } },
			},
			{
				displayName: 'Private Note',
				name: 'private',
				type: 'boolean',
				default: false,
				description: 'Whether the message is a private note, seen by agents only',
				routing: { send: { type: 'body', property: 'private' } },
			},
			{
				displayName: 'Source ID',
				name: 'sourceId',
				type: 'string',
				default: '',
				description: 'ID of the message in the external channel, for API inboxes',
				routing: { send: { type: 'body', property: 'source_id' } },
			},
			{
				displayName: 'Template Params (JSON)',
				name: 'templateParams',
				type: 'json',
				default: '{}',
				description:
					'WhatsApp template to send, as a JSON object {"name", "category", "language", "processed_params"}; the template must be approved',
				routing: {
					send: { preSend: [sendJson('additionalFields.templateParams', 'template_params')] },
				},
			},
			{
				displayName: 'To Emails',
				name: 'toEmails',
				type: 'string',
				default: '',
				description: 'Email inboxes only: comma-separated recipients instead of the contact',
				routing: { send: { type: 'body', property: 'to_emails' } },
			},
		],
	},
	// after Additional Fields: its pre-send turns the finished JSON body into a multipart one
	{
		displayName: 'Attachments',
		name: 'attachments',
		type: 'string',
		default: '',
		placeholder: 'e.g. data, invoice',
		description:
			'Files to attach: the names of the input item’s binary properties that hold them, separated by commas. Each is sent with its file name and type.',
		hint: 'The input panel lists an item’s binary properties under Binary',
		routing: { send: { preSend: [refuseTemplateWithFiles, sendAttachments('attachments')] } },
	},
];

const updateFields: INodeProperties[] = [
	{
		displayName: 'Status',
		name: 'messageStatus',
		type: 'options',
		required: true,
		default: 'delivered',
		options: [
			{ name: 'Delivered', value: 'delivered' },
			{ name: 'Failed', value: 'failed' },
			{ name: 'Read', value: 'read' },
			{ name: 'Sent', value: 'sent' },
		],
		description:
			'The delivery status the channel reports. Chatwoot keeps a read message read: it ignores a change back to delivered.',
		routing: { send: { type: 'body', property: 'status' } },
	},
	{
		displayName: 'External Error',
		name: 'externalError',
		type: 'string',
		default: '',
		displayOptions: { show: { messageStatus: ['failed'] } },
		placeholder: 'e.g. Recipient is not reachable',
		description: 'Why the message failed, shown to agents under the message',
		routing: { send: { preSend: [sendText('externalError', 'external_error')] } },
	},
];

export const messageFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE] }, hide: { operation: [SEND_TO_CONTACT] } },
		[conversationIdField()],
	),
	...sendToContactFields,
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, createFields),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['replyAsBot'] } }, [
		{
			...resourceLocatorField('agentBotId', 'Agent Bot', {
				searchListMethod: 'searchAgentBots',
				noun: 'an agent bot',
				required: false,
				description:
					'The bot the reply comes from; needed with a user credential, left empty with an agent bot credential',
			}),
		},
		{
			displayName: 'Content',
			name: 'content',
			type: 'string',
			typeOptions: { rows: 4 },
			required: true,
			default: '',
			description: 'Text of the reply, sent to the contact',
			routing: { send: { preSend: [sendText('content', 'content')] } },
		},
	]),
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: ['delete', 'downloadAttachments', 'retry', 'translate', 'update'],
			},
		},
		[numericIdField('messageId', 'Message ID', 'Numeric ID of the message')],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, updateFields),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['translate'] } }, [
		{
			displayName: 'Target Language',
			name: 'targetLanguage',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. es',
			description:
				'Code of the language to translate into, as Google Translate names it: es, fr, pt-BR, zh-CN, …',
			routing: { send: { type: 'body', property: 'target_language' } },
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Message', 'message', 'Messages and private notes in a conversation'),
	operations: messageOperations,
	fields: [...listFields(RESOURCE, ['getAll'], { paged: true }), ...messageFields],
	composite: { [SEND_TO_CONTACT]: SEND_TO_CONTACT_ROUTES },
};
