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

const conversation = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });
const DRAFT = '/api/v1/accounts/1/conversations/42/draft_messages';
const TEXT = 'Thanks for waiting, your refund was approved.';

const cases: RequestCase[] = [
	{
		name: 'get gives Chatwoot’s answer as it is: has_draft and the text',
		parameters: {
			resource: 'conversationDraft',
			operation: 'get',
			conversationId: conversation(42),
		},
		expect: { method: 'GET', path: DRAFT },
		reply: { body: { has_draft: true, message: TEXT } },
		output: [{ has_draft: true, message: TEXT }],
	},
	{
		name: 'get of a conversation without a draft, picked by its dashboard link',
		parameters: {
			resource: 'conversationDraft',
			operation: 'get',
			conversationId: conversation(
				'https://chat.example.com/app/accounts/1/inbox/3/conversations/42',
				'url',
			),
		},
		expect: { method: 'GET', path: DRAFT },
		reply: { body: { has_draft: false } },
		output: [{ has_draft: false }],
	},
	{
		name: 'save sends the text inside draft_message with PATCH and answers { success: true }',
		parameters: {
			resource: 'conversationDraft',
			operation: 'save',
			conversationId: conversation('42', 'list'),
			text: TEXT,
		},
		expect: { method: 'PATCH', path: DRAFT, body: { draft_message: { message: TEXT } } },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'save in the account set on the node keeps line breaks and spaces as written',
		parameters: {
			resource: 'conversationDraft',
			operation: 'save',
			accountId: '3',
			conversationId: conversation(42),
			text: ' Hi Sam,\n\nyour refund was approved.\n',
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/3/conversations/42/draft_messages',
			body: { draft_message: { message: ' Hi Sam,\n\nyour refund was approved.\n' } },
		},
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'delete answers { success: true } for Chatwoot’s empty 200',
		parameters: {
			resource: 'conversationDraft',
			operation: 'delete',
			conversationId: conversation(42),
		},
		expect: { method: 'DELETE', path: DRAFT },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Conversation Draft', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('conversationDraft', cases);
});

describe('Conversation Draft input checks', () => {
	test('save refuses a blank text before any request: Chatwoot would save an empty draft', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { text: '  \n ' } }],
			parameters: {
				resource: 'conversationDraft',
				operation: 'save',
				conversationId: conversation(42),
				text: '={{ $json.text }}',
			},
		});
		expect(result.error?.message).toBe('Text is required (item 0)');
		expect(server.requests).toHaveLength(0);
	});

	test('a conversation that does not exist (404) names it in the error', async () => {
		server.on(() => ({ status: 404, body: { error: 'Resource could not be found' } }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'conversationDraft',
				operation: 'get',
				conversationId: conversation(99),
			},
		});
		expect(`${result.error?.message} ${result.error?.description}`).toContain('Conversation ID 99');
	});
});
