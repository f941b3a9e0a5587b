import type { INodeProperties } from 'n8n-workflow';

import { unixSeconds } from '../../../nodes/Chatwoot/helpers/values';
import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { spec, specOperations } from '../../harness/openapi';
import { description } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const picked = (value: string, mode = 'list') => ({ __rl: true, mode, value });

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
const agentRow = {
	id: 12,
	conversations_count: 64,
	resolved_conversations_count: 51,
	avg_resolution_time: 7200,
	avg_first_response_time: 310,
	avg_reply_time: null,
};
const teamRow = { ...agentRow, id: 2 };
const inboxRow = { ...agentRow, id: 4 };
const dana = {
	id: 12,
	name: 'Dana Reyes',
	email: 'dana@acme.test',
	availability: 'online',
	metric: { open: 9, unattended: 2 },
};
const sam = {
	id: 15,
	name: 'Sam Okafor',
	email: 'sam@acme.test',
	availability: 'busy',
	metric: { open: 4, unattended: 0 },
};

const agentsCsv =
	'Reporting period 2026-05-01 to 2026-05-08\n\nAgent name,Conversations count\nDana Reyes,64\n';
const csvReply = (body: string, fileName?: string) => ({
	body,
	headers: {
		'content-type': 'text/csv',
		...(fileName ? { 'content-disposition': `attachment; filename=${fileName}` } : {}),
	},
});
const csvFile = (fileName: string, body: string) => ({
	file_name: fileName,
	mime_type: 'text/csv',
	size: Buffer.byteLength(body),
});
const labelRow = {
	id: 2,
	name: 'billing',
	conversations_count: 52,
	avg_resolution_time: 6100,
	avg_first_response_time: 290,
	avg_reply_time: 380,
	resolved_conversations_count: 47,
};

