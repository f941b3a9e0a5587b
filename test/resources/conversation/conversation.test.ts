import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { describeLabelChanges } from '../../harness/labels';
import { requestProblems, specOperations } from '../../harness/openapi';
import { description } from '../../harness/operations';
import { Recorder, type RecordedRequest } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const conversation = (id: number, extra: IDataObject = {}): IDataObject => ({
	id,
	account_id: 1,
	inbox_id: 3,
	status: 'open',
	priority: null,
	labels: [],
	meta: { sender: { id: 7, name: 'Maria Lopez' }, channel: 'Channel::Api' },
	messages: [],
	last_non_activity_message: null,
	...extra,
});
const c42 = conversation(42, { labels: ['billing'] });
const c43 = conversation(43);
/** A conversation as the message-text search renders it (conversations/search.json.jbuilder → models/_conversation). */
const found = (id: number): IDataObject => ({
	id,
	uuid: `uuid-${id}`,
	created_at: 1767225000,
	contact: { id: 7, name: 'Maria Lopez' },
	inbox: { id: 3, name: 'Support API', channel_type: 'Channel::Api' },
	messages: [
		{
			content: 'I would like a refund',
			id: 900 + id,
			sender_name: 'Maria Lopez',
			message_type: 0,
			created_at: 1767225950,
		},
	],
	account_id: 1,
});
const counts = { mine_count: 1, assigned_count: 1, unassigned_count: 1, all_count: 2 };
const byId = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });
const agent = {
	id: 3,
	account_id: 1,
	name: 'Sam Rivera',
	available_name: 'Sam',
	email: 'sam@example.com',
	role: 'agent',
};
const lee = {
	id: 5,
	account_id: 1,
	name: 'Lee Park',
	available_name: 'Lee',
	email: 'lee@example.com',
	role: 'administrator',
};

const conditions = [
	{
		attribute_key: 'status',
		filter_operator: 'equal_to',
		values: ['pending'],
		query_operator: 'AND',
	},
	{ attribute_key: 'inbox_id', filter_operator: 'equal_to', values: [3], query_operator: null },
];

