// What several inbox operations share: the paths, the member changes, the inbox picker and the inbox settings.

import type { INodeProperties } from 'n8n-workflow';

import { requireNumericId, sendJson } from '../../helpers/hooks';
import { pickerIn, resourceLocatorField } from '../../fields';
import { inboxPicker } from '../../pickers';
import { sendInboxMembers } from './hooks';

export const RESOURCE = 'inbox';
export const INBOXES = '/api/v1/accounts/{accountId}/inboxes';
export const MEMBERS = '/api/v1/accounts/{accountId}/inbox_members';
export const payload = { type: 'rootProperty' as const, properties: { property: 'payload' } };
export const memberChange = { preSend: [requireNumericId('inboxId'), sendInboxMembers] };

/** The dashboard shows an inbox at /app/accounts/1/settings/inboxes/3 or /app/accounts/1/inbox/3. */
export const inboxIdField = inboxPicker('The inbox to work on');

/** Settings an inbox is created or updated with; `collection` names the parameter they live in. */
export function inboxAttributes(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Allow Messages After Resolved',
			name: 'allowMessagesAfterResolved',
			type: 'boolean',
			default: true,
			description:
				'Whether contacts of a website inbox may keep writing after their conversation is resolved',
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
		pickerIn(
			collection,
			resourceLocatorField('portalId', 'Help Center Portal', {
				searchListMethod: 'searchPortalIds',
				noun: 'a portal',
				description: 'The help center portal whose articles the inbox offers; sent by numeric ID',
			}),
			'portal_id',
		),
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
			description:
				'Whether the inbox keeps working hours and sends the out of office message outside them',
			routing: { send: { type: 'body', property: 'working_hours_enabled' } },
		},
	];
}