const cases: RequestCase[] = [
	{
		name: 'getMetrics sends the metric, subject, range, grouping, timezone offset and business hours; one item per period (docs/server-facts.md#extra-query-parameters)',
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
			query: {
				metric: 'avg_first_response_time',
				type: 'inbox',
				id: '4',
				...rangeQuery,
				group_by: 'week',
				timezone_offset: '5.5',
				business_hours: 'true',
			},
		},
		reply: {
			body: [
				{ value: 310, timestamp: MAY_1, count: 14 },
				{ value: 280, timestamp: MAY_1 + 86400, count: 9 },
			],
		},
		output: [
			{ value: 310, timestamp: MAY_1, count: 14 },
			{ value: 280, timestamp: MAY_1 + 86400, count: 9 },
		],
	},
	{
		name: 'getMetrics for the account sends no ID; the metrics the spec omits are offered',
		parameters: {
			resource: 'report',
			operation: 'getMetrics',
			metric: 'bot_handoffs_count',
			options: range,
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports',
			query: { metric: 'bot_handoffs_count', type: 'account', ...rangeQuery },
		},
		reply: { body: [{ value: 3, timestamp: MAY_1 }] },
		output: [{ value: 3, timestamp: MAY_1 }],
	},
	{
		name: 'getSummary of an agent',
		parameters: {
			resource: 'report',
			operation: 'getSummary',
			type: 'agent',
			id: 12,
			options: { ...range, businessHours: false },
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/summary',
			query: { type: 'agent', id: '12', ...rangeQuery, business_hours: 'false' },
		},
		reply: { body: summary },
		output: [summary],
	},
	{
		name: 'getConversationMetrics sends type=account when nothing else is chosen, since type is required (docs/server-facts.md#report-conversation-metrics)',
		parameters: { resource: 'report', operation: 'getConversationMetrics' },
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/conversations',
			query: { type: 'account' },
		},
		reply: { body: { open: 42, unattended: 7, unassigned: 5 } },
		output: [{ open: 42, unattended: 7, unassigned: 5 }],
	},
	{
		name: 'getConversationMetrics per agent uses the path without a trailing slash, one item per agent (docs/server-facts.md#report-conversation-metrics)',
		parameters: {
			resource: 'report',
			operation: 'getConversationMetrics',
			type: 'agent',
			options: { page: 2 },
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/conversations',
			query: { type: 'agent', page: '2' },
		},
		reply: { body: [dana, sam] },
		output: [dana, sam],
	},
	{
		name: 'getFirstResponseTimeDistribution',
		parameters: {
			resource: 'report',
			operation: 'getFirstResponseTimeDistribution',
			options: range,
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/first_response_time_distribution',
			query: rangeQuery,
		},
		reply: { body: { 'Channel::WebWidget': { '0-1h': 96, '24h+': 2 } } },
		output: [{ 'Channel::WebWidget': { '0-1h': 96, '24h+': 2 } }],
	},
	{
		name: 'getInboxLabelMatrix sends the ID lists with brackets (docs/server-facts.md#query-arrays-brackets)',
		parameters: {
			resource: 'report',
			operation: 'getInboxLabelMatrix',
			options: { ...range, inboxIds: '4, 6', labelIds: '2' },
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/inbox_label_matrix',
			query: { ...rangeQuery, 'inbox_ids[]': ['4', '6'], 'label_ids[]': ['2'] },
		},
		reply: {
			body: {
				inboxes: [{ id: 4, name: 'Website chat' }],
				labels: [{ id: 2, title: 'billing' }],
				matrix: [[12]],
			},
		},
		output: [
			{
				inboxes: [{ id: 4, name: 'Website chat' }],
				labels: [{ id: 2, title: 'billing' }],
				matrix: [[12]],
			},
		],
	},
	{
		name: 'getOutgoingMessagesCount per team, one item per team',
		parameters: {
			resource: 'report',
			operation: 'getOutgoingMessagesCount',
			groupBy: 'team',
			options: range,
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/outgoing_messages_count',
			query: { group_by: 'team', ...rangeQuery },
		},
		reply: { body: [{ id: 2, name: 'Billing', outgoing_messages_count: 214 }] },
		output: [{ id: 2, name: 'Billing', outgoing_messages_count: 214 }],
	},
	{
		name: 'getAgentSummary, one item per agent',
		parameters: {
			resource: 'report',
			operation: 'getAgentSummary',
			options: { ...range, businessHours: true },
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/summary_reports/agent',
			query: { ...rangeQuery, business_hours: 'true' },
		},
		reply: { body: [agentRow] },
		output: [agentRow],
	},
	{
		name: 'getChannelSummary',
		parameters: { resource: 'report', operation: 'getChannelSummary', options: range },
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/summary_reports/channel',
			query: rangeQuery,
		},
		reply: {
			body: { 'Channel::Email': { open: 6, resolved: 40, pending: 1, snoozed: 0, total: 47 } },
		},
		output: [{ 'Channel::Email': { open: 6, resolved: 40, pending: 1, snoozed: 0, total: 47 } }],
	},
	{
		name: 'getInboxSummary in the account set on the node',
		parameters: {
			resource: 'report',
			operation: 'getInboxSummary',
			accountId: '3',
			options: range,
		},
		expect: { method: 'GET', path: '/api/v2/accounts/3/summary_reports/inbox', query: rangeQuery },
		reply: { body: [inboxRow] },
		output: [inboxRow],
	},
	{
		name: 'getBotSummary sends the subject and range like the summary',
		parameters: { resource: 'report', operation: 'getBotSummary', options: range },
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/bot_summary',
			query: { type: 'account', ...rangeQuery },
		},
		reply: {
			body: {
				bot_resolutions_count: 38,
				bot_handoffs_count: 12,
				previous: { bot_resolutions_count: 31, bot_handoffs_count: 15 },
			},
		},
		output: [
			{
				bot_resolutions_count: 38,
				bot_handoffs_count: 12,
				previous: { bot_resolutions_count: 31, bot_handoffs_count: 15 },
			},
		],
	},
	{
		name: 'getBotMetrics sends the range',
		parameters: { resource: 'report', operation: 'getBotMetrics', options: range },
		expect: { method: 'GET', path: '/api/v2/accounts/1/reports/bot_metrics', query: rangeQuery },
		reply: {
			body: { conversation_count: 140, message_count: 512, resolution_rate: 27, handoff_rate: 9 },
		},
		output: [{ conversation_count: 140, message_count: 512, resolution_rate: 27, handoff_rate: 9 }],
	},
	{
		name: 'getLabelSummary, one item per label',
		parameters: {
			resource: 'report',
			operation: 'getLabelSummary',
			options: { ...range, businessHours: true },
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/summary_reports/label',
			query: { ...rangeQuery, business_hours: 'true' },
		},
		reply: { body: [labelRow] },
		output: [labelRow],
	},
	{
		name: 'getLiveConversationCounts of one team',
		parameters: {
			resource: 'report',
			operation: 'getLiveConversationCounts',
			options: { teamId: picked('2', 'id') },
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/live_reports/conversation_metrics',
			query: { team_id: '2' },
		},
		reply: { body: { open: 42, unattended: 7, unassigned: 5, pending: 3 } },
		output: [{ open: 42, unattended: 7, unassigned: 5, pending: 3 }],
	},
	{
		name: 'getLiveConversationCountsByGroup per agent, one item per group',
		parameters: {
			resource: 'report',
			operation: 'getLiveConversationCountsByGroup',
			groupedBy: 'assignee_id',
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/live_reports/grouped_conversation_metrics',
			query: { group_by: 'assignee_id' },
		},
		reply: {
			body: [
				{ open: 9, unattended: 2, unassigned: 0, assignee_id: 12 },
				{ open: 5, unattended: 5, unassigned: 5, assignee_id: null },
			],
		},
		output: [
			{ open: 9, unattended: 2, unassigned: 0, assignee_id: 12 },
			{ open: 5, unattended: 5, unassigned: 5, assignee_id: null },
		],
	},
	{
		name: 'downloadAgentsReport sends the range and business hours; the file keeps the server’s name',
		parameters: {
			resource: 'report',
			operation: 'downloadAgentsReport',
			options: { ...range, businessHours: true },
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/agents',
			query: { ...rangeQuery, business_hours: 'true' },
		},
		reply: csvReply(agentsCsv, 'agents_report.csv'),
		output: [csvFile('agents_report.csv', agentsCsv)],
	},
	{
		name: 'downloadInboxesReport',
		parameters: { resource: 'report', operation: 'downloadInboxesReport', options: range },
		expect: { method: 'GET', path: '/api/v2/accounts/1/reports/inboxes', query: rangeQuery },
		reply: csvReply('Inbox name,Inbox type\nWebsite chat,Website\n', 'inboxes_report.csv'),
		output: [csvFile('inboxes_report.csv', 'Inbox name,Inbox type\nWebsite chat,Website\n')],
	},
	{
		name: 'downloadLabelsReport names the file itself when the server gives no name',
		parameters: { resource: 'report', operation: 'downloadLabelsReport', options: range },
		expect: { method: 'GET', path: '/api/v2/accounts/1/reports/labels', query: rangeQuery },
		reply: csvReply('Label title\nbilling\n'),
		output: [csvFile('labels_report.csv', 'Label title\nbilling\n')],
	},
	{
		name: 'downloadTeamsReport in the account set on the node',
		parameters: {
			resource: 'report',
			operation: 'downloadTeamsReport',
			accountId: '3',
			options: range,
		},
		expect: { method: 'GET', path: '/api/v2/accounts/3/reports/teams', query: rangeQuery },
		reply: csvReply('Team name\nBilling\n', 'teams_report.csv'),
		output: [csvFile('teams_report.csv', 'Team name\nBilling\n')],
	},
	{
		name: 'downloadConversationsSummary',
		parameters: { resource: 'report', operation: 'downloadConversationsSummary', options: range },
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/conversations_summary',
			query: rangeQuery,
		},
		reply: csvReply('Conversations count\n120\n', 'conversations_summary_report.csv'),
		output: [csvFile('conversations_summary_report.csv', 'Conversations count\n120\n')],
	},
	{
		name: 'downloadConversationTraffic needs no range, only the timezone offset and the number of days',
		parameters: {
			resource: 'report',
			operation: 'downloadConversationTraffic',
			options: { timezoneOffset: 5.5, daysBefore: 13 },
		},
		expect: {
			method: 'GET',
			path: '/api/v2/accounts/1/reports/conversation_traffic',
			query: { timezone_offset: '5.5', days_before: '13' },
		},
		reply: csvReply('Start of the hour,2026-05-01\n00:00,0\n', 'conversation_traffic_reports.csv'),
		output: [
			csvFile('conversation_traffic_reports.csv', 'Start of the hour,2026-05-01\n00:00,0\n'),
		],
	},
	{
		name: 'getTeamSummary sends only the range',
		parameters: { resource: 'report', operation: 'getTeamSummary', options: range },
		expect: { method: 'GET', path: '/api/v2/accounts/1/summary_reports/team', query: rangeQuery },
		reply: { body: [teamRow] },
		output: [teamRow],
	},
];