const cases: RequestCase[] = [
	{
		name: 'getAll sends every filter, labels[] with brackets, and gives one item per conversation',
		parameters: {
			resource: 'conversation',
			operation: 'getAll',
			returnAll: true,
			filters: {
				status: 'all',
				assigneeType: 'unassigned',
				inboxId: byId('3', 'list'),
				teamId: byId('https://chat.acme.test/app/accounts/1/team/2', 'url'),
				labels: 'billing, vip',
				sortBy: 'created_at_asc',
				conversationType: 'unattended',
			},
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/conversations',
			query: {
				status: 'all',
				assignee_type: 'unassigned',
				inbox_id: '3',
				team_id: '2',
				'labels[]': ['billing', 'vip'],
				sort_by: 'created_at_asc',
				conversation_type: 'unattended',
				page: '1',
			},
		},
		reply: { body: { data: { meta: counts, payload: [c42, c43] } } },
		output: [c42, c43],
	},
	{
		name: 'getAll with a limit and no filter',
		parameters: { resource: 'conversation', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/conversations', query: { page: '1' } },
		reply: { body: { data: { meta: counts, payload: [c42, c43] } } },
		output: [c42],
	},
	{
		name: 'getCounts sends the filters it takes, never a search text (docs/server-facts.md#conversation-counts-with-text), and gives the counts',
		parameters: {
			resource: 'conversation',
			operation: 'getCounts',
			// a Search Text kept in a workflow saved before it was taken off Get Counts
			filters: {
				status: 'pending',
				inboxId: byId('3'),
				labels: 'vip',
				query: 'refund',
				conversationType: 'mention',
			},
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/conversations/meta',
			query: {
				status: 'pending',
				inbox_id: '3',
				'labels[]': ['vip'],
				conversation_type: 'mention',
			},
		},
		reply: { body: { meta: counts } },
		output: [counts],
	},
	{
		name: 'filter sends the conditions as payload and unwraps {meta, payload} (docs/server-facts.md#conversation-filter-shape)',
		parameters: {
			resource: 'conversation',
			operation: 'filter',
			returnAll: true,
			conditions: JSON.stringify(conditions),
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/filter',
			query: { page: '1' },
			body: { payload: conditions },
		},
		reply: { body: { meta: { mine_count: 0, unassigned_count: 1, all_count: 1 }, payload: [c43] } },
		output: [c43],
	},
	{
		name: 'get with a conversation picked from the list',
		parameters: { resource: 'conversation', operation: 'get', conversationId: byId('42', 'list') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/conversations/42' },
		reply: { body: c42 },
		output: [c42],
	},
	{
		name: 'create with inbox and contact only: no source_id needed (docs/server-facts.md#conversation-create), the whole conversation back (docs/server-facts.md#conversation-answers)',
		parameters: {
			resource: 'conversation',
			operation: 'create',
			inboxId: { __rl: true, mode: 'list', value: '3' },
			contactId: {
				__rl: true,
				mode: 'url',
				value: 'https://chat.acme.test/app/accounts/1/contacts/7',
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations',
			body: { inbox_id: 3, contact_id: 7 },
		},
		reply: { body: conversation(44) },
		output: [conversation(44)],
	},
	{
		name: 'create with every additional field and a first message with a template',
		parameters: {
			resource: 'conversation',
			operation: 'create',
			inboxId: { __rl: true, mode: 'id', value: '3' },
			contactId: { __rl: true, mode: 'id', value: '7' },
			additionalFields: {
				sourceId: 'wa-15550100',
				status: 'pending',
				assigneeId: byId('3', 'list'),
				teamId: byId('2'),
				snoozedUntil: '2026-07-01T11:00:00+02:00',
				additionalAttributes: '{"browser": "Firefox"}',
				customAttributes: '{"order_id": "A-1001"}',
				initialMessage: 'Your order has shipped.',
				initialMessageTemplate:
					'{"name": "order_update", "category": "UTILITY", "language": "en", "processed_params": {"1": "A-1001"}}',
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations',
			body: {
				inbox_id: 3,
				contact_id: 7,
				source_id: 'wa-15550100',
				status: 'pending',
				assignee_id: 3,
				team_id: 2,
				snoozed_until: '2026-07-01T09:00:00.000Z',
				additional_attributes: { browser: 'Firefox' },
				custom_attributes: { order_id: 'A-1001' },
				message: {
					content: 'Your order has shipped.',
					template_params: {
						name: 'order_update',
						category: 'UTILITY',
						language: 'en',
						processed_params: { '1': 'A-1001' },
					},
				},
			},
		},
		reply: { body: conversation(44) },
		output: [conversation(44)],
	},
	{
		name: 'update sends the priority, None as null, and the SLA policy',
		parameters: {
			resource: 'conversation',
			operation: 'update',
			conversationId: byId(42),
			updateFields: { priority: 'none', slaPolicyId: 4 },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/conversations/42',
			body: { priority: null, sla_policy_id: 4 },
		},
		reply: { body: c42 },
		output: [c42],
	},
	{
		name: 'changeStatus gives the payload of the answer (docs/server-facts.md#conversation-answers)',
		parameters: {
			resource: 'conversation',
			operation: 'changeStatus',
			conversationId: byId(42),
			status: 'resolved',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/toggle_status',
			body: { status: 'resolved' },
		},
		reply: {
			body: {
				meta: {},
				payload: {
					success: true,
					conversation_id: 42,
					current_status: 'resolved',
					snoozed_until: null,
				},
			},
		},
		output: [
			{ success: true, conversation_id: 42, current_status: 'resolved', snoozed_until: null },
		],
	},
	{
		name: 'keepWithBot sets the status to pending and gives the payload',
		parameters: { resource: 'conversation', operation: 'keepWithBot', conversationId: byId(42) },
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/toggle_status',
			body: { status: 'pending' },
		},
		reply: {
			body: {
				meta: {},
				payload: {
					success: true,
					conversation_id: 42,
					current_status: 'pending',
					snoozed_until: null,
				},
			},
		},
		output: [
			{ success: true, conversation_id: 42, current_status: 'pending', snoozed_until: null },
		],
	},
	{
		name: 'handOff with nothing else set only opens the conversation',
		parameters: { resource: 'conversation', operation: 'handOff', conversationId: byId(42) },
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/toggle_status',
			body: { status: 'open' },
		},
		reply: {
			body: {
				meta: {},
				payload: {
					success: true,
					conversation_id: 42,
					current_status: 'open',
					snoozed_until: null,
				},
			},
		},
		output: [{ conversation_id: 42, status: 'open' }],
	},
	{
		name: 'changeStatus snoozed sends snoozed_until as Unix seconds',
		parameters: {
			resource: 'conversation',
			operation: 'changeStatus',
			conversationId: byId(42),
			status: 'snoozed',
			snoozedUntil: '2026-07-01T09:00:00Z',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/toggle_status',
			body: { status: 'snoozed', snoozed_until: Date.UTC(2026, 6, 1, 9) / 1000 },
		},
		reply: {
			body: {
				meta: {},
				payload: {
					success: true,
					conversation_id: 42,
					current_status: 'snoozed',
					snoozed_until: '2026-07-01T09:00:00.000Z',
				},
			},
		},
		output: [
			{
				success: true,
				conversation_id: 42,
				current_status: 'snoozed',
				snoozed_until: '2026-07-01T09:00:00.000Z',
			},
		],
	},
	{
		name: 'changePriority',
		parameters: {
			resource: 'conversation',
			operation: 'changePriority',
			conversationId: byId(42),
			priority: 'urgent',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/toggle_priority',
			body: { priority: 'urgent' },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'changePriority None removes the priority with null',
		parameters: {
			resource: 'conversation',
			operation: 'changePriority',
			conversationId: byId(42),
			priority: 'none',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/toggle_priority',
			body: { priority: null },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'setTypingStatus in a private note',
		parameters: {
			resource: 'conversation',
			operation: 'setTypingStatus',
			conversationId: byId(42),
			typingStatus: 'off',
			additionalFields: { isPrivate: true },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/toggle_typing_status',
			body: { typing_status: 'off', is_private: true },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'setCustomAttributes',
		parameters: {
			resource: 'conversation',
			operation: 'setCustomAttributes',
			conversationId: byId(42),
			customAttributes: '{"order_id": "A-1001", "plan": "pro"}',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/custom_attributes',
			body: { custom_attributes: { order_id: 'A-1001', plan: 'pro' } },
		},
		reply: { body: { custom_attributes: { order_id: 'A-1001', plan: 'pro' } } },
		output: [{ custom_attributes: { order_id: 'A-1001', plan: 'pro' } }],
	},
	{
		name: 'getLabels gives one item holding the label list',
		parameters: { resource: 'conversation', operation: 'getLabels', conversationId: byId(42) },
		expect: { method: 'GET', path: '/api/v1/accounts/1/conversations/42/labels' },
		reply: { body: { payload: ['billing', 'vip'] } },
		output: [{ labels: ['billing', 'vip'] }],
	},
	{
		name: 'addLabels reads the labels first and sends them with the new ones after them',
		parameters: {
			resource: 'conversation',
			operation: 'addLabels',
			conversationId: byId(42),
			labels: 'urgent, , refund',
		},
		reads: [
			{
				method: 'GET',
				path: '/api/v1/accounts/1/conversations/42/labels',
				reply: { body: { payload: ['billing', 'vip'] } },
			},
		],
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/labels',
			body: { labels: ['billing', 'vip', 'urgent', 'refund'] },
		},
		reply: { body: { payload: ['billing', 'refund', 'urgent', 'vip'] } },
		output: [{ labels: ['billing', 'refund', 'urgent', 'vip'] }],
	},
	{
		name: 'addLabels does not double a label the conversation has, in any case, nor a repeated one',
		parameters: {
			resource: 'conversation',
			operation: 'addLabels',
			conversationId: byId(42),
			labels: ['VIP', 'billing', 'new', 'new'],
		},
		reads: [
			{
				method: 'GET',
				path: '/api/v1/accounts/1/conversations/42/labels',
				reply: { body: { payload: ['billing', 'vip'] } },
			},
		],
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/labels',
			body: { labels: ['billing', 'vip', 'new'] },
		},
		reply: { body: { payload: ['billing', 'new', 'vip'] } },
		output: [{ labels: ['billing', 'new', 'vip'] }],
	},
	{
		name: 'removeLabels drops only the given labels (any case) and sends the rest',
		parameters: {
			resource: 'conversation',
			operation: 'removeLabels',
			conversationId: byId(42),
			labels: 'VIP, not-there',
		},
		reads: [
			{
				method: 'GET',
				path: '/api/v1/accounts/1/conversations/42/labels',
				reply: { body: { payload: ['billing', 'vip', 'urgent'] } },
			},
		],
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/labels',
			body: { labels: ['billing', 'urgent'] },
		},
		reply: { body: { payload: ['billing', 'urgent'] } },
		output: [{ labels: ['billing', 'urgent'] }],
	},
	{
		name: 'removeLabels of the last label sends an empty list',
		parameters: {
			resource: 'conversation',
			operation: 'removeLabels',
			conversationId: byId(42),
			labels: 'vip',
		},
		reads: [
			{
				method: 'GET',
				path: '/api/v1/accounts/1/conversations/42/labels',
				reply: { body: { payload: ['vip'] } },
			},
		],
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/labels',
			body: { labels: [] },
		},
		reply: { body: { payload: [] } },
		output: [{ labels: [] }],
	},
	{
		name: 'setLabels sends the whole list without reading, replacing the labels',
		parameters: {
			resource: 'conversation',
			operation: 'setLabels',
			conversationId: byId(42),
			labels: 'billing,vip , ',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/labels',
			body: { labels: ['billing', 'vip'] },
		},
		reply: { body: { payload: ['billing', 'vip'] } },
		output: [{ labels: ['billing', 'vip'] }],
	},
	{
		name: 'setLabels with no labels removes all',
		parameters: {
			resource: 'conversation',
			operation: 'setLabels',
			conversationId: byId(42),
			labels: '',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/labels',
			body: { labels: [] },
		},
		reply: { body: { payload: [] } },
		output: [{ labels: [] }],
	},
	{
		name: 'assign an agent gives the agent (docs/server-facts.md#assignment-answer)',
		parameters: {
			resource: 'conversation',
			operation: 'assign',
			conversationId: byId(42),
			assignTo: 'agent',
			assigneeId: byId('3', 'list'),
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/assignments',
			body: { assignee_id: 3 },
		},
		reply: { body: agent },
		output: [agent],
	},
	{
		name: 'assign an agent bot sends assignee_type AgentBot (docs/server-facts.md#assignment-answer)',
		parameters: {
			resource: 'conversation',
			operation: 'assign',
			conversationId: byId(42),
			assignTo: 'agentBot',
			assigneeId: byId('9'),
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/assignments',
			body: { assignee_id: 9, assignee_type: 'AgentBot' },
		},
		reply: { body: { id: 9, name: 'Triage bot', description: '' } },
		output: [{ id: 9, name: 'Triage bot', description: '' }],
	},
	{
		name: 'assign a team gives the team (docs/server-facts.md#assignment-answer)',
		parameters: {
			resource: 'conversation',
			operation: 'assign',
			conversationId: byId(42),
			assignTo: 'team',
			teamId: byId('2', 'list'),
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/assignments',
			body: { team_id: 2 },
		},
		reply: { body: { id: 2, name: 'billing', description: 'Invoices', allow_auto_assign: true } },
		output: [{ id: 2, name: 'billing', description: 'Invoices', allow_auto_assign: true }],
	},
	{
		name: 'assign to nobody sends assignee_id null and Chatwoot answers null (docs/server-facts.md#assignment-answer)',
		parameters: {
			resource: 'conversation',
			operation: 'assign',
			conversationId: byId(42),
			assignTo: 'nobody',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/assignments',
			body: { assignee_id: null },
		},
		reply: { body: null },
		output: [{ success: true }],
	},
	{
		name: 'assign no team sends team_id null',
		parameters: {
			resource: 'conversation',
			operation: 'assign',
			conversationId: byId(42),
			assignTo: 'noTeam',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/assignments',
			body: { team_id: null },
		},
		reply: { body: null },
		output: [{ success: true }],
	},
	{
		name: 'getReportingEvents gives one item per event',
		parameters: {
			resource: 'conversation',
			operation: 'getReportingEvents',
			conversationId: byId(42),
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/conversations/42/reporting_events' },
		reply: {
			body: [
				{ id: 501, name: 'first_response', value: 300 },
				{ id: 502, name: 'conversation_resolved', value: 5400 },
			],
		},
		output: [
			{ id: 501, name: 'first_response', value: 300 },
			{ id: 502, name: 'conversation_resolved', value: 5400 },
		],
	},
	{
		name: 'search sends the text as q and gives the short search records, without a data wrapper',
		parameters: {
			resource: 'conversation',
			operation: 'search',
			searchText: 'refund',
			returnAll: false,
			limit: 2,
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/conversations/search',
			query: { q: 'refund', page: '1' },
		},
		reply: {
			body: {
				meta: { mine_count: 1, unassigned_count: 0, all_count: 2 },
				payload: [found(42), found(43)],
			},
		},
		output: [found(42), found(43)],
	},
	{
		name: 'search with a limit keeps that many',
		parameters: {
			resource: 'conversation',
			operation: 'search',
			searchText: 'refund',
			returnAll: false,
			limit: 1,
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/conversations/search',
			query: { q: 'refund', page: '1' },
		},
		reply: {
			body: { meta: { mine_count: 1, unassigned_count: 0, all_count: 2 }, payload: [c42, c43] },
		},
		output: [c42],
	},
	{
		name: 'delete answers success: Chatwoot deletes in the background and sends no body',
		parameters: { resource: 'conversation', operation: 'delete', conversationId: byId(42) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/conversations/42' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'mute sends no body',
		parameters: { resource: 'conversation', operation: 'mute', conversationId: byId(42) },
		expect: { method: 'POST', path: '/api/v1/accounts/1/conversations/42/mute' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'unmute sends no body',
		parameters: { resource: 'conversation', operation: 'unmute', conversationId: byId(42, 'list') },
		expect: { method: 'POST', path: '/api/v1/accounts/1/conversations/42/unmute' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'markUnread posts to unread and gives the conversation Chatwoot renders (docs/server-facts.md#conversation-answers)',
		parameters: { resource: 'conversation', operation: 'markUnread', conversationId: byId(42) },
		expect: { method: 'POST', path: '/api/v1/accounts/1/conversations/42/unread' },
		reply: { status: 200, body: c42 },
		output: [c42],
	},
	{
		name: 'emailTranscript sends the email address',
		parameters: {
			resource: 'conversation',
			operation: 'emailTranscript',
			conversationId: byId(42),
			email: 'maria@example.com',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/transcript',
			body: { email: 'maria@example.com' },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'getParticipants gives one item per agent',
		parameters: {
			resource: 'conversation',
			operation: 'getParticipants',
			conversationId: byId(42),
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/conversations/42/participants' },
		reply: { body: [agent, lee] },
		output: [agent, lee],
	},
	{
		name: 'addParticipants sends user_ids as numbers, without repeats, and gives the agents added',
		parameters: {
			resource: 'conversation',
			operation: 'addParticipants',
			conversationId: byId(42),
			agentIds: '3, 5,3',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/participants',
			body: { user_ids: [3, 5] },
		},
		reply: { body: [lee] },
		output: [lee],
	},
	{
		name: 'setParticipants takes a list mapped from an earlier node and gives every participant',
		parameters: {
			resource: 'conversation',
			operation: 'setParticipants',
			conversationId: byId(42),
			agentIds: '={{ [3, "5"] }}',
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/conversations/42/participants',
			body: { user_ids: [3, 5] },
		},
		reply: { body: [agent, lee] },
		output: [agent, lee],
	},
	{
		name: 'removeParticipants sends user_ids in the body of the DELETE',
		parameters: {
			resource: 'conversation',
			operation: 'removeParticipants',
			conversationId: byId(42),
			agentIds: '5',
		},
		expect: {
			method: 'DELETE',
			path: '/api/v1/accounts/1/conversations/42/participants',
			body: { user_ids: [5] },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Conversation', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('conversation', cases);
	describeLabelChanges(
		server,
		'conversation',
		{ conversationId: byId(42) },
		'/api/v1/accounts/1/conversations/42/labels',
	);
});

/** Answers a page-numbered list from `records`, `pageSize` a page, as Chatwoot does. */
function pagedConversations(
	records: IDataObject[],
	shape: 'list' | 'filter',
	meta: (request: RecordedRequest) => IDataObject = () => ({ all_count: records.length }),
	pageSize = 25,
) {
	return (request: RecordedRequest) => {
		const page = Number(request.query.page ?? 1);
		const payload = records.slice((page - 1) * pageSize, page * pageSize);
		return {
			body:
				shape === 'list'
					? { data: { meta: meta(request), payload } }
					: { meta: meta(request), payload },
		};
	};
}

const many = (count: number) =>
	Array.from({ length: count }, (_, index) => conversation(index + 1));

describe('conversation hand-off (toggle_status, then assignments and a private note)', () => {
	const opened = {
		body: {
			meta: {},
			payload: { success: true, conversation_id: 42, current_status: 'open', snoozed_until: null },
		},
	};
	const team = { id: 2, name: 'billing', account_id: 1 };
	const note = { id: 950, content: 'Refund over the limit', private: true, message_type: 1 };
	const handOff = {
		resource: 'conversation',
		operation: 'handOff',
		conversationId: byId(42),
		teamId: byId('2', 'list'),
		assigneeId: byId('3'),
		privateNote: ' Refund over the limit ',
	};
	const answer = (request: RecordedRequest, assignee: unknown, message: unknown = note) => {
		if (request.path.endsWith('/toggle_status')) return opened;
		if (request.path.endsWith('/assignments'))
			return { body: (request.body as IDataObject).team_id ? team : assignee };
		if (request.path.endsWith('/messages')) return { body: message };
		return undefined;
	};
	const sent = () => server.requests.map((request) => [request.method, request.path, request.body]);

	test('opens, assigns the team, then the agent, then adds the note; one item with all of them', async () => {
		server.on((request) => answer(request, agent));
		const result = await runNode({ baseUrl: server.baseUrl, parameters: handOff });
		expect(result.error?.message).toBeUndefined();
		expect(sent()).toEqual([
			['POST', '/api/v1/accounts/1/conversations/42/toggle_status', { status: 'open' }],
			['POST', '/api/v1/accounts/1/conversations/42/assignments', { team_id: 2 }],
			['POST', '/api/v1/accounts/1/conversations/42/assignments', { assignee_id: 3 }],
			[
				'POST',
				'/api/v1/accounts/1/conversations/42/messages',
				{ content: 'Refund over the limit', private: true, message_type: 'outgoing' },
			],
		]);
		for (const request of server.requests) expect(requestProblems(request)).toEqual([]);
		expect(result.output).toEqual([
			{ conversation_id: 42, status: 'open', team, assignee: agent, note },
		]);
	});

	test('an agent Chatwoot does not find fails the item, says what is done, and adds no note', async () => {
		server.on((request) => answer(request, null));
		const result = await runNode({ baseUrl: server.baseUrl, parameters: handOff });
		expect(result.error?.message).toBe('Chatwoot found no agent with ID 3 (item 0)');
		expect(result.error?.description).toContain('the conversation is open, the team is assigned');
		expect(server.requests.map((request) => request.path.split('/').pop())).toEqual([
			'toggle_status',
			'assignments',
			'assignments',
		]);
	});

	test('a failed note says the hand-off stopped there, with the earlier steps done', async () => {
		server.on((request) =>
			request.path.endsWith('/messages')
				? { status: 422, body: { error: 'Conversation is locked' } }
				: answer(request, agent),
		);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...handOff, teamId: byId('', 'list') },
		});
		expect(result.status).not.toBe('success');
		expect(result.error?.description).toMatch(
			/^Hand-off stopped before adding the note: the conversation is open, the agent is assigned\./,
		);
		expect(server.requests.map((request) => request.path.split('/').pop())).toEqual([
			'toggle_status',
			'assignments',
			'messages',
		]);
	});

	test('a conversation Chatwoot does not find stops at the status: nothing is assigned', async () => {
		server.on(() => ({ status: 404, body: { error: 'Resource could not be found' } }));
		const result = await runNode({ baseUrl: server.baseUrl, parameters: handOff });
		expect(result.error?.httpCode).toBe('404');
		expect(server.requests).toHaveLength(1);
	});

	test('a non-numeric agent ID is refused before any request', async () => {
		server.on((request) => answer(request, agent));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...handOff, teamId: byId('', 'list'), assigneeId: byId('sam', 'list') },
		});
		expect(result.error?.message).toContain('must be a positive whole number');
		expect(server.requests).toEqual([]);
	});
});

describe('conversation pagination (25 a page)', () => {
	const pages = () => server.requests.map((request) => request.query.page);

	test('Return All over 60 conversations: a short third page does not end the loop while the count says more; an empty page does', async () => {
		server.on(pagedConversations(many(60), 'list', () => ({ all_count: 1000 })));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'conversation', operation: 'getAll', returnAll: true },
		});
		expect(pages()).toEqual(['1', '2', '3', '4']);
		expect(result.output.map((item) => item.id)).toEqual(many(60).map((item) => item.id));
	});

	test('a server that pages 10 at a time (CONVERSATION_RESULTS_PER_PAGE=10): every one of 35 conversations, ended by the count', async () => {
		server.on(pagedConversations(many(35), 'list', () => ({ all_count: 35 }), 10));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'conversation', operation: 'getAll', returnAll: true },
		});
		expect(pages()).toEqual(['1', '2', '3', '4']);
		expect(result.output.map((item) => item.id)).toEqual(many(35).map((item) => item.id));
	});

	test('a server that pages 10 at a time: Limit 25 is exact', async () => {
		server.on(pagedConversations(many(35), 'list', () => ({ all_count: 35 }), 10));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'conversation', operation: 'getAll', returnAll: false, limit: 25 },
		});
		expect(pages()).toEqual(['1', '2', '3']);
		expect(result.output).toHaveLength(25);
	});

	test('filter: the server’s meta.all_count ends the loop, without an empty last page', async () => {
		server.on(pagedConversations(many(75), 'filter'));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'filter',
				returnAll: true,
				conditions: JSON.stringify([
					{ attribute_key: 'status', filter_operator: 'equal_to', values: ['open'] },
				]),
			},
		});
		expect(pages()).toEqual(['1', '2', '3']);
		expect(result.output).toHaveLength(75);
	});

	test('the total ends the loop: 50 conversations take 2 requests, not an empty third', async () => {
		server.on(pagedConversations(many(50), 'list'));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'conversation', operation: 'getAll', returnAll: true },
		});
		expect(pages()).toEqual(['1', '2']);
		expect(result.output).toHaveLength(50);
	});

	test('the total is the count matching the assignee filter', async () => {
		const mine = many(25);
		server.on(
			pagedConversations(mine, 'list', () => ({
				mine_count: 25,
				assigned_count: 80,
				unassigned_count: 20,
				all_count: 100,
			})),
		);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'getAll',
				returnAll: true,
				filters: { assigneeType: 'me' },
			},
		});
		expect(pages()).toEqual(['1']);
		expect(result.output).toHaveLength(25);
	});

	test('with a search text the counts cover one page only, so only a short page ends the loop', async () => {
		server.on(pagedConversations(many(50), 'list', () => ({ all_count: 25 })));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'getAll',
				returnAll: true,
				filters: { query: 'order' },
			},
		});
		expect(pages()).toEqual(['1', '2', '3']);
		expect(result.output).toHaveLength(50);
		expect(server.requests[0].query.q).toBe('order');
	});

	test('Limit 30 stops after the second page and keeps exactly 30', async () => {
		server.on(pagedConversations(many(100), 'list'));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'conversation', operation: 'getAll', returnAll: false, limit: 30 },
		});
		expect(pages()).toEqual(['1', '2']);
		expect(result.output.map((item) => item.id)).toEqual(many(30).map((item) => item.id));
	});

	test('Limit 10 takes one request', async () => {
		server.on(pagedConversations(many(100), 'list'));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'conversation', operation: 'getAll', returnAll: false, limit: 10 },
		});
		expect(pages()).toEqual(['1']);
		expect(result.output).toHaveLength(10);
	});

	test('filter: Return All over 30 conversations takes 2 requests and reads payload without a data wrapper (docs/server-facts.md#conversation-filter-shape)', async () => {
		server.on(pagedConversations(many(30), 'filter'));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'filter',
				returnAll: true,
				conditions: JSON.stringify(conditions),
			},
		});
		expect(pages()).toEqual(['1', '2']);
		expect(
			server.requests.every(
				(request) => JSON.stringify(request.body) === JSON.stringify({ payload: conditions }),
			),
		).toBe(true);
		expect(result.output.map((item) => item.id)).toEqual(many(30).map((item) => item.id));
	});

	test('filter: Limit 40 of 100 takes 2 requests', async () => {
		server.on(pagedConversations(many(100), 'filter'));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'filter',
				returnAll: false,
				limit: 40,
				conditions: JSON.stringify(conditions),
			},
		});
		expect(pages()).toEqual(['1', '2']);
		expect(result.output).toHaveLength(40);
	});
});

