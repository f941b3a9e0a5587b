import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { paginate } from '../../helpers/pagination';
import { sendAgentIds } from '../../helpers/preSend';
import { sendList, sendTime } from '../../helpers/values';
import { pickerIn, resourceLocatorField } from '../../fields';
import { agentPicker, inboxPicker, teamPicker } from '../../pickers';
import { assignmentOutput, conversationPages, countsOutput, CONVERSATIONS_PER_PAGE, labelsOutput, sendAssignment, sendFilterConditions, sendInitialMessageTemplate, sendPriority } from './hooks';
import type { ResourceDescription } from '../types';
import { resourceOption } from '../../fields';

const RESOURCE = 'conversation';
/** Operations that change who takes part in a conversation; each sends the Agent IDs as `user_ids`. */
const PARTICIPANT_CHANGES = ['addParticipants', 'removeParticipants', 'updateParticipants'];
const CONVERSATIONS = '/api/v1/accounts/{accountId}/conversations';
const CONVERSATION = `${CONVERSATIONS}/{conversationId}`;

export const conversationOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Add Labels',
			value: 'addLabels',
			action: 'Add labels to a conversation',
			description:
				'Set the labels of a conversation. Chatwoot replaces its whole label list with the labels you send: labels it has that you leave out are removed. Titles the account has no label for are stored too.',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/labels` },
				output: { postReceive: [labelsOutput] },
			},
		},
		{
			name: 'Add Participants',
			value: 'addParticipants',
			action: 'Add participants to a conversation',
			description:
				'Make agents participants of a conversation, so that it shows under Participating for them. Returns the agents asked for that were not participants before; one without access to the inbox is listed but not added, so check with Get Participants.',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/participants` },
				send: { preSend: [sendAgentIds] },
			},
		},
		{
			name: 'Assign',
			value: 'assign',
			action: 'Assign a conversation',
			description:
				'Assign a conversation to an agent, an agent bot or a team, or take the assignment away. An ID Chatwoot does not find is an error; an unknown agent or team ID has already removed the current one.',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/assignments` },
				send: { preSend: [sendAssignment] },
				output: { postReceive: [assignmentOutput] },
			},
		},
		{
			name: 'Change Priority',
			value: 'togglePriority',
			action: 'Change the priority of a conversation',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/toggle_priority` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Change Status',
			value: 'toggleStatus',
			action: 'Change the status of a conversation',
			description:
				'Open, resolve, set pending or snooze a conversation. Opening it with an agent’s token (not an administrator’s) also assigns it to that agent, replacing any other assignee.',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/toggle_status` },
				output: { postReceive: [{ type: 'rootProperty', properties: { property: 'payload' } }] },
			},
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create a conversation',
			description:
				'Start a conversation with a contact in an inbox. If the inbox keeps one conversation per contact, Chatwoot returns the existing conversation instead of creating one (even a resolved one): then only the Initial Message is applied, added to it.',
			routing: { request: { method: 'POST', url: CONVERSATIONS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a conversation',
			description:
				'Delete a conversation with its messages and attachments. Administrators only; Chatwoot deletes it in the background.',
			routing: {
				request: { method: 'DELETE', url: CONVERSATION },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Filter',
			value: 'filter',
			action: 'Filter conversations',
			description: 'Find conversations matching conditions on their attributes, newest activity first',
			routing: {
				request: { method: 'POST', url: `${CONVERSATIONS}/filter` },
				send: { paginate: true, preSend: [sendFilterConditions('conditions')] },
				// the filter pages 25 at a time whatever the server setting, and counts every match
				operations: { pagination: paginate({ type: 'page', pageSize: 25, records: 'payload', total: 'meta.all_count' }) },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a conversation',
			routing: { request: { method: 'GET', url: CONVERSATION } },
		},
		{
			name: 'Get Counts',
			value: 'getCounts',
			action: 'Get conversation counts',
			description: 'Count the conversations that are mine, unassigned, assigned and all, for the filters set',
			routing: {
				request: { method: 'GET', url: `${CONVERSATIONS}/meta`, arrayFormat: 'brackets' },
				output: { postReceive: [countsOutput] },
			},
		},
		{
			name: 'Get Labels',
			value: 'getLabels',
			action: 'Get the labels of a conversation',
			routing: {
				request: { method: 'GET', url: `${CONVERSATION}/labels` },
				output: { postReceive: [labelsOutput] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many conversations',
			description: 'List conversations, latest activity first; by default only open ones',
			routing: {
				request: { method: 'GET', url: CONVERSATIONS, arrayFormat: 'brackets' },
				send: { paginate: true },
				operations: { pagination: conversationPages },
			},
		},
		{
			name: 'Get Participants',
			value: 'getParticipants',
			action: 'Get the participants of a conversation',
			description: 'List the agents taking part in a conversation, one item per agent',
			routing: { request: { method: 'GET', url: `${CONVERSATION}/participants` } },
		},
		{
			name: 'Get Reporting Events',
			value: 'getReportingEvents',
			action: 'Get the reporting events of a conversation',
			description:
				'Enterprise edition only: first response, resolution and reply time events of a conversation, oldest first',
			routing: { request: { method: 'GET', url: `${CONVERSATION}/reporting_events` } },
		},
		{
			name: 'Mark Unread',
			value: 'markUnread',
			action: 'Mark a conversation as unread',
			description:
				'Show the conversation as unread again, from the contact’s last message on (all of it when the contact has sent none); returns the conversation',
			routing: { request: { method: 'POST', url: `${CONVERSATION}/unread` } },
		},
		{
			name: 'Mute',
			value: 'mute',
			action: 'Mute a conversation',
			description:
				'Resolve the conversation and block its contact. Blocking applies to the contact, so every conversation with them is muted until Unmute.',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/mute` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Remove Participants',
			value: 'removeParticipants',
			action: 'Remove participants from a conversation',
			routing: {
				request: { method: 'DELETE', url: `${CONVERSATION}/participants` },
				send: { preSend: [sendAgentIds] },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Search',
			value: 'search',
			action: 'Search conversations',
			description:
				'Find conversations with a message containing a text, in any status, latest activity first. Get Many combines a search text with filters.',
			routing: {
				request: { method: 'GET', url: `${CONVERSATIONS}/search` },
				send: { paginate: true },
				// the counts of a text search cover the current page only, and the page size is a server
				// setting: only an empty page ends the loop
				operations: { pagination: paginate({ type: 'page', pageSize: CONVERSATIONS_PER_PAGE, fixedPageSize: false, records: 'payload' }) },
			},
		},
		{
			name: 'Send Transcript',
			value: 'sendTranscript',
			action: 'Email the transcript of a conversation',
			description:
				'Email the messages of a conversation to an address. Chatwoot refuses it when the plan has no email transcripts (402) or the account sent too many emails today (429).',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/transcript` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Set Custom Attributes',
			value: 'setCustomAttributes',
			action: 'Set the custom attributes of a conversation',
			description: 'Replace the custom attributes of a conversation: keys you leave out are removed',
			routing: { request: { method: 'POST', url: `${CONVERSATION}/custom_attributes` } },
		},
		{
			name: 'Set Typing Status',
			value: 'toggleTyping',
			action: 'Set the typing status of a conversation',
			description: 'Show or hide the typing indicator in a conversation',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/toggle_typing_status` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Unmute',
			value: 'unmute',
			action: 'Unmute a conversation',
			description: 'Unblock the contact of a muted conversation; the conversation keeps its status',
			routing: {
				request: { method: 'POST', url: `${CONVERSATION}/unmute` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a conversation',
			description: 'Change the priority or the SLA policy; status, assignment, labels and custom attributes have their own operations',
			routing: { request: { method: 'PATCH', url: CONVERSATION } },
		},
		{
			name: 'Update Participants',
			value: 'updateParticipants',
			action: 'Set the participants of a conversation',
			description: 'Make exactly these agents the participants of a conversation: others are removed. Returns the participants.',
			routing: {
				request: { method: 'PATCH', url: `${CONVERSATION}/participants` },
				send: { preSend: [sendAgentIds] },
			},
		},
	],
	default: 'getAll',
};

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

const PRIORITIES = [
	{ name: 'High', value: 'high' },
	{ name: 'Low', value: 'low' },
	{ name: 'Medium', value: 'medium' },
	{ name: 'None', value: 'none' },
	{ name: 'Urgent', value: 'urgent' },
];

const filters: INodeProperties = {
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
				{ name: 'Mentioning Me', value: 'mention', description: 'Conversations where I am mentioned' },
				{ name: 'Participating', value: 'participating', description: 'Conversations I take part in, in every inbox: the Inbox filter is not applied' },
				{ name: 'Unattended', value: 'unattended', description: 'Conversations with unread messages' },
			],
			routing: { send: { type: 'query', property: 'conversation_type' } },
		},
		pickerIn('filters', inboxPicker('Only conversations of this inbox'), 'inbox_id', 'query'),
		{
			displayName: 'Labels',
			name: 'labels',
			type: 'string',
			default: '',
			placeholder: 'e.g. billing, vip',
			description: 'Comma-separated labels; conversations with any of them match',
			routing: { send: { preSend: [sendList('filters.labels', 'query', 'labels')] } },
		},
		{
			displayName: 'Search Text',
			name: 'query',
			type: 'string',
			default: '',
			description: 'Only conversations with a message containing this text; the status filter is then ignored',
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

const createFields: INodeProperties[] = [
	inboxPicker('The inbox the conversation takes place in', { bodyKey: 'inbox_id' }),
	resourceLocatorField('contactId', 'Contact', {
		searchListMethod: 'searchContacts',
		noun: 'a contact',
		urlPattern: '/app/accounts/\\d+/contacts/(\\d+)',
		description: 'The contact the conversation is with',
		bodyKey: 'contact_id',
	}),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Additional Attributes (JSON)',
				name: 'additionalAttributes',
				type: 'json',
				default: '{}',
				description: 'Extra details such as the browser, as a JSON object',
				routing: { send: { preSend: [sendJson('additionalFields.additionalAttributes', 'additional_attributes')] } },
			},
			pickerIn('additionalFields', agentPicker('assigneeId', 'Assignee', 'The agent the conversation is assigned to'), 'assignee_id'),
			{
				displayName: 'Custom Attributes (JSON)',
				name: 'customAttributes',
				type: 'json',
				default: '{}',
				description: 'Values of the conversation custom attributes, as a JSON object such as {"order_id": "A-1001"}',
				routing: { send: { preSend: [sendJson('additionalFields.customAttributes', 'custom_attributes')] } },
			},
			{
				displayName: 'Initial Message',
				name: 'initialMessage',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				description: 'Text of a first message sent in the new conversation',
				routing: { send: { type: 'body', property: 'message.content' } },
			},
			{
				displayName: 'Initial Message Template (JSON)',
				name: 'initialMessageTemplate',
				type: 'json',
				default: '{}',
				description:
					'WhatsApp template for the first message, as template_params: {"name", "category", "language", "processed_params"}',
				routing: { send: { preSend: [sendInitialMessageTemplate('additionalFields.initialMessageTemplate')] } },
			},
			{
				displayName: 'Snoozed Until',
				name: 'snoozedUntil',
				type: 'dateTime',
				default: '',
				description: 'When a snoozed conversation opens again; sent as a UTC time, so a date without an offset is read in the workflow’s time zone',
				routing: { send: { preSend: [sendTime('additionalFields.snoozedUntil', 'body', 'snoozed_until', { format: 'iso' })] } },
			},
			{
				displayName: 'Source ID',
				name: 'sourceId',
				type: 'string',
				default: '',
				description: 'ID of the contact in the inbox channel (contact inbox source ID), e.g. for API inboxes',
				routing: { send: { type: 'body', property: 'source_id' } },
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'options',
				default: 'open',
				options: [
					{ name: 'Open', value: 'open' },
					{ name: 'Pending', value: 'pending' },
					{ name: 'Resolved', value: 'resolved' },
					{ name: 'Snoozed', value: 'snoozed' },
				],
				description:
					'Not always kept: a blocked contact’s conversation starts resolved, and one in an inbox with an active agent bot starts pending',
				routing: { send: { type: 'body', property: 'status' } },
			},
			pickerIn('additionalFields', teamPicker('The team the conversation is assigned to'), 'team_id'),
		],
	},
];