describe('Report', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('report', cases);

	test('the query string carries inbox_ids[] and label_ids[], never indices or bare repeats (docs/server-facts.md#query-arrays-brackets)', async () => {
		server.on(() => ({ body: { inboxes: [], labels: [], matrix: [] } }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'getInboxLabelMatrix',
				options: { inboxIds: '1,4 , 7', labelIds: '2' },
			},
		});
		expect(server.requests[0].rawQuery).toBe(
			'inbox_ids[]=1&inbox_ids[]=4&inbox_ids[]=7&label_ids[]=2',
		);
	});

	test('a list of IDs mapped from an expression is sent the same way (docs/server-facts.md#query-arrays-brackets)', async () => {
		server.on(() => ({ body: { inboxes: [], labels: [], matrix: [] } }));
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { inboxes: [3, 5] } }],
			parameters: {
				resource: 'report',
				operation: 'getInboxLabelMatrix',
				options: { inboxIds: '={{ $json.inboxes }}' },
			},
		});
		expect(server.requests[0].rawQuery).toBe('inbox_ids[]=3&inbox_ids[]=5');
	});

	test('an ID list with something else in it is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'getInboxLabelMatrix',
				options: { labelIds: '2, billing' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Label IDs must be numeric IDs, got "billing" (item 0)');
	});

	test('the Team option reads a bare number, as saved before it was a picker', async () => {
		server.on(() => ({ body: [] }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'getLiveConversationCountsByGroup',
				groupedBy: 'assignee_id',
				options: { teamId: '2' },
			},
		});
		expect(server.requests.map((request) => request.query)).toEqual([
			{ group_by: 'assignee_id', team_id: '2' },
		]);
	});

	test('a Team picked from its dashboard link sends its number', async () => {
		server.on(() => ({ body: { open: 0, unattended: 0, unassigned: 0, pending: 0 } }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'getLiveConversationCounts',
				options: {
					teamId: picked('https://chat.example.com/app/accounts/1/settings/teams/2/edit', 'url'),
				},
			},
		});
		expect(server.requests[0].query).toEqual({ team_id: '2' });
	});

	test('a report about an agent without its ID is refused before any request', async () => {
		// nothing picked: n8n itself refuses the required field
		await expect(
			runNode({
				baseUrl: server.baseUrl,
				parameters: { resource: 'report', operation: 'getSummary', type: 'agent', options: range },
			}),
		).rejects.toThrow('Parameter "Agent, Inbox, Label or Team" is required');
		// an expression that gives nothing: the node refuses it
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'getSummary',
				type: 'agent',
				id: picked('={{ $json.none }}', 'id'),
				options: range,
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('ID is required (item 0)');
	});

	test.each([
		['picked from the list', picked('7', 'list')],
		['by ID', picked('7', 'id')],
		['saved as a number', 7],
	])('the agent of a report %s is sent as id', async (_case, id) => {
		server.on(() => ({ body: {} }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'getSummary',
				type: 'agent',
				id,
				options: range,
			},
		});
		expect(server.requests[0].query).toMatchObject({ type: 'agent', id: '7' });
	});

	test('a CSV download is a binary file, asked for as text/csv', async () => {
		server.on(() => csvReply(agentsCsv, 'agents_report.csv'));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'report', operation: 'downloadAgentsReport', options: range },
		});
		expect(server.requests[0].headers.accept).toBe('text/csv');
		const file = result.items[0].binary?.data;
		expect(file).toMatchObject({ fileName: 'agents_report.csv', mimeType: 'text/csv' });
		expect(Buffer.from(String(file?.data), 'base64').toString('utf8')).toBe(agentsCsv);
	});

	test('a CSV body that looks like JSON is kept as the text it was', async () => {
		server.on(() => ({ body: '120', headers: { 'content-type': 'application/json' } }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'report', operation: 'downloadConversationsSummary', options: range },
		});
		expect(Buffer.from(String(result.items[0].binary?.data?.data), 'base64').toString('utf8')).toBe(
			'120',
		);
	});

	test('a CSV download without Until is refused before any request: Chatwoot fails without a range', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'downloadTeamsReport',
				options: { since: range.since },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Until is required for this report (item 0)');
	});

	test('bot metrics without a range are refused before any request: Chatwoot would count nothing', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'report', operation: 'getBotMetrics' },
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Since and Until are required for this report (item 0)');
	});

	test('Type of the conversation metrics is required and offers exactly account and agent (docs/server-facts.md#report-conversation-metrics)', () => {
		const type = description.properties.find(
			(property: INodeProperties) =>
				property.name === 'type' &&
				property.displayOptions?.show?.operation?.includes('getConversationMetrics'),
		);
		expect(type?.required).toBe(true);
		expect(type?.options?.map((option) => ('value' in option ? option.value : undefined))).toEqual([
			'account',
			'agent',
		]);
	});

	test('openapi/ describes the conversation metrics only without the trailing slash, with type required (docs/server-facts.md#report-conversation-metrics)', () => {
		// the trailing-slash twin, not the other reports whose names start alike (conversations_summary)
		const paths = Object.keys(spec.paths).filter((path) =>
			/^\/api\/v2\/accounts\/\{account_id\}\/reports\/conversations\/?$/.test(path),
		);
		expect(paths).toEqual(['/api/v2/accounts/{account_id}/reports/conversations']);
		const operation = spec.paths[paths[0]].get as {
			parameters: Array<{ name: string; required?: boolean; schema: { enum?: string[] } }>;
		};
		const type = operation.parameters.find((parameter) => parameter.name === 'type');
		expect(type?.required).toBe(true);
		expect(type?.schema.enum).toEqual(['account', 'agent']);
	});
});

