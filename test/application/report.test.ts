import type { INodeProperties } from 'n8n-workflow';

import { unixSeconds } from '../../nodes/Chatwoot/helpers/values';
import { describeRequests, expectEveryOperationCovered, type RequestCase } from '../harness/cases';
import { runNode } from '../harness/engine';
import { spec } from '../harness/openapi';
import { description } from '../harness/operations';
import { Recorder } from '../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const MAY_1 = 1777593600; // 2026-05-01T00:00:00Z
const MAY_8 = MAY_1 + 7 * 86400;
const range = { since: '2026-05-01T00:00:00Z', until: '2026-05-08T00:00:00Z' };
const rangeQuery = { since: String(MAY_1), until: String(MAY_8) };

const summary = {
	conversations_count: 120,
	incoming_messages_count: 845,
	outgoing_messages_count: 612,
	avg_first_response_time: 372.5,
	avg_resolution_time: 8100,
	resolutions_count: 97,
	reply_time: 410.2,
	previous: { conversations_count: 104 },
};
const agentRow = { id: 12, conversations_count: 64, resolved_conversations_count: 51, avg_resolution_time: 7200, avg_first_response_time: 310, avg_reply_time: null };
const teamRow = { ...agentRow, id: 2 };
const inboxRow = { ...agentRow, id: 4 };
const dana = { id: 12, name: 'Dana Reyes', email: 'dana@acme.test', availability: 'online', metric: { open: 9, unattended: 2 } };
const sam = { id: 15, name: 'Sam Okafor', email: 'sam@acme.test', availability: 'busy', metric: { open: 4, unattended: 0 } };

const cases: RequestCase[] = [
	{
		name: 'D16: getMetrics sends the metric, subject, range, grouping, timezone offset and business hours; one item per period',
		parameters: {
			resource: 'report',
			operation: 'getMetrics',
			metric: 'avg_first_response_time',
			type: 'inbox',
			id: 4,
			options: { ...range, groupBy: 'week', timezoneOffset: 5.5, businessHours: true },
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports',
			query: { metric: 'avg_first_response_time', type: 'inbox', id: '4', ...rangeQuery, group_by: 'week', timezone_offset: '5.5', business_hours: 'true' },
		},
		reply: { body: [{ value: 310, timestamp: MAY_1, count: 14 }, { value: 280, timestamp: MAY_1 + 86400, count: 9 }] },
		output: [{ value: 310, timestamp: MAY_1, count: 14 }, { value: 280, timestamp: MAY_1 + 86400, count: 9 }],
	},
	{
		name: 'getMetrics for the account sends no ID; the metrics the spec omits are offered',
		parameters: { resource: 'report', operation: 'getMetrics', metric: 'bot_handoffs_count' },
		expect: { method: 'GET', path: '/api/v2/accounts/1/reports', query: { metric: 'bot_handoffs_count', type: 'account' } },
		reply: { body: [{ value: 3, timestamp: MAY_1 }] },
		output: [{ value: 3, timestamp: MAY_1 }],
	},
	{
		name: 'getSummary of an agent',
		parameters: { resource: 'report', operation: 'getSummary', type: 'agent', id: 12, options: { ...range, businessHours: false } },
		expect: { method: 'GET', path: '/api/v2/accounts/1/reports/summary', query: { type: 'agent', id: '12', ...rangeQuery, business_hours: 'false' } },
		reply: { body: summary },
		output: [summary],
	},
	{
		name: 'D2: getConversationMetrics sends type=account when nothing else is chosen, since type is required',
		parameters: { resource: 'report', operation: 'getConversationMetrics' },
		expect: { method: 'GET', path: '/api/v2/accounts/1/reports/conversations', query: { type: 'account' } },
		reply: { body: { open: 42, unattended: 7, unassigned: 5 } },
		output: [{ open: 42, unattended: 7, unassigned: 5 }],
	},
	{
		name: 'D2: getConversationMetrics per agent uses the path without a trailing slash, one item per agent',
		parameters: { resource: 'report', operation: 'getConversationMetrics', type: 'agent', options: { userId: 12, page: 2 } },
		expect: { method: 'GET', path: '/api/v2/accounts/1/reports/conversations', query: { type: 'agent', user_id: '12', page: '2' } },
		reply: { body: [dana, sam] },
		output: [dana, sam],
	},
	{
		name: 'getFirstResponseTimeDistribution',
		parameters: { resource: 'report', operation: 'getFirstResponseTimeDistribution', options: range },
		expect: { method: 'GET', path: '/api/v2/accounts/1/reports/first_response_time_distribution', query: rangeQuery },
		reply: { body: { 'Channel::WebWidget': { '0-1h': 96, '24h+': 2 } } },
		output: [{ 'Channel::WebWidget': { '0-1h': 96, '24h+': 2 } }],
	},
	{
		name: 'D15: getInboxLabelMatrix sends the ID lists with brackets',
		parameters: { resource: 'report', operation: 'getInboxLabelMatrix', options: { ...range, inboxIds: '4, 6', labelIds: '2' } },
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/inbox_label_matrix',
			query: { ...rangeQuery, 'inbox_ids[]': ['4', '6'], 'label_ids[]': ['2'] },
		},
		reply: { body: { inboxes: [{ id: 4, name: 'Website chat' }], labels: [{ id: 2, title: 'billing' }], matrix: [[12]] } },
		output: [{ inboxes: [{ id: 4, name: 'Website chat' }], labels: [{ id: 2, title: 'billing' }], matrix: [[12]] }],
	},
	{
		name: 'getOutgoingMessagesCount per team, one item per team',
		parameters: { resource: 'report', operation: 'getOutgoingMessagesCount', groupBy: 'team', options: range },
		expect: { method: 'GET', path: '/api/v2/accounts/1/reports/outgoing_messages_count', query: { group_by: 'team', ...rangeQuery } },
		reply: { body: [{ id: 2, name: 'Billing', outgoing_messages_count: 214 }] },
		output: [{ id: 2, name: 'Billing', outgoing_messages_count: 214 }],
	},
	{
		name: 'getAgentSummary, one item per agent',
		parameters: { resource: 'report', operation: 'getAgentSummary', options: { ...range, businessHours: true } },
		expect: { method: 'GET', path: '/api/v2/accounts/1/summary_reports/agent', query: { ...rangeQuery, business_hours: 'true' } },
		reply: { body: [agentRow] },
		output: [agentRow],
	},
	{
		name: 'getChannelSummary',
		parameters: { resource: 'report', operation: 'getChannelSummary', options: range },
		expect: { method: 'GET', path: '/api/v2/accounts/1/summary_reports/channel', query: rangeQuery },
		reply: { body: { 'Channel::Email': { open: 6, resolved: 40, pending: 1, snoozed: 0, total: 47 } } },
		output: [{ 'Channel::Email': { open: 6, resolved: 40, pending: 1, snoozed: 0, total: 47 } }],
	},
	{
		name: 'getInboxSummary in the account set on the node',
		parameters: { resource: 'report', operation: 'getInboxSummary', accountId: '3', options: range },
		expect: { method: 'GET', path: '/api/v2/accounts/3/summary_reports/inbox', query: rangeQuery },
		reply: { body: [inboxRow] },
		output: [inboxRow],
	},
	{
		name: 'getTeamSummary without options sends no query',
		parameters: { resource: 'report', operation: 'getTeamSummary' },
		expect: { method: 'GET', path: '/api/v2/accounts/1/summary_reports/team' },
		reply: { body: [teamRow] },
		output: [teamRow],
	},
];

