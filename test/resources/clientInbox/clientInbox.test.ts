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

const inbox = {
	identifier: 'cVx4Wm9kq2PHR1oYv5TnZ3aB',
	identity_validation_enabled: true,
	name: 'Website support',
	timezone: 'Europe/Berlin',
	working_hours: [],
	working_hours_enabled: false,
	csat_survey_enabled: true,
	greeting_enabled: false,
};

const cases: RequestCase[] = [
	{
		name: 'get reads the inbox by its identifier, with no account in the path',
		parameters: {
			resource: 'clientInbox',
			operation: 'get',
			inboxIdentifier: 'cVx4Wm9kq2PHR1oYv5TnZ3aB',
		},
		expect: { method: 'GET', path: '/public/api/v1/inboxes/cVx4Wm9kq2PHR1oYv5TnZ3aB' },
		reply: { body: inbox },
		output: [inbox],
	},
];

describe('Client Inbox', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('clientInbox', cases);

	test('works with a credential that has no Default Account ID', async () => {
		server.on(() => ({ body: inbox }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			credentials: { accountId: '' },
			parameters: {
				resource: 'clientInbox',
				operation: 'get',
				inboxIdentifier: 'cVx4Wm9kq2PHR1oYv5TnZ3aB',
			},
		});
		expect(result.error).toBeUndefined();
		expect(server.requests.map((request) => request.path)).toEqual([
			'/public/api/v1/inboxes/cVx4Wm9kq2PHR1oYv5TnZ3aB',
		]);
	});

	test('an identifier with reserved characters is encoded into one path segment', async () => {
		server.on(() => ({ body: inbox }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'clientInbox', operation: 'get', inboxIdentifier: ' a/b?c ' },
		});
		expect(server.requests[0].path).toBe('/public/api/v1/inboxes/a%2Fb%3Fc');
	});

	test('an empty identifier mapped from an item is refused with the field’s name, before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: {} }],
			continueOnFail: true,
			parameters: {
				resource: 'clientInbox',
				operation: 'get',
				inboxIdentifier: '={{ $json.inbox }}',
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Inbox Identifier is required (item 0)');
	});
});