describe('conversation search pagination (25 a page, counts of one page)', () => {
	test('Return All goes on until an empty page: the counts of a text search cover the current page only, and the page size is a server setting', async () => {
		server.on(
			pagedConversations(many(60), 'filter', () => ({
				mine_count: 0,
				unassigned_count: 25,
				all_count: 25,
			})),
		);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'search',
				searchText: 'order',
				returnAll: true,
			},
		});
		expect(
			server.requests.map((request) => [request.path, request.query.q, request.query.page]),
		).toEqual([
			['/api/v1/accounts/1/conversations/search', 'order', '1'],
			['/api/v1/accounts/1/conversations/search', 'order', '2'],
			['/api/v1/accounts/1/conversations/search', 'order', '3'],
			['/api/v1/accounts/1/conversations/search', 'order', '4'],
		]);
		expect(result.output.map((item) => item.id)).toEqual(many(60).map((item) => item.id));
	});

	test('Limit 30 takes 2 requests and keeps exactly 30', async () => {
		server.on(pagedConversations(many(100), 'filter'));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'search',
				searchText: 'order',
				returnAll: false,
				limit: 30,
			},
		});
		expect(server.requests.map((request) => request.query.page)).toEqual(['1', '2']);
		expect(result.output.map((item) => item.id)).toEqual(many(30).map((item) => item.id));
	});
});

