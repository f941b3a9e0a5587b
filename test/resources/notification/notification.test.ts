import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const MAY_5_9AM = 1777971600; // 2026-05-05T09:00:00Z

const notification = (id: number, extra: Record<string, unknown> = {}) => ({
	id,
	notification_type: 'conversation_assignment',
	push_message_title: `A conversation (#${id - 4134}) has been assigned to you`,
	primary_actor_type: 'Conversation',
	primary_actor_id: id - 3118,
	read_at: null,
	created_at: 1777888800,
	last_activity_at: 1777888800,
	snoozed_until: null,
	...extra,
});
const page = (ids: number[], count: number, currentPage = 1) => ({
	data: {
		meta: { unread_count: count, count, current_page: currentPage },
		payload: ids.map((id) => notification(id)),
	},
});
const record = {
	id: 4211,
	user_id: 12,
	account_id: 1,
	notification_type: 'conversation_assignment',
	read_at: '2026-05-04T08:20:00.000Z',
};

const cases: RequestCase[] = [
	{
		name: 'getAll unwraps data.payload into one item per notification, up to the limit',
		parameters: { resource: 'notification', operation: 'getAll', limit: 2 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/notifications', query: { page: '1' } },
		reply: { body: page([4211, 4207, 4201], 3) },
		output: [notification(4211), notification(4207)],
	},
	{
		name: 'getAll sends includes[] and the sort order; one page is all when meta.count says so',
		parameters: {
			resource: 'notification',
			operation: 'getAll',
			returnAll: true,
			filters: { include: ['read', 'snoozed'], sortOrder: 'asc' },
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/notifications',
			query: { 'includes[]': ['read', 'snoozed'], sort_order: 'asc', page: '1' },
		},
		reply: { body: page([4201, 4207], 2) },
		output: [notification(4201), notification(4207)],
	},
	{
		name: 'getUnreadCount turns the bare number into one item',
		parameters: { resource: 'notification', operation: 'getUnreadCount', accountId: '3' },
		expect: { method: 'GET', path: '/api/v1/accounts/3/notifications/unread_count' },
		reply: { body: 3 },
		output: [{ unread_count: 3 }],
	},
	{
		name: 'markAsRead is a PATCH of the notification without a body',
		parameters: { resource: 'notification', operation: 'markAsRead', notificationId: 4211 },
		expect: { method: 'PATCH', path: '/api/v1/accounts/1/notifications/4211' },
		reply: { body: record },
		output: [record],
	},
	{
		name: 'markAsUnread',
		parameters: { resource: 'notification', operation: 'markAsUnread', notificationId: 4211 },
		expect: { method: 'POST', path: '/api/v1/accounts/1/notifications/4211/unread' },
		reply: { body: { ...record, read_at: null } },
		output: [{ ...record, read_at: null }],
	},
	{
		name: 'snooze sends the date as Unix seconds in the body',
		parameters: {
			resource: 'notification',
			operation: 'snooze',
			notificationId: 4211,
			snoozeUntil: '2026-05-05T09:00:00Z',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/notifications/4211/snooze',
			body: { snoozed_until: MAY_5_9AM },
		},
		reply: { body: { ...record, snoozed_until: '2026-05-05T09:00:00.000Z' } },
		output: [{ ...record, snoozed_until: '2026-05-05T09:00:00.000Z' }],
	},
	{
		name: 'markAllAsRead without options sends no body and answers success',
		parameters: { resource: 'notification', operation: 'markAllAsRead' },
		expect: { method: 'POST', path: '/api/v1/accounts/1/notifications/read_all' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'markAllAsRead of one conversation sends it as the primary actor',
		parameters: {
			resource: 'notification',
			operation: 'markAllAsRead',
			options: { conversationInternalId: 1093 },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/notifications/read_all',
			body: { primary_actor_type: 'Conversation', primary_actor_id: 1093 },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'deleteAll of the read notifications sends type=read',
		parameters: { resource: 'notification', operation: 'deleteAll', which: 'read' },
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/notifications/destroy_all',
			body: { type: 'read' },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'deleteAll of every notification sends type=all',
		parameters: { resource: 'notification', operation: 'deleteAll', which: 'all' },
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/notifications/destroy_all',
			body: { type: 'all' },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'delete',
		parameters: { resource: 'notification', operation: 'delete', notificationId: 4207 },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/notifications/4207' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Notification', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('notification', cases);

	test('Return All pages by 15 until meta.count is reached, without an empty last page', async () => {
		const ids = Array.from({ length: 20 }, (_, index) => 5000 - index);
		server.on((request) => {
			const number = Number(request.query.page);
			return { body: page(ids.slice((number - 1) * 15, number * 15), ids.length, number) };
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'notification', operation: 'getAll', returnAll: true },
		});
		expect(server.requests.map((request) => request.query.page)).toEqual(['1', '2']);
		expect(result.output.map((item) => item.id)).toEqual(ids);
	});

	test('a limit within the first page makes one request', async () => {
		server.on(() => ({ body: page([4211, 4207, 4201], 40) }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'notification', operation: 'getAll', limit: 1 },
		});
		expect(server.requests).toHaveLength(1);
		expect(result.output.map((item) => item.id)).toEqual([4211]);
	});

	test('a snooze date that is not a date is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'notification',
				operation: 'snooze',
				notificationId: 4211,
				snoozeUntil: 'tomorrow-ish',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Snooze Until is not a date: "tomorrow-ish" (item 0)');
	});

	test('a notification ID mapped from an item that has none is refused with the item number', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: {} }],
			parameters: {
				resource: 'notification',
				operation: 'markAsRead',
				notificationId: '={{ $json.id }}',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Notification ID is required (item 0)');
	});
});