const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	description: 'Only the fields you add here are sent',
	options: [
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'options',
			default: 'none',
			options: PRIORITIES,
			routing: { send: { preSend: [sendPriority('updateFields.priority')] } },
		},
		{
			displayName: 'SLA Policy ID',
			name: 'slaPolicyId',
			type: 'number',
			default: 0,
			description: 'Enterprise edition only: numeric ID of the SLA policy to apply',
			routing: { send: { type: 'body', property: 'sla_policy_id' } },
		},
	],
};

const statusFields: INodeProperties[] = [
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		required: true,
		default: 'resolved',
		options: [
			{ name: 'Open', value: 'open' },
			{ name: 'Pending', value: 'pending' },
			{ name: 'Resolved', value: 'resolved' },
			{ name: 'Snoozed', value: 'snoozed' },
		],
		routing: { send: { type: 'body', property: 'status' } },
	},
	{
		displayName: 'Snoozed Until',
		name: 'snoozedUntil',
		type: 'dateTime',
		default: '',
		displayOptions: { show: { status: ['snoozed'] } },
		description: 'When the conversation opens again; leave empty to snooze until the contact replies. A reply always reopens it.',
		routing: { send: { preSend: [sendTime('snoozedUntil', 'body', 'snoozed_until')] } },
	},
];

