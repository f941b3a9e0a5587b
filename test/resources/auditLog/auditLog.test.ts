import type { INodePropertyOptions } from 'n8n-workflow';

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

const entry = (id: number) => ({
	id,
	auditable_id: id,
	auditable_type: 'Inbox',
	action: 'update',
	username: 'dana@acme.test',
	created_at: 1777888800 - id,
});

/** Chatwoot's audit log pages: 25 entries, newest first, with the total of all pages. */
function auditLogs(total: number, { withTotal = true } = {}) {
	const all = Array.from({ length: total }, (_, index) => entry(total - index));
	return (request: RecordedRequest) => {
		const page = Number(request.query.page ?? 1);
		return {
			body: {
				per_page: 25,
				current_page: page,
				...(withTotal ? { total_entries: total } : {}),
				audit_logs: all.slice((page - 1) * 25, page * 25),
			},
		};
	};
}

const cases: RequestCase[] = [
	{
		name: 'getAll reads page 1 and returns one item per entry, up to the limit',
		parameters: { resource: 'auditLog', operation: 'getAll', returnAll: false, limit: 2 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/audit_logs', query: { page: '1' } },
		reply: {
			body: {
				per_page: 25,
				total_entries: 3,
				current_page: 1,
				audit_logs: [entry(3), entry(2), entry(1)],
			},
		},
		output: [entry(3), entry(2)],
	},
];

const run = (parameters: Record<string, unknown>) =>
	runNode({
		baseUrl: server.baseUrl,
		parameters: { resource: 'auditLog', operation: 'getAll', ...parameters },
	});

describe('Audit Log', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('auditLog', cases);

	test('Return All over 60 entries makes exactly 3 requests, pages 1 to 3, with no entry twice', async () => {
		server.on(auditLogs(60));
		const result = await run({ returnAll: true });
		expect(server.requests.map((request) => request.query.page)).toEqual(['1', '2', '3']);
		expect(result.output.map((item) => item.id)).toEqual(
			Array.from({ length: 60 }, (_, index) => 60 - index),
		);
	});

	test('the total ends the loop: 50 entries take 2 requests, not an empty third page', async () => {
		server.on(auditLogs(50));
		const result = await run({ returnAll: true });
		expect(server.requests).toHaveLength(2);
		expect(result.output).toHaveLength(50);
	});

	test('without a total, a short page ends the loop', async () => {
		server.on(auditLogs(30, { withTotal: false }));
		const result = await run({ returnAll: true });
		expect(server.requests).toHaveLength(2);
		expect(result.output).toHaveLength(30);
	});

	test('a limit of 30 stops after 2 of 3 pages and returns exactly 30', async () => {
		server.on(auditLogs(60));
		const result = await run({ returnAll: false, limit: 30 });
		expect(server.requests).toHaveLength(2);
		expect(result.output.map((item) => item.id)).toEqual(
			Array.from({ length: 30 }, (_, index) => 60 - index),
		);
	});

	test('a limit within the first page makes 1 request', async () => {
		server.on(auditLogs(60));
		const result = await run({ returnAll: false, limit: 10 });
		expect(server.requests).toHaveLength(1);
		expect(result.output).toHaveLength(10);
	});

	test('the operation says it needs the Enterprise edition (docs/server-facts.md#enterprise-endpoints)', () => {
		const operation = description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes('auditLog'),
		);
		const getAll = (operation?.options as INodePropertyOptions[]).find(
			(option) => option.value === 'getAll',
		);
		expect(getAll?.description).toContain('Enterprise edition only');
	});

	test('a Community Edition server’s 404 says that Enterprise-only endpoints answer 404 there (docs/server-facts.md#enterprise-endpoints)', async () => {
		server.on(() => ({ status: 404, body: { error: 'Not Found' } }));
		const result = await run({ returnAll: true });
		expect(result.error?.description).toContain('Enterprise-only endpoints also answer 404');
	});
});