const reportOptions = () =>
	(description.properties.find(
		(property: INodeProperties) =>
			property.name === 'options' && property.displayOptions?.show?.resource?.includes('report'),
	)?.options ?? []) as INodeProperties[];
const shownFor = (name: string) =>
	(reportOptions().find((option) => option.name === name)?.displayOptions?.show?.['/operation'] ??
		[]) as string[];
const specParameter = (operationId: string, name: string) =>
	specOperations
		.find((operation) => operation.operationId === operationId)
		?.operation.parameters?.find((parameter) => parameter.name === name);

// the only reports whose builders cover all time without a range (docs/server-facts.md#report-range-required)
const ALL_TIME = ['getFirstResponseTimeDistribution', 'getInboxLabelMatrix', 'getLabelSummary'];

describe('report ranges and filters the server reads (docs/server-facts.md#report-range-required)', () => {
	const ranged = shownFor('since').filter((operation) => !ALL_TIME.includes(operation));

	test('every report offering Since and Until, but the all-time ones, needs both', () => {
		expect(shownFor('until')).toEqual(shownFor('since'));
		expect(ranged).toEqual(
			expect.arrayContaining([
				'getMetrics',
				'getSummary',
				'getBotSummary',
				'getBotMetrics',
				'getOutgoingMessagesCount',
				'getAgentSummary',
				'getChannelSummary',
				'getInboxSummary',
				'getTeamSummary',
			]),
		);
		expect(ranged).toHaveLength(shownFor('since').length - ALL_TIME.length);
	});

	test.each(ranged.map((operation) => [operation]))(
		'%s without a range is refused before any request, naming Since and Until',
		async (operation) => {
			const result = await runNode({
				baseUrl: server.baseUrl,
				parameters: { resource: 'report', operation, type: 'account' },
			});
			expect(server.requests).toHaveLength(0);
			expect(result.error?.message).toBe('Since and Until are required for this report (item 0)');
		},
	);

	test.each(ranged.map((operation) => [operation]))(
		'%s with only Since is refused, naming Until',
		async (operation) => {
			const result = await runNode({
				baseUrl: server.baseUrl,
				parameters: {
					resource: 'report',
					operation,
					type: 'account',
					options: { since: range.since },
				},
			});
			expect(server.requests).toHaveLength(0);
			expect(result.error?.message).toBe('Until is required for this report (item 0)');
		},
	);

	test.each(ranged.map((operation) => [operation]))(
		'openapi marks since and until required for %s',
		(operation) => {
			expect([
				specParameter(`report.${operation}`, 'since')?.required,
				specParameter(`report.${operation}`, 'until')?.required,
			]).toEqual([true, true]);
		},
	);

	test.each(ALL_TIME.map((operation) => [operation]))(
		'%s runs without a range (all time) and openapi leaves it optional',
		async (operation) => {
			server.on(() => ({ body: [] }));
			const result = await runNode({
				baseUrl: server.baseUrl,
				parameters: { resource: 'report', operation },
			});
			expect(result.error).toBeUndefined();
			expect(server.requests).toHaveLength(1);
			expect(specParameter(`report.${operation}`, 'since')?.required).toBeFalsy();
		},
	);

	test('Timezone Offset is offered, and in openapi, only where Chatwoot uses it (Get Metrics, Download Conversation Traffic)', () => {
		expect(shownFor('timezoneOffset').sort()).toEqual([
			'downloadConversationTraffic',
			'getMetrics',
		]);
		const withOffset = specOperations
			.filter((operation) =>
				operation.operation.parameters?.some((parameter) => parameter.name === 'timezone_offset'),
			)
			.map((operation) => operation.operationId);
		expect(withOffset.sort()).toEqual(['report.downloadConversationTraffic', 'report.getMetrics']);
	});

	test('filters Chatwoot ignores are not offered: Agent of the conversation metrics, Inbox IDs of the bot metrics', () => {
		expect(reportOptions().some((option) => option.name === 'userId')).toBe(false);
		expect(shownFor('inboxIds')).toEqual(['getInboxLabelMatrix']);
		expect(specParameter('report.getConversationMetrics', 'user_id')).toBeUndefined();
		expect(specParameter('report.getBotMetrics', 'inbox_ids[]')).toBeUndefined();
	});

	test('workflows saved with the removed filters still run and send none of them', async () => {
		server.on(() => ({ body: {} }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'getConversationMetrics',
				type: 'agent',
				options: { userId: 12 },
			},
		});
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'getBotMetrics',
				options: { ...range, inboxIds: '4, 6' },
			},
		});
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'getSummary',
				options: { ...range, timezoneOffset: 2 },
			},
		});
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'getBotSummary',
				options: { ...range, timezoneOffset: 2 },
			},
		});
		expect(server.requests.map((request) => request.query)).toEqual([
			{ type: 'agent' },
			rangeQuery,
			{ type: 'account', ...rangeQuery },
			{ type: 'account', ...rangeQuery },
		]);
	});

	test('the conversation traffic download sends timezone_offset 0 when it is not set: Chatwoot fails without it (docs/server-facts.md#report-conversation-traffic-offset)', async () => {
		server.on(() => csvReply('Start of the hour\n'));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'report', operation: 'downloadConversationTraffic' },
		});
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'report',
				operation: 'downloadConversationTraffic',
				options: { timezoneOffset: -3 },
			},
		});
		expect(server.requests.map((request) => request.query)).toEqual([
			{ timezone_offset: '0' },
			{ timezone_offset: '-3' },
		]);
		expect(specParameter('report.downloadConversationTraffic', 'timezone_offset')?.required).toBe(
			true,
		);
	});
});

describe('report dates', () => {
	test('a date and time without a zone is read in the given time zone, across daylight saving time', () => {
		expect(unixSeconds('2026-01-15T10:00:00', 'Europe/Berlin')).toBe(
			Date.UTC(2026, 0, 15, 9) / 1000,
		);
		expect(unixSeconds('2026-07-15T10:00:00', 'Europe/Berlin')).toBe(
			Date.UTC(2026, 6, 15, 8) / 1000,
		);
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

	test('a timestamp in milliseconds ($now.toMillis(), Date.now()) is taken as milliseconds', () => {
		expect(unixSeconds(MAY_1 * 1000, 'UTC')).toBe(MAY_1);
		expect(unixSeconds(String(MAY_1 * 1000 + 999), 'UTC')).toBe(MAY_1);
	});
});