describe('conversation participants', () => {
	test.each([
		['an empty list from an expression', '={{ [] }}', 'Agent IDs is required (item 0)'],
		['a list with a name in it', '3, sam', 'Agent IDs must be numeric IDs, got "sam" (item 0)'],
	])('Agent IDs given as %s are refused before any request', async (_case, agentIds, message) => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'setParticipants',
				conversationId: byId(42),
				agentIds,
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(message);
	});
});

describe('conversation assignment to an ID Chatwoot does not find (docs/server-facts.md#assignment-answer)', () => {
	test.each([
		[
			'agent',
			{ assigneeId: byId('99') },
			'Chatwoot found no agent with ID 99 (item 0)',
			'removed the conversation’s current assignee',
		],
		[
			'agentBot',
			{ assigneeId: byId('98') },
			'Chatwoot found no agent bot with ID 98 (item 0)',
			'not changed',
		],
		[
			'team',
			{ teamId: byId('97') },
			'Chatwoot found no team with ID 97 (item 0)',
			'removed the conversation’s team',
		],
	])(
		'a null answer for %s is an error naming the ID, not success',
		async (assignTo, ids, message, effect) => {
			server.on(() => ({ status: 200, body: null }));
			const result = await runNode({
				baseUrl: server.baseUrl,
				parameters: {
					resource: 'conversation',
					operation: 'assign',
					conversationId: byId(42),
					assignTo,
					...ids,
				},
			});
			expect(server.requests).toHaveLength(1);
			expect(result.output).toEqual([]);
			expect(result.error?.message).toBe(message);
			expect((result.error as { description?: string })?.description).toContain(effect);
		},
	);
});