const priorityField: INodeProperties = {
	displayName: 'Priority',
	name: 'priority',
	type: 'options',
	required: true,
	default: 'high',
	options: PRIORITIES,
	description: 'None removes the priority',
	routing: { send: { preSend: [sendPriority('priority')] } },
};

const typingFields: INodeProperties[] = [
	{
		displayName: 'Typing Status',
		name: 'typingStatus',
		type: 'options',
		required: true,
		default: 'on',
		options: [
			{ name: 'On', value: 'on' },
			{ name: 'Off', value: 'off' },
		],
		routing: { send: { type: 'body', property: 'typing_status' } },
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Private Note',
				name: 'isPrivate',
				type: 'boolean',
				default: false,
				description: 'Whether the typing is for a private note, seen by agents only',
				routing: { send: { type: 'body', property: 'is_private' } },
			},
		],
	},
];

const assignFields: INodeProperties[] = [
	{
		displayName: 'Assign To',
		name: 'assignTo',
		type: 'options',
		noDataExpression: true,
		default: 'agent',
		options: [
			{ name: 'Agent', value: 'agent' },
			{ name: 'Agent Bot', value: 'agentBot' },
			{ name: 'No Team (Remove the Team)', value: 'noTeam' },
			{ name: 'Nobody (Remove the Agent or Bot)', value: 'nobody' },
			{ name: 'Team', value: 'team' },
		],
	},
	// Agent and Agent Bot share the name assigneeId, so workflows saved with either keep their ID
	{ ...agentPicker('assigneeId', 'Agent', 'The agent the conversation is assigned to'), displayOptions: { show: { assignTo: ['agent'] } } },
	{
		...resourceLocatorField('assigneeId', 'Agent Bot', {
			searchListMethod: 'searchAgentBots',
			noun: 'an agent bot',
			description: 'The agent bot the conversation is handed to',
		}),
		displayOptions: { show: { assignTo: ['agentBot'] } },
	},
	{ ...teamPicker('The team the conversation is assigned to'), displayOptions: { show: { assignTo: ['team'] } } },
];