describe('Report', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('report', cases);

	test('D15: the query string carries inbox_ids[] and label_ids[], never indices or bare repeats', async () => {
		server.on(() => ({ body: { inboxes: [], labels: [], matrix: [] } }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'report', operation: 'getInboxLabelMatrix', options: { inboxIds: '1,4 , 7', labelIds: '2' } },
		});
		expect(server.requests[0].rawQuery).toBe('inbox_ids[]=1&inbox_ids[]=4&inbox_ids[]=7&label_ids[]=2');
	});

	test('D15: a list of IDs mapped from an expression is sent the same way', async () => {
		server.on(() => ({ body: { inboxes: [], labels: [], matrix: [] } }));
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { inboxes: [3, 5] } }],
			parameters: { resource: 'report', operation: 'getInboxLabelMatrix', options: { inboxIds: '={{ $json.inboxes }}' } },
		});
		expect(server.requests[0].rawQuery).toBe('inbox_ids[]=3&inbox_ids[]=5');
	});

	test('an ID list with something else in it is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'report', operation: 'getInboxLabelMatrix', options: { labelIds: '2, billing' } },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Label IDs must be numeric IDs, got "billing" (item 0)');
	});

	test('a report about an agent without its ID is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'report', operation: 'getSummary', type: 'agent' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('ID is required (item 0)');
	});

	test('D2: Type of the conversation metrics is required and offers exactly account and agent', () => {
		const type = description.properties.find(
			(property: INodeProperties) =>
				property.name === 'type' && property.displayOptions?.show?.operation?.includes('getConversationMetrics'),
		);
		expect(type?.required).toBe(true);
		expect(type?.options?.map((option) => ('value' in option ? option.value : undefined))).toEqual(['account', 'agent']);
	});

	test('D2: openapi/ describes the conversation metrics only without the trailing slash, with type required', () => {
		const paths = Object.keys(spec.paths).filter((path) => path.startsWith('/api/v2/accounts/{account_id}/reports/conversations'));
		expect(paths).toEqual(['/api/v2/accounts/{account_id}/reports/conversations']);
		const operation = spec.paths[paths[0]].get as { parameters: Array<{ name: string; required?: boolean; schema: { enum?: string[] } }> };
		const type = operation.parameters.find((parameter) => parameter.name === 'type');
		expect(type?.required).toBe(true);
		expect(type?.schema.enum).toEqual(['account', 'agent']);
	});
});

describe('report dates', () => {
	test('a date and time without a zone is read in the given time zone, across daylight saving time', () => {
		expect(unixSeconds('2026-01-15T10:00:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 0, 15, 9) / 1000);
		expect(unixSeconds('2026-07-15T10:00:00', 'Europe/Berlin')).toBe(Date.UTC(2026, 6, 15, 8) / 1000);
		expect(unixSeconds('2026-05-01', 'America/New_York')).toBe(Date.UTC(2026, 4, 1, 4) / 1000);
	});

	test('dates with a zone, Unix seconds and date objects are taken as they are', () => {
		expect(unixSeconds('2026-05-01T00:00:00Z', 'Asia/Kolkata')).toBe(MAY_1);
		expect(unixSeconds('2026-05-01T02:00:00+02:00', 'Asia/Kolkata')).toBe(MAY_1);
		expect(unixSeconds(String(MAY_1), 'Asia/Kolkata')).toBe(MAY_1);
		expect(unixSeconds(MAY_1, 'Asia/Kolkata')).toBe(MAY_1);
		expect(unixSeconds(new Date(MAY_1 * 1000), 'Asia/Kolkata')).toBe(MAY_1);
		expect(unixSeconds({ toMillis: () => MAY_1 * 1000 }, 'Asia/Kolkata')).toBe(MAY_1);
		expect(unixSeconds('next week', 'UTC')).toBeUndefined();
	});
});