describe('conversation requests, beyond the published spec', () => {
	test('labels travel as labels[]=a&labels[]=b, the only form Rails reads as a list (docs/server-facts.md#query-arrays-brackets)', async () => {
		server.on(() => ({ body: { data: { meta: counts, payload: [] } } }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'getAll',
				returnAll: true,
				filters: { labels: 'billing,vip' },
			},
		});
		expect(server.requests[0].rawQuery).toBe('labels[]=billing&labels[]=vip&page=1');
	});

	test('a conversation link from any dashboard view gives its display ID (docs/server-facts.md#ids-not-database-ids)', async () => {
		server.on(() => ({ body: c42 }));
		for (const url of [
			'https://chat.example.com/app/accounts/1/conversations/42',
			'https://chat.example.com/app/accounts/1/inbox/3/conversations/42?messageId=7',
			'https://chat.example.com/app/accounts/1/label/billing/conversations/42',
		]) {
			await runNode({
				baseUrl: server.baseUrl,
				parameters: {
					resource: 'conversation',
					operation: 'get',
					conversationId: byId(url, 'url'),
				},
			});
		}
		expect(server.requests.map((request) => request.path)).toEqual(
			Array(3).fill('/api/v1/accounts/1/conversations/42'),
		);
	});

	test('an agent bot token may assign a conversation (docs/server-facts.md#agent-bot-token-endpoints)', async () => {
		server.on(() => ({ body: agent }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			credentials: { tokenType: 'agentBot', accessToken: 'bot-token' },
			parameters: {
				resource: 'conversation',
				operation: 'assign',
				conversationId: byId(42),
				assignTo: 'agent',
				assigneeId: byId('3'),
			},
		});
		expect(result.output).toEqual([agent]);
		expect(server.requests[0].headers['api-access-token']).toBe('bot-token');
	});

	test('filter conditions that are not a list are refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'filter',
				returnAll: true,
				conditions: '{"attribute_key": "status"}',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Conditions must be a list of conditions (item 0)');
	});

	test.each([
		[
			'an agent left unpicked',
			{ assignTo: 'agent', assigneeId: byId('', 'list') },
			'Parameter "Agent" is required',
		],
		[
			'an agent bot left at 0 in a saved workflow',
			{ assignTo: 'agentBot', assigneeId: 0 },
			'Parameter "Agent Bot" is required',
		],
		[
			'a team left unpicked',
			{ assignTo: 'team', teamId: byId('', 'list') },
			'Parameter "Team" is required',
		],
	])(
		'assign with %s is refused by n8n before the node runs',
		async (_case, assignment, message) => {
			await expect(
				runNode({
					baseUrl: server.baseUrl,
					parameters: {
						resource: 'conversation',
						operation: 'assign',
						conversationId: byId(42),
						...assignment,
					},
				}),
			).rejects.toThrow(message);
			expect(server.requests).toHaveLength(0);
		},
	);

	test.each([
		[
			'an agent mapped from an item that has none',
			{ assignTo: 'agent', assigneeId: byId('={{ $json.agent }}') },
			'Assignee ID is required (item 0)',
		],
		[
			'an agent mapped as a name',
			{ assignTo: 'agent', assigneeId: '={{ $json.name }}' },
			'Assignee ID must be a positive whole number, got "sam" (item 0)',
		],
		[
			'a team mapped as 0',
			{ assignTo: 'team', teamId: byId('={{ $json.zero }}') },
			'Team ID is required (item 0)',
		],
	])('assign with %s is refused before any request', async (_case, assignment, message) => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { name: 'sam', zero: 0 } }],
			parameters: {
				resource: 'conversation',
				operation: 'assign',
				conversationId: byId(42),
				...assignment,
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(message);
	});

	test('a snooze date that is not a date is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'changeStatus',
				conversationId: byId(42),
				status: 'snoozed',
				snoozedUntil: 'next week',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Snoozed Until is not a date: "next week" (item 0)');
	});
});

