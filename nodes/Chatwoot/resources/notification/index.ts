import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { paginate } from '../../helpers/pagination';
import { sendTime } from '../../helpers/values';
import { numericIdField } from '../../fields';
import { sendConversationActor, unreadCountOutput } from './hooks';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'notification';
const NOTIFICATIONS = '/api/v1/accounts/{accountId}/notifications';
const NOTIFICATION = `${NOTIFICATIONS}/{notificationId}`;

/** Notifications per page of the list (`RESULTS_PER_PAGE` of Chatwoot's notification finder). */
const NOTIFICATIONS_PER_PAGE = 15;

export const notificationOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a notification',
			description: 'Delete a notification of the token’s user. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: NOTIFICATION },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Delete All',
			value: 'deleteAll',
			action: 'Delete all notifications',
			description:
				'Delete the notifications of the token’s user, or only the read ones. Chatwoot deletes them in the background, in this account only (before Chatwoot 4.14, in every account of the user).',
			routing: {
				request: { method: 'POST', url: `${NOTIFICATIONS}/destroy_all` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many notifications',
			description:
				'List the notifications of the token’s user in the account, most recent activity first; unread ones only unless Include says otherwise',
			routing: {
				request: { method: 'GET', url: NOTIFICATIONS, arrayFormat: 'brackets' },
				send: { paginate: true },
				operations: {
					pagination: paginate({
						type: 'page',
						pageSize: NOTIFICATIONS_PER_PAGE,
						records: 'data.payload',
						total: 'data.meta.count',
					}),
				},
			},
		},
		{
			name: 'Get Unread Count',
			value: 'getUnreadCount',
			action: 'Get the unread notification count',
			description:
				'How many notifications of the token’s user in the account are unread and not snoozed',
			routing: {
				request: { method: 'GET', url: `${NOTIFICATIONS}/unread_count` },
				output: { postReceive: [unreadCountOutput] },
			},
		},
		{
			name: 'Mark All as Read',
			value: 'markAllAsRead',
			action: 'Mark all notifications as read',
			description:
				'Mark every unread notification of the token’s user in the account as read, or only those of one conversation',
			routing: {
				request: { method: 'POST', url: `${NOTIFICATIONS}/read_all` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Mark as Read',
			value: 'markAsRead',
			action: 'Mark a notification as read',
			description: 'Mark a notification of the token’s user as read; returns the notification',
			routing: { request: { method: 'PATCH', url: NOTIFICATION } },
		},
		{
			name: 'Mark as Unread',
			value: 'markAsUnread',
			action: 'Mark a notification as unread',
			description: 'Mark a notification of the token’s user as unread; returns the notification',
			routing: { request: { method: 'POST', url: `${NOTIFICATION}/unread` } },
		},
		{
			name: 'Snooze',
			value: 'snooze',
			action: 'Snooze a notification',
			description: 'Hide a notification from the list and the unread count until a date',
			routing: { request: { method: 'POST', url: `${NOTIFICATION}/snooze` } },
		},
	],
	default: 'getAll',
};

export const notificationFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: { resource: [RESOURCE], operation: ['delete', 'markAsRead', 'markAsUnread', 'snooze'] },
		},
		[
			numericIdField(
				'notificationId',
				'Notification ID',
				'Numeric ID of the notification, the id of an item of Get Many',
			),
		],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['snooze'] } }, [
		{
			displayName: 'Snooze Until',
			name: 'snoozeUntil',
			type: 'dateTime',
			required: true,
			default: '',
			description: 'When the notification comes back',
			routing: {
				send: {
					preSend: [sendTime('snoozeUntil', 'body', 'snoozed_until', { required: true })],
				},
			},
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['deleteAll'] } }, [
		{
			displayName: 'Which',
			name: 'which',
			type: 'options',
			required: true,
			default: 'read',
			options: [
				{ name: 'All', value: 'all', description: 'Read and unread notifications' },
				{ name: 'Read Only', value: 'read', description: 'Only notifications already read' },
			],
			routing: { send: { type: 'body', property: 'type' } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['markAllAsRead'] } }, [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Conversation Internal ID',
					name: 'conversationInternalId',
					type: 'number',
					default: 0,
					typeOptions: { minValue: 1, numberPrecision: 0 },
					description:
						'Only the notifications of this conversation: its internal ID, the primary_actor_id of its notifications, not the number shown in the dashboard. Chatwoot marks all notifications read when no conversation has this ID.',
					routing: { send: { preSend: [sendConversationActor('options.conversationInternalId')] } },
				},
			],
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getAll'] } }, [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Include',
					name: 'include',
					type: 'multiOptions',
					default: [],
					options: [
						{ name: 'Read', value: 'read', description: 'Notifications already read' },
						{ name: 'Snoozed', value: 'snoozed', description: 'Notifications snoozed until later' },
					],
					description: 'Notifications listed besides the unread ones that are not snoozed',
					routing: { send: { type: 'query', property: 'includes' } },
				},
				{
					displayName: 'Sort Order',
					name: 'sortOrder',
					type: 'options',
					default: 'desc',
					options: [
						{ name: 'Most Recent Activity First', value: 'desc' },
						{ name: 'Oldest Activity First', value: 'asc' },
					],
					routing: { send: { type: 'query', property: 'sort_order' } },
				},
			],
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Notification',
		'notification',
		'Notifications of the user the access token belongs to, in the account',
	),
	operations: notificationOperations,
	fields: [...listFields(RESOURCE, ['getAll'], { paged: true }), ...notificationFields],
};
