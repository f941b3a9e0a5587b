import { runNode, searchList } from '../harness/engine';
import { Recorder } from '../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const clientCalls = [
	{ resource: 'clientInbox', operation: 'get', inboxIdentifier: 'cVx4Wm9kq2PHR1oYv5TnZ3aB' },
	{
		resource: 'csatSurvey',
		operation: 'get',
		conversationUuid: '0f3c6d5e-8a2b-4c1d-9e7f-2b4a6c8d0e1f',
	},
];

// The Client API and the CSAT survey need no token: the user's access token must not travel there.
describe('the access token stays away from the public endpoints', () => {
	test.each(
		clientCalls.map((parameters) => [`${parameters.resource}.${parameters.operation}`, parameters]),
	)('%s sends no Api-Access-Token', async (_name, parameters) => {
		server.on(() => ({ body: {} }));
		await runNode({ baseUrl: server.baseUrl, parameters });
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].headers['api-access-token']).toBeUndefined();
	});

	test('nor does the conversation picker', async () => {
		server.on(() => ({ body: [] }));
		await searchList({
			method: 'searchClientConversations',
			baseUrl: server.baseUrl,
			parameters: { resource: 'clientConversation', inboxIdentifier: 'i', contactIdentifier: 'c' },
		});
		expect(server.requests[0].headers['api-access-token']).toBeUndefined();
	});

	test('account operations of the group still send it', async () => {
		server.on(() => ({ body: [] }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'csatSurveyResponse', operation: 'getAll', returnAll: true },
		});
		expect(server.requests[0].headers['api-access-token']).toBeDefined();
	});

	test('any token kind works for the Client API: it needs no account', async () => {
		server.on(() => ({ body: {} }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			credentials: { tokenType: 'platformApp', accountId: undefined },
			parameters: clientCalls[0],
		});
		expect(result.status).toBe('success');
	});
});