describe('conversation record pickers', () => {
	const assign = (assignment: IDataObject) => ({
		resource: 'conversation',
		operation: 'assign',
		conversationId: byId(42),
		...assignment,
	});
	const assignments = '/api/v1/accounts/1/conversations/42/assignments';

	// workflows saved while these were number fields keep a bare number; expressions map numbers or text
	test.each([
		['a bare agent number', assign({ assignTo: 'agent', assigneeId: 3 }), { assignee_id: 3 }],
		[
			'a bare agent bot number',
			assign({ assignTo: 'agentBot', assigneeId: 9 }),
			{ assignee_id: 9, assignee_type: 'AgentBot' },
		],
		['a bare team number', assign({ assignTo: 'team', teamId: 2 }), { team_id: 2 }],
		['an agent as text', assign({ assignTo: 'agent', assigneeId: ' 3 ' }), { assignee_id: 3 }],
		[
			'a whole-field expression giving a number',
			assign({ assignTo: 'agent', assigneeId: '={{ $json.agentId }}' }),
			{ assignee_id: 5 },
		],
		[
			'an ID-mode expression giving a number',
			assign({ assignTo: 'team', teamId: byId('={{ $json.teamId }}') }),
			{ team_id: 4 },
		],
	])('assign reads %s as the ID', async (_case, parameters, body) => {
		server.on(() => ({ body: null }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters,
			items: [{ json: { agentId: 5, teamId: 4 } }],
		});
		expect(server.requests.map((request) => [request.method, request.path, request.body])).toEqual([
			['POST', assignments, body],
		]);
	});

	test('create reads bare numbers in Assignee and Team, as saved before they were pickers', async () => {
		server.on(() => ({ body: conversation(44) }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'create',
				inboxId: byId('3'),
				contactId: byId('7'),
				additionalFields: { assigneeId: 3, teamId: '={{ $json.teamId }}' },
			},
			items: [{ json: { teamId: '2' } }],
		});
		expect(server.requests[0].body).toEqual({
			inbox_id: 3,
			contact_id: 7,
			assignee_id: 3,
			team_id: 2,
		});
	});

	test('the Inbox and Team filters read bare numbers, as saved before they were pickers', async () => {
		server.on(() => ({ body: { meta: counts } }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversation',
				operation: 'getCounts',
				filters: { inboxId: 3, teamId: '2' },
			},
		});
		expect(server.requests[0].query).toEqual({ inbox_id: '3', team_id: '2' });
	});

	test.each([
		[
			'an Inbox filter added and left empty',
			{
				resource: 'conversation',
				operation: 'getAll',
				returnAll: true,
				filters: { inboxId: byId('', 'list') },
			},
			'Inbox ID is required (item 0)',
		],
		[
			'a Team filter left at 0 in a saved workflow',
			{ resource: 'conversation', operation: 'getCounts', filters: { teamId: 0 } },
			'Team ID is required (item 0)',
		],
		[
			'an Assignee added and left empty',
			{
				resource: 'conversation',
				operation: 'create',
				inboxId: byId('3'),
				contactId: byId('7'),
				additionalFields: { assigneeId: byId('', 'list') },
			},
			'Assignee ID is required (item 0)',
		],
	])('%s is refused before any request', async (_case, parameters, message) => {
		const result = await runNode({ baseUrl: server.baseUrl, parameters });
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(message);
	});

	const shown = (operation: string, name: string, where: IDataObject = {}) =>
		description.properties.filter(
			(property: INodeProperties) =>
				property.name === name &&
				property.displayOptions?.show?.resource?.includes('conversation') &&
				property.displayOptions?.show?.operation?.includes(operation) &&
				Object.entries(where).every(([key, value]) =>
					property.displayOptions?.show?.[key]?.includes(value as string),
				),
		);
	const listMethod = (property: INodeProperties | undefined) =>
		property?.type === 'resourceLocator'
			? property.modes?.find((mode) => mode.name === 'list')?.typeOptions?.searchListMethod
			: undefined;
	const modes = (property: INodeProperties | undefined) =>
		property?.modes?.map((mode) => mode.name);

	test.each([
		['agent', 'assigneeId', 'searchAgents'],
		['agentBot', 'assigneeId', 'searchAgentBots'],
		['team', 'teamId', 'searchTeams'],
	])('assign to %s offers a picker searching %s', (assignTo, name, method) => {
		const [picker, ...others] = shown('assign', name, { assignTo });
		expect(others).toEqual([]);
		expect(listMethod(picker)).toBe(method);
		expect(modes(picker)).toContain('id');
		expect(picker.required).toBe(true);
	});

	test.each([
		['create', 'additionalFields', 'assigneeId', 'searchAgents'],
		['create', 'additionalFields', 'teamId', 'searchTeams'],
		['getAll', 'filters', 'inboxId', 'searchInboxes'],
		['getAll', 'filters', 'teamId', 'searchTeams'],
	])(
		'%s offers %s.%s as an optional picker searching %s',
		(operation, collection, name, method) => {
			const options = shown(operation, collection)[0]?.options as INodeProperties[];
			const picker = options.find((option) => option.name === name);
			expect(listMethod(picker)).toBe(method);
			expect(modes(picker)).toContain('id');
			expect(picker?.required).toBe(false);
		},
	);
});

