import type { INodePropertyOptions } from 'n8n-workflow';
import { getGlobalState, setGlobalState } from 'n8n-workflow';

import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { description } from '../../harness/operations';
import { Recorder, type RecordedRequest } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const picked = (value: string, mode = 'list') => ({ __rl: true, mode, value });

const event = (id: number) => ({
	id,
	name: 'first_response',
	value: 120 + id,
	account_id: 1,
	conversation_id: 70 + id,
	inbox_id: 4,
	user_id: 12,
});

/** Chatwoot's reporting event pages: 25 events, newest first, `meta.count` over all pages. */
function reportingEvents(total: number) {
	const all = Array.from({ length: total }, (_, index) => event(total - index));
	return (request: RecordedRequest) => {
		const page = Number(request.query.page ?? 1);
		return {
			body: {
				meta: { count: total, current_page: page, total_pages: Math.ceil(total / 25) },
				payload: all.slice((page - 1) * 25, page * 25),
			},
		};
	};
}

const cases: RequestCase[] = [
	{
		name: 'getAll sends the filters and the time range as Unix seconds',
		parameters: {
			resource: 'reportingEvent',
			operation: 'getAll',
			returnAll: true,
			filters: {
				since: '2026-05-01T00:00:00Z',
				until: '2026-05-02T00:00:00+02:00',
				inboxId: picked('4'),
				userId: picked('12', 'id'),
				name: 'conversation_resolved',
			},
		},
		expect: {
			method: 'GET',
			path: '/api/v1/accounts/1/reporting_events',
			query: {
				page: '1',
				since: '1777593600',
				until: '1777672800',
				inbox_id: '4',
				user_id: '12',
				name: 'conversation_resolved',
			},
		},
		reply: { body: { meta: { count: 1, current_page: 1, total_pages: 1 }, payload: [event(1)] } },
		output: [event(1)],
	},
];

const run = (parameters: Record<string, unknown>) =>
	runNode({
		baseUrl: server.baseUrl,
		parameters: { resource: 'reportingEvent', operation: 'getAll', ...parameters },
	});

describe('Reporting Event', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('reportingEvent', cases);

	test('Return All over 53 events makes exactly 3 requests with no event twice', async () => {
		server.on(reportingEvents(53));
		const result = await run({ returnAll: true });
		expect(server.requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		expect(result.output.map((item) => item.id)).toEqual(
			Array.from({ length: 53 }, (_, index) => 53 - index),
		);
	});

	test('meta.count ends the loop: 75 events take 3 requests, not an empty fourth page', async () => {
		server.on(reportingEvents(75));
		const result = await run({ returnAll: true });
		expect(server.requests).toHaveLength(3);
		expect(result.output).toHaveLength(75);
	});

	test('a limit of 26 stops after 2 pages and returns exactly 26', async () => {
		server.on(reportingEvents(53));
		const result = await run({ returnAll: false, limit: 26 });
		expect(server.requests).toHaveLength(2);
		expect(result.output).toHaveLength(26);
	});

	test('a date picked without a zone is read in the workflow’s time zone', async () => {
		const before = getGlobalState();
		setGlobalState({ defaultTimezone: 'Asia/Kolkata' });
		try {
			server.on(reportingEvents(0));
			await run({
				returnAll: true,
				filters: { since: '2026-05-01T00:00:00', until: '2026-05-01 12:30' },
			});
		} finally {
			setGlobalState(before);
		}
		// midnight and 12:30 in India are 18:30 the day before and 07:00 UTC
		expect(server.requests[0].query).toMatchObject({
			since: String(1777593600 - 19800),
			until: String(1777593600 + 7 * 3600),
		});
	});

	test('the Inbox and Agent filters read bare numbers, as saved before they were pickers', async () => {
		server.on(reportingEvents(0));
		await run({ returnAll: true, filters: { inboxId: 4, userId: '12' } });
		expect(server.requests[0].query).toEqual({ page: '1', inbox_id: '4', user_id: '12' });
	});

	test('an Inbox filter picked from a dashboard link sends its number', async () => {
		server.on(reportingEvents(0));
		await run({
			returnAll: true,
			filters: {
				inboxId: picked('https://chat.example.com/app/accounts/1/settings/inboxes/4', 'url'),
			},
		});
		expect(server.requests[0].query).toEqual({ page: '1', inbox_id: '4' });
	});

	test('an Agent filter added and left empty is refused before any request', async () => {
		const result = await run({ returnAll: true, filters: { userId: picked('') } });
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('User ID is required (item 0)');
	});

	test('a date that is not one is refused with the field name', async () => {
		const result = await run({ returnAll: true, filters: { since: 'yesterday-ish' } });
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Since is not a date: "yesterday-ish" (item 0)');
	});

	test('the operation says it needs the Enterprise edition (docs/server-facts.md#enterprise-endpoints)', () => {
		const operation = description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes('reportingEvent'),
		);
		const getAll = (operation?.options as INodePropertyOptions[]).find(
			(option) => option.value === 'getAll',
		);
		expect(getAll?.description).toContain('Enterprise edition only');
	});
});
