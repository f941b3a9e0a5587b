// What several conversation operations share: the paths, the conversation picker, the priorities and the list filters.

import type { INodeProperties } from 'n8n-workflow';

import { sendList } from '../../helpers/values';
import { multiPickerField, pickerIn, resourceLocatorField } from '../../fields';
import { inboxPicker, teamPicker } from '../../pickers';

export const RESOURCE = 'conversation';
/** Operations that change who takes part in a conversation; each sends the Agent IDs as `user_ids`. */
export const PARTICIPANT_CHANGES = ['addParticipants', 'removeParticipants', 'setParticipants'];
export const CONVERSATIONS = '/api/v1/accounts/{accountId}/conversations';
export const CONVERSATION = `${CONVERSATIONS}/{conversationId}`;

/** Conversation IDs are the number shown in the dashboard (the display ID), not the database ID. */
export const CONVERSATION_URL_PATTERN = '/app/accounts/\\d+/(?:[^?#]+/)?conversations/(\\d+)';

export function conversationIdField(): INodeProperties {
	return resourceLocatorField('conversationId', 'Conversation', {
		searchListMethod: 'searchConversations',
		noun: 'a conversation',
		urlPattern: CONVERSATION_URL_PATTERN,
		description: 'The conversation, by the number shown in the dashboard (#42)',
	});
}

export const PRIORITIES = [
	{ name: 'High', value: 'high' },
	{ name: 'Low', value: 'low' },
	{ name: 'Medium', value: 'medium' },
	{ name: 'None', value: 'none' },
	{ name: 'Urgent', value: 'urgent' },
];

export const filters: INodeProperties = {
	displayName: 'Filters',
	name: 'filters',
	type: 'collection',
	placeholder: 'Add Filter',
	default: {},
	options: [
		{
			displayName: 'Assignee Type',
			name: 'assigneeType',
			type: 'options',
			default: 'all',
			displayOptions: { show: { '/operation': ['getAll'] } },
			options: [
				{ name: 'All', value: 'all' },
				{ name: 'Assigned', value: 'assigned' },
				{ name: 'Assigned to Me', value: 'me' },
				{ name: 'Unassigned', value: 'unassigned' },
			],
			routing: { send: { type: 'query', property: 'assignee_type' } },
		},
		{
			displayName: 'Conversation Type',
			name: 'conversationType',
			type: 'options',
			default: 'mention',
			options: [
				{
					name: 'Mentioning Me',
					value: 'mention',
					description: 'Conversations where I am mentioned',
				},
				{
					name: 'Participating',
					value: 'participating',
					description:
						'Conversations I take part in, in every inbox: the Inbox filter is not applied',
				},
				{
					name: 'Unattended',
					value: 'unattended',
					description: 'Conversations with unread messages',
				},
			],
			routing: { send: { type: 'query', property: 'conversation_type' } },
		},
		pickerIn('filters', inboxPicker('Only conversations of this inbox'), 'inbox_id', 'query'),
		multiPickerField(
			'labels',
			'Label Names or IDs',
			'getLabelTitles',
			'Conversations with any of these labels match; sent by title',
			{ routing: { send: { preSend: [sendList('filters.labels', 'query', 'labels')] } } },
		),
		{
			displayName: 'Search Text',
			name: 'query',
			type: 'string',
			default: '',
			description:
				'Only conversations with a message containing this text; the status filter is then ignored',
			// not on Get Counts: with a text Chatwoot counts the first page only (docs/server-facts.md#conversation-counts-with-text)
			displayOptions: { show: { '/operation': ['getAll'] } },
			routing: { send: { type: 'query', property: 'q' } },
		},
		{
			displayName: 'Sort By',
			name: 'sortBy',
			type: 'options',
			default: 'last_activity_at_desc',
			displayOptions: { show: { '/operation': ['getAll'] } },
			options: [
				{ name: 'Created (Newest First)', value: 'created_at_desc' },
				{ name: 'Created (Oldest First)', value: 'created_at_asc' },
				{ name: 'Last Activity (Newest First)', value: 'last_activity_at_desc' },
				{ name: 'Last Activity (Oldest First)', value: 'last_activity_at_asc' },
				{ name: 'Priority (Highest First, Then Oldest)', value: 'priority_desc_created_at_asc' },
				{ name: 'Priority (Highest First)', value: 'priority_desc' },
				{ name: 'Priority (Lowest First)', value: 'priority_asc' },
				{ name: 'Unread First', value: 'unread' },
				{ name: 'Waiting (Longest First)', value: 'waiting_since_asc' },
				{ name: 'Waiting (Shortest First)', value: 'waiting_since_desc' },
			],
			routing: { send: { type: 'query', property: 'sort_by' } },
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			default: 'open',
			options: [
				{ name: 'All', value: 'all' },
				{ name: 'Open', value: 'open' },
				{ name: 'Pending', value: 'pending' },
				{ name: 'Resolved', value: 'resolved' },
				{ name: 'Snoozed', value: 'snoozed' },
			],
			description: 'Without this filter Chatwoot returns open conversations only',
			routing: { send: { type: 'query', property: 'status' } },
		},
		pickerIn('filters', teamPicker('Only conversations of this team'), 'team_id', 'query'),
	],
};