describe('the conversation node description', () => {
	const operation = (resource: string, value: string) =>
		(
			description.properties.find(
				(property: INodeProperties) =>
					property.name === 'operation' &&
					property.displayOptions?.show?.resource?.includes(resource),
			)?.options as INodePropertyOptions[]
		).find((option) => option.value === value) as INodePropertyOptions;

	test('update offers only the priority and the Enterprise SLA policy: other changes have their own endpoints (docs/server-facts.md#conversation-update-fields)', () => {
		const updateFields = description.properties.find(
			(property: INodeProperties) =>
				property.name === 'updateFields' &&
				property.displayOptions?.show?.resource?.includes('conversation'),
		) as INodeProperties;
		const options = updateFields.options as INodeProperties[];
		expect(options.map((option) => option.name)).toEqual(['priority', 'slaPolicyId']);
		expect(options[1].description).toContain('Enterprise edition only');
	});

	test('reporting events say they need the Enterprise edition (docs/server-facts.md#enterprise-endpoints)', () => {
		expect(operation('conversation', 'getReportingEvents').description).toContain(
			'Enterprise edition only',
		);
	});

	test('create says an inbox locked to one conversation returns the existing one (docs/server-facts.md#conversation-create)', () => {
		expect(operation('conversation', 'create').description).toContain(
			'returns the existing conversation',
		);
		expect(operation('conversation', 'create').description).toContain(
			'only the Initial Message is applied',
		);
	});

	const field = (operation: string, collection: string, name: string) =>
		(
			(description.properties.find(
				(property: INodeProperties) =>
					property.name === collection &&
					property.displayOptions?.show?.resource?.includes('conversation') &&
					property.displayOptions?.show?.operation?.includes(operation),
			)?.options ?? []) as INodeProperties[]
		).find((option) => option.name === name);

	test('create says when Chatwoot does not keep the status sent (docs/server-facts.md#conversation-create)', () => {
		expect(field('create', 'additionalFields', 'status')?.description).toContain('blocked contact');
		expect(field('create', 'additionalFields', 'status')?.description).toContain(
			'active agent bot',
		);
	});

	test('get counts offers no search text: with one Chatwoot counts the first page only (docs/server-facts.md#conversation-counts-with-text)', () => {
		const query = field('getCounts', 'filters', 'query');
		expect(query?.displayOptions?.show?.['/operation']).toEqual(['getAll']);
	});

	test('change status says opening with an agent token assigns that agent (docs/server-facts.md#conversation-status-assigns)', () => {
		expect(operation('conversation', 'changeStatus').description).toContain(
			'assigns it to that agent',
		);
	});

	test('mark unread returns the conversation; no success placeholder replaces it', () => {
		expect(operation('conversation', 'markUnread').description).toContain(
			'returns the conversation',
		);
		expect(operation('conversation', 'markUnread').routing?.output).toBeUndefined();
	});

	test('add and remove labels say they keep the other labels; set labels says it replaces them', () => {
		expect(operation('conversation', 'addLabels').action).toContain('keep its other labels');
		expect(operation('conversation', 'removeLabels').action).toContain('keep its other labels');
		expect(operation('conversation', 'setLabels').action).toBe(
			'Set the labels of a conversation and remove the others',
		);
	});

	test('mute says it blocks the contact, in every conversation with them', () => {
		expect(operation('conversation', 'mute').description).toContain('block its contact');
		expect(operation('conversation', 'mute').description).toContain('every conversation');
	});

	test('delete says it needs an administrator', () => {
		expect(operation('conversation', 'delete').description).toContain('Administrators only');
	});
});