export const conversationFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: [
					'addLabels',
					'addParticipants',
					'assign',
					'delete',
					'get',
					'getLabels',
					'getParticipants',
					'getReportingEvents',
					'markUnread',
					'mute',
					'removeParticipants',
					'sendTranscript',
					'setCustomAttributes',
					'togglePriority',
					'toggleStatus',
					'toggleTyping',
					'unmute',
					'update',
					'updateParticipants',
				],
			},
		},
		[conversationIdField()],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getAll', 'getCounts'] } }, [filters]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['filter'] } }, [
		{
			displayName: 'Conditions (JSON)',
			name: 'conditions',
			type: 'json',
			required: true,
			default: '[\n  {\n    "attribute_key": "status",\n    "filter_operator": "equal_to",\n    "values": ["open"],\n    "query_operator": null\n  }\n]',
			description:
				'List of conditions, each {"attribute_key", "filter_operator", "values", "query_operator"}; query_operator (AND or OR) joins a condition to the next one and is null on the last',
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, createFields),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, [updateFields]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['toggleStatus'] } }, statusFields),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['togglePriority'] } }, [priorityField]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['toggleTyping'] } }, typingFields),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['setCustomAttributes'] } }, [
		{
			displayName: 'Custom Attributes (JSON)',
			name: 'customAttributes',
			type: 'json',
			required: true,
			default: '{}',
			description: 'All the custom attributes the conversation keeps, as a JSON object such as {"order_id": "A-1001"}',
			routing: { send: { preSend: [sendJson('customAttributes', 'custom_attributes')] } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['addLabels'] } }, [
		{
			displayName: 'Labels',
			name: 'labels',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. billing, vip',
			description: 'Comma-separated labels the conversation ends up with; any other label it has is removed',
			routing: { send: { preSend: [sendList('labels', 'body', 'labels')] } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['assign'] } }, assignFields),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['search'] } }, [
		{
			displayName: 'Search Text',
			name: 'searchText',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. refund',
			description: 'Text to find in the messages of the conversations, in any letter case',
			routing: { send: { type: 'query', property: 'q' } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['sendTranscript'] } }, [
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'Address the transcript is sent to',
			routing: { send: { type: 'body', property: 'email' } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: PARTICIPANT_CHANGES } }, [
		{
			displayName: 'Agent IDs',
			name: 'agentIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3, 7',
			description:
				'Numeric IDs of the agents, separated by commas, or a list mapped from an earlier node. Get Many on the Agent resource lists them.',
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Conversation', 'conversation', 'Conversations with contacts: status, assignment, labels and more'),
	operations: conversationOperations,
	fields: conversationFields,
};