describe('openapi/ for conversations', () => {
	const answer = (operationId: string, status: string) =>
		(
			specOperations.find((entry) => entry.operationId === operationId)?.operation as unknown as {
				responses: Record<string, IDataObject>;
			}
		).responses[status];

	test('search describes its records as the short search shape, not the full conversation', () => {
		const schema = (
			(answer('conversation.search', '200').content as IDataObject)[
				'application/json'
			] as IDataObject
		).schema as IDataObject;
		expect(JSON.stringify(schema)).toContain('#/components/schemas/ConversationSearchRecord');
		expect(JSON.stringify(schema)).not.toContain('#/components/schemas/Conversation"');
	});

	test('mark unread answers 200 with the conversation, not 204', () => {
		expect(answer('conversation.markUnread', '204')).toBeUndefined();
		expect(JSON.stringify(answer('conversation.markUnread', '200'))).toContain(
			'#/components/schemas/Conversation"',
		);
	});

	const security = (operationId: string) =>
		(
			specOperations.find((entry) => entry.operationId === operationId)?.operation.security ?? []
		).flatMap((requirement) => Object.keys(requirement));

	test.each([
		'conversation.create',
		'conversation.get',
		'conversation.update',
		'conversation.changeStatus',
		'conversation.changePriority',
		'conversation.setTypingStatus',
		'conversation.setCustomAttributes',
		'conversation.assign',
		'conversation.getLabels',
		'conversation.setLabels',
		'message.create',
	])(
		'%s accepts a user or an agent bot token (docs/server-facts.md#agent-bot-token-endpoints)',
		(operationId) => {
			expect(security(operationId)).toEqual(['userToken', 'agentBotToken']);
		},
	);

	test.each([
		'conversation.getAll',
		'conversation.getCounts',
		'conversation.filter',
		'conversation.getReportingEvents',
		'conversation.search',
		'conversation.delete',
		'conversation.mute',
		'conversation.unmute',
		'conversation.markUnread',
		'conversation.emailTranscript',
		'conversation.getParticipants',
		'conversation.addParticipants',
		'conversation.setParticipants',
		'conversation.removeParticipants',
		'message.getAll',
		'message.delete',
		'message.update',
		'message.retry',
		'message.translate',
	])('%s takes a user token only', (operationId) => {
		expect(security(operationId)).toEqual(['userToken']);
	});
});

describe('the conversation picker', () => {
	const withMessage = (id: number, name: string, content: string) =>
		conversation(id, { meta: { sender: { name } }, last_non_activity_message: { id: 1, content } });

	test('without a search it lists the first page, as #id, contact and the last message', async () => {
		server.reply('GET', '/api/v1/accounts/4/conversations', {
			body: {
				data: {
					meta: counts,
					payload: [
						withMessage(42, 'Maria Lopez', 'Where is\nmy order?'),
						conversation(43, { meta: { sender: {} } }),
					],
				},
			},
		});
		const result = await searchList({
			method: 'searchConversations',
			baseUrl: server.baseUrl,
			parameters: { resource: 'conversation', accountId: '4' },
		});
		expect(server.requests[0].query).toEqual({ page: '1' });
		expect(result).toEqual({
			results: [
				{ name: '#42 Maria Lopez — Where is my order?', value: '42' },
				{ name: '#43 Unknown contact', value: '43' },
			],
		});
	});

	test('a search is Chatwoot’s message search; long messages are cut', async () => {
		server.reply('GET', '/api/v1/accounts/1/conversations', {
			body: { data: { meta: counts, payload: [withMessage(42, 'Maria Lopez', 'x'.repeat(80))] } },
		});
		const result = await searchList({
			method: 'searchConversations',
			baseUrl: server.baseUrl,
			parameters: { resource: 'conversation' },
			filter: ' refund ',
		});
		expect(server.requests[0].query).toEqual({ q: 'refund' });
		expect(result.results[0].name).toBe(`#42 Maria Lopez — ${'x'.repeat(59)}…`);
	});
});
