import type { IDataObject } from 'n8n-workflow';

import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, TOKEN } from '../../harness/engine';
import { requestProblems, spec } from '../../harness/openapi';
import { description } from '../../harness/operations';
import { Recorder, type RecordedRequest } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const message = (id: number, extra: IDataObject = {}): IDataObject => ({
	id,
	content: `Message ${id}`,
	conversation_id: 42,
	message_type: 1,
	content_type: 'text',
	content_attributes: {},
	private: false,
	created_at: 1767225000 + id,
	...extra,
});
const conversation = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });
const meta = {
	labels: ['billing'],
	additional_attributes: {},
	contact: { id: 7, name: 'Maria Lopez' },
};
const location = {
	id: 77,
	message_id: 905,
	file_type: 'location',
	data_url: 'https://maps.example.com/?q=52.52,13.40',
	created_at: 1767226200,
};

const cases: RequestCase[] = [
	{
		name: 'getAll: the latest page, oldest first, up to the limit',
		parameters: {
			resource: 'message',
			operation: 'getAll',
			conversationId: conversation(42),
			returnAll: false,
			limit: 20,
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/conversations/42/messages' },
		reply: { body: { meta, payload: [message(900), message(901)] } },
		output: [message(900), message(901)],
	},
	{
		name: 'create sends the content; content_type is left to Chatwoot when not set (docs/server-facts.md#message-create-fields)',
		parameters: {
			resource: 'message',
			operation: 'create',
			conversationId: conversation('42', 'list'),
			content: 'Your order has shipped.',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/messages',
			body: { content: 'Your order has shipped.' },
		},
		reply: { body: message(910, { content: 'Your order has shipped.' }) },
		output: [message(910, { content: 'Your order has shipped.' })],
	},
	{
		name: 'replyAsBot with an agent bot credential sends the reply as it is, with that token',
		parameters: {
			resource: 'message',
			operation: 'replyAsBot',
			conversationId: conversation(42),
			content: 'I can help with that.',
		},
		credentials: { tokenType: 'agentBot' },
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/messages',
			body: { content: 'I can help with that.', message_type: 'outgoing' },
		},
		reply: { body: message(912, { content: 'I can help with that.' }) },
		output: [message(912, { content: 'I can help with that.' })],
	},
	{
		name: 'create with every additional field, including the fields Chatwoot reads beyond its spec (docs/server-facts.md#message-create-fields)',
		parameters: {
			resource: 'message',
			operation: 'create',
			conversationId: conversation(42),
			content: 'Hello',
			additionalFields: {
				messageType: 'incoming',
				private: false,
				contentType: 'input_csat',
				contentAttributes: '{"in_reply_to": 901}',
				templateParams:
					'{"name": "order_update", "category": "UTILITY", "language": "en", "processed_params": {"1": "A-1001"}}',
				echoId: 'n8n-1',
				sourceId: 'ext-77',
				ccEmails: 'team@example.com',
				bccEmails: 'audit@example.com',
				toEmails: 'maria@example.com',
				externalCreatedAt: '2026-01-01T10:00:00Z',
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/messages',
			body: {
				content: 'Hello',
				message_type: 'incoming',
				private: false,
				content_type: 'input_csat',
				content_attributes: { in_reply_to: 901 },
				template_params: {
					name: 'order_update',
					category: 'UTILITY',
					language: 'en',
					processed_params: { '1': 'A-1001' },
				},
				echo_id: 'n8n-1',
				source_id: 'ext-77',
				cc_emails: 'team@example.com',
				bcc_emails: 'audit@example.com',
				to_emails: 'maria@example.com',
				external_created_at: '2026-01-01T10:00:00Z',
			},
		},
		reply: { body: message(911, { content: 'Hello', echo_id: 'n8n-1' }) },
		output: [message(911, { content: 'Hello', echo_id: 'n8n-1' })],
	},
	{
		name: 'create a private note of cards without content: content is not required (docs/server-facts.md#message-create-fields)',
		parameters: {
			resource: 'message',
			operation: 'create',
			conversationId: conversation(42),
			additionalFields: {
				private: true,
				contentType: 'cards',
				contentAttributes: '{"items": [{"title": "Plan Pro"}]}',
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/messages',
			body: {
				private: true,
				content_type: 'cards',
				content_attributes: { items: [{ title: 'Plan Pro' }] },
			},
		},
		reply: { body: message(912, { content: null, content_type: 'cards', private: true }) },
		output: [message(912, { content: null, content_type: 'cards', private: true })],
	},
	{
		name: 'downloadAttachments lists the conversation’s attachments; a location is metadata, with nothing to download',
		parameters: {
			resource: 'message',
			operation: 'downloadAttachments',
			conversationId: conversation(42),
			messageId: 905,
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/conversations/42/attachments' },
		reply: {
			body: {
				meta: { total_count: 2 },
				payload: [
					location,
					{
						id: 76,
						message_id: 903,
						file_type: 'image',
						data_url: 'https://files.example.com/a.jpg',
					},
				],
			},
		},
		output: [{ message_id: 905, attachments: [location] }],
	},
	{
		name: 'delete gives the message as Chatwoot keeps it',
		parameters: {
			resource: 'message',
			operation: 'delete',
			conversationId: conversation(42),
			messageId: 901,
		},
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/conversations/42/messages/901' },
		reply: {
			body: message(901, {
				content: 'This message was deleted',
				content_attributes: { deleted: true },
			}),
		},
		output: [
			message(901, { content: 'This message was deleted', content_attributes: { deleted: true } }),
		],
	},
	{
		name: 'delete with an empty answer',
		parameters: {
			resource: 'message',
			operation: 'delete',
			conversationId: conversation(42),
			messageId: 902,
		},
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/conversations/42/messages/902' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
	{
		name: 'update sends the status and the external error of a failed message and gives the message Chatwoot renders',
		parameters: {
			resource: 'message',
			operation: 'update',
			conversationId: conversation(42),
			messageId: 910,
			messageStatus: 'failed',
			externalError: 'Recipient is not reachable',
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/conversations/42/messages/910',
			body: { status: 'failed', external_error: 'Recipient is not reachable' },
		},
		reply: {
			status: 200,
			body: message(910, {
				status: 'failed',
				content_attributes: { external_error: 'Recipient is not reachable' },
			}),
		},
		output: [
			message(910, {
				status: 'failed',
				content_attributes: { external_error: 'Recipient is not reachable' },
			}),
		],
	},
	{
		name: 'update to another status leaves the external error out',
		parameters: {
			resource: 'message',
			operation: 'update',
			conversationId: conversation(42),
			messageId: 910,
			messageStatus: 'read',
			externalError: 'stale text',
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/conversations/42/messages/910',
			body: { status: 'read' },
		},
		reply: { status: 200, body: message(910, { status: 'read' }) },
		output: [message(910, { status: 'read' })],
	},
	{
		name: 'retry sends no body and gives the message back',
		parameters: {
			resource: 'message',
			operation: 'retry',
			conversationId: conversation(42),
			messageId: 911,
		},
		expect: { method: 'POST', path: '/api/v1/accounts/1/conversations/42/messages/911/retry' },
		reply: { body: message(911, { status: 'sent' }) },
		output: [message(911, { status: 'sent' })],
	},
	{
		name: 'translate sends target_language and gives the text with the message and language',
		parameters: {
			resource: 'message',
			operation: 'translate',
			conversationId: conversation(42),
			messageId: 901,
			targetLanguage: 'es',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/messages/901/translate',
			body: { target_language: 'es' },
		},
		reply: { body: { content: '¿Dónde está mi pedido?' } },
		output: [{ message_id: 901, target_language: 'es', content: '¿Dónde está mi pedido?' }],
	},
	{
		name: 'translate without a Google Translate integration gives an empty translation',
		parameters: {
			resource: 'message',
			operation: 'translate',
			conversationId: conversation(42),
			messageId: 901,
			targetLanguage: 'fr',
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/conversations/42/messages/901/translate',
			body: { target_language: 'fr' },
		},
		reply: { body: { content: null } },
		output: [{ message_id: 901, target_language: 'fr', content: null }],
	},
];

describe('Message', () => {
	describeRequests(server, cases);
	// Send to Contact: message.sendToContact.test.ts
	expectEveryOperationCovered('message', cases, ['sendToContact']);
});

/**
 * Messages 1…count answered as Chatwoot does: the 20 latest, or the 20 before `before`, or the
 * 100 after `after`, oldest first (docs/server-facts.md#message-list-order).
 */
function history(count: number) {
	return (request: RecordedRequest) => {
		if (request.query.after !== undefined) {
			const after = Number(request.query.after);
			return {
				body: {
					meta,
					payload: ids(after + 1, Math.min(count, after + 100)).map((id) => message(id)),
				},
			};
		}
		const before = request.query.before === undefined ? count + 1 : Number(request.query.before);
		const page = Array.from(
			{ length: Math.min(20, before - 1) },
			(_, index) => before - Math.min(20, before - 1) + index,
		);
		return { body: { meta, payload: page.map((id) => message(id)) } };
	};
}

const ids = (from: number, to: number) =>
	Array.from({ length: to - from + 1 }, (_, index) => from + index);

describe('message pagination (Return All: 100 a page forward with after; Limit: 20 a page back with before)', () => {
	const cursors = () => server.requests.map((request) => request.query.before);
	const afterCursors = () => server.requests.map((request) => request.query.after);

	test('Return All over 45 messages: one request from the first message on, each message once, in time order (docs/server-facts.md#message-list-order)', async () => {
		server.on(history(45));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'message',
				operation: 'getAll',
				conversationId: conversation(42),
				returnAll: true,
			},
		});
		expect(afterCursors()).toEqual(['0']);
		expect(cursors()).toEqual([undefined]);
		expect(result.output.map((item) => item.id)).toEqual(ids(1, 45));
	});

	test('Return All over 250 messages: 3 requests of up to 100 (walking back 20 at a time would take 13)', async () => {
		server.on(history(250));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'message',
				operation: 'getAll',
				conversationId: conversation(42),
				returnAll: true,
			},
		});
		expect(afterCursors()).toEqual(['0', '100', '200']);
		expect(result.output.map((item) => item.id)).toEqual(ids(1, 250));
	});

	test('Return All over exactly 200 messages: the empty third page ends the loop', async () => {
		server.on(history(200));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'message',
				operation: 'getAll',
				conversationId: conversation(42),
				returnAll: true,
			},
		});
		expect(afterCursors()).toEqual(['0', '100', '200']);
		expect(result.output).toHaveLength(200);
	});

	test('Limit 25 takes 2 requests and keeps the 25 most recent, oldest first', async () => {
		server.on(history(45));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'message',
				operation: 'getAll',
				conversationId: conversation(42),
				returnAll: false,
				limit: 25,
			},
		});
		expect(cursors()).toEqual([undefined, '26']);
		expect(result.output.map((item) => item.id)).toEqual(ids(21, 45));
	});

	test('Limit 5 takes one request', async () => {
		server.on(history(45));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'message',
				operation: 'getAll',
				conversationId: conversation(42),
				returnAll: false,
				limit: 5,
			},
		});
		expect(cursors()).toEqual([undefined]);
		expect(result.output.map((item) => item.id)).toEqual(ids(41, 45));
	});

	test('Limit 40 of exactly 40 messages: the empty third page ends the walk back', async () => {
		server.on(history(40));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'message',
				operation: 'getAll',
				conversationId: conversation(42),
				returnAll: false,
				limit: 41,
			},
		});
		expect(cursors()).toEqual([undefined, '21', '1']);
		expect(result.output.map((item) => item.id)).toEqual(ids(1, 40));
	});
});

describe('translating a message that already has the translation', () => {
	const translated = message(901, {
		content: 'Where is my order?',
		content_attributes: {
			translations: { es: '¿Dónde está mi pedido?', de: 'Wo ist meine Bestellung?' },
		},
	});

	test('Chatwoot answers without a body: the text is read from the message, fetched with after and before around its ID', async () => {
		server.reply('POST', '/api/v1/accounts/4/conversations/42/messages/901/translate', {
			status: 200,
			body: undefined,
		});
		server.reply('GET', '/api/v1/accounts/4/conversations/42/messages', {
			body: { meta, payload: [message(900), translated] },
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'message',
				operation: 'translate',
				accountId: '4',
				conversationId: conversation(42),
				messageId: 901,
				targetLanguage: 'es',
			},
		});
		expect(server.requests.map((request) => [request.method, request.path, request.query])).toEqual(
			[
				['POST', '/api/v1/accounts/4/conversations/42/messages/901/translate', {}],
				['GET', '/api/v1/accounts/4/conversations/42/messages', { after: '900', before: '902' }],
			],
		);
		expect(server.requests.map(requestProblems)).toEqual([[], []]);
		expect(result.output).toEqual([
			{ message_id: 901, target_language: 'es', content: '¿Dónde está mi pedido?' },
		]);
	});

	test('a message the list does not return gives an empty translation rather than another message’s', async () => {
		server.reply('POST', '/api/v1/accounts/1/conversations/42/messages/901/translate', {
			status: 200,
			body: undefined,
		});
		server.reply('GET', '/api/v1/accounts/1/conversations/42/messages', {
			body: {
				meta,
				payload: [message(900, { content_attributes: { translations: { es: 'Hola' } } })],
			},
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'message',
				operation: 'translate',
				conversationId: conversation(42),
				messageId: 901,
				targetLanguage: 'es',
			},
		});
		expect(result.output).toEqual([{ message_id: 901, target_language: 'es', content: null }]);
	});
});

describe('openapi/ for messages', () => {
	const operation = (path: string, method: string) =>
		(spec.paths[path] as Record<string, IDataObject>)[method];
	const MESSAGES = '/api/v1/accounts/{account_id}/conversations/{conversation_id}/messages';

	test('the list meta holds one contact, not a {payload} wrapper (docs/server-facts.md#message-list-order)', () => {
		const schema = (
			(
				((operation(MESSAGES, 'get').responses as IDataObject)['200'] as IDataObject)
					.content as IDataObject
			)['application/json'] as IDataObject
		).schema as { properties: { meta: { properties: { contact: IDataObject } } } };
		expect(schema.properties.meta.properties.contact.type).toBe('object');
		expect(schema.properties.meta.properties.contact.properties).toBeUndefined();
	});

	test('update is described as API inboxes only, in the node and in openapi/', () => {
		const options = description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes('message'),
		)?.options as Array<{ value: string; description?: string }>;
		expect(options.find((option) => option.value === 'update')?.description).toMatch(
			/^API inboxes only/,
		);
		expect(String(operation(`${MESSAGES}/{message_id}`, 'patch').description)).toContain(
			'API inboxes only',
		);
	});

	test('update answers 200 with the message, not 204, in openapi/ and in the node', () => {
		const responses = operation(`${MESSAGES}/{message_id}`, 'patch').responses as IDataObject;
		expect(responses['204']).toBeUndefined();
		expect(JSON.stringify(responses['200'])).toContain('#/components/schemas/Message"');
		const options = description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes('message'),
		)?.options as Array<{ value: string; description?: string; routing?: IDataObject }>;
		const update = options.find((option) => option.value === 'update');
		expect(update?.description).toContain('Returns the message');
		expect((update?.routing as IDataObject).output).toBeUndefined();
	});

	test('retry says it resends any message and empties its content attributes, in the node and in openapi/', () => {
		const options = description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes('message'),
		)?.options as Array<{ value: string; description?: string }>;
		const text = options.find((option) => option.value === 'retry')?.description ?? '';
		expect(text).toContain('does not check that it failed');
		expect(text).toContain('content attributes');
		expect(text).not.toContain('returned unchanged');
		const api = String(operation(`${MESSAGES}/{message_id}/retry`, 'post').description);
		expect(api).toContain('does not check');
		expect(api).not.toContain('returned unchanged');
	});

	test('create does not require content, and knows every content type the server does (docs/server-facts.md#message-create-fields)', () => {
		const input = spec.components.schemas.MessageCreateInput as { required?: string[] };
		const types = (spec.components.schemas.MessageContentType as { enum: string[] }).enum;
		expect(input.required ?? []).not.toContain('content');
		expect(types).toEqual(
			expect.arrayContaining([
				'input_text',
				'input_textarea',
				'incoming_email',
				'input_csat',
				'integrations',
				'sticker',
				'voice_call',
			]),
		);
	});
});

describe('Reply as Bot with a user credential (docs/audit/message.md, message.replyAsBot)', () => {
	const BOT_TOKEN = 'bot-token-3Kq8ZvLw2Rn5';
	const BOT_PATH = '/api/v1/accounts/1/agent_bots/5';
	const MESSAGES = '/api/v1/accounts/1/conversations/42/messages';
	const bot = { id: 5, name: 'Helper', account_id: 1, access_token: BOT_TOKEN, system_bot: false };
	const reply = message(913, {
		content: 'I can help with that.',
		sender: { id: 5, name: 'Helper', type: 'agent_bot' },
	});
	const parameters = {
		resource: 'message',
		operation: 'replyAsBot',
		conversationId: conversation(42),
		agentBotId: conversation('5', 'list'),
		content: 'I can help with that.',
	};
	const run = async (extra: IDataObject = {}, credentials?: IDataObject) =>
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...parameters, ...extra },
			credentials,
		});

	test('reads the bot with the user token, then sends the message with the bot’s token; the token is not in the output', async () => {
		server.reply('GET', BOT_PATH, { body: bot }).reply('POST', MESSAGES, { body: reply });
		const result = await run();
		expect(result.error?.message).toBeUndefined();
		expect(
			server.requests.map((request) => [
				request.method,
				request.path,
				request.headers['api-access-token'],
			]),
		).toEqual([
			['GET', BOT_PATH, TOKEN],
			['POST', MESSAGES, BOT_TOKEN],
		]);
		expect(server.requests[1].body).toEqual({
			content: 'I can help with that.',
			message_type: 'outgoing',
		});
		// the marker header that carries the token to the credential is not sent
		expect(
			Object.keys(server.requests[1].headers).filter((name) => name.includes('send-as')),
		).toEqual([]);
		for (const request of server.requests) expect(requestProblems(request)).toEqual([]);
		expect(result.output).toEqual([reply]);
		expect(JSON.stringify(result.run)).not.toContain(BOT_TOKEN);
	});

	test('a retried send still carries the bot’s token', async () => {
		let tries = 0;
		server
			.reply('GET', BOT_PATH, { body: bot })
			.on((request) =>
				request.method === 'POST'
					? ++tries === 1
						? { status: 429, headers: { 'retry-after': '0' }, body: { error: 'Too many requests' } }
						: { body: reply }
					: undefined,
			);
		const result = await run();
		expect(result.error?.message).toBeUndefined();
		expect(
			server.requests
				.filter((request) => request.method === 'POST')
				.map((request) => request.headers['api-access-token']),
		).toEqual([BOT_TOKEN, BOT_TOKEN]);
	});

	test('a failure that echoes the bot’s token shows it redacted', async () => {
		server.reply('GET', BOT_PATH, { body: bot }).reply('POST', MESSAGES, {
			status: 401,
			body: { error: `Bot is not authorized to access this account (token ${BOT_TOKEN})` },
		});
		const result = await run();
		expect(result.status).not.toBe('success');
		expect(JSON.stringify(result.run)).not.toContain(BOT_TOKEN);
		expect(`${result.error?.message} ${result.error?.description}`).not.toContain(BOT_TOKEN);
	});

	test('a bot Chatwoot gives no token for (shared by every account) is refused before the message', async () => {
		server.reply('GET', BOT_PATH, { body: { ...bot, access_token: undefined, system_bot: true } });
		const result = await run();
		expect(result.error?.message).toBe('Chatwoot gives no access token for agent bot 5 (item 0)');
		expect(server.requests.map((request) => request.method)).toEqual(['GET']);
	});

	test('a bot that is not found fails the item and sends no message', async () => {
		server.reply('GET', BOT_PATH, { status: 404, body: { error: 'Resource could not be found' } });
		const result = await run();
		expect(result.error?.httpCode).toBe('404');
		expect(server.requests.map((request) => request.method)).toEqual(['GET']);
	});

	test.each([
		[
			'no bot picked with a user token',
			{ agentBotId: conversation('', 'list') },
			undefined,
			'Agent Bot is required (item 0)',
		],
		[
			'a bot picked with an agent bot token',
			{},
			{ tokenType: 'agentBot' },
			'Agent Bot must stay empty with an agent bot token (item 0)',
		],
		[
			'a platform app token',
			{},
			{ tokenType: 'platformApp' },
			'The credential "Chatwoot" holds a platform app token, which can only call the Platform API; "Reply as an agent bot in a conversation" needs a user access token (Profile settings → Access Token) or an agent bot token (Settings → Bots)',
		],
	])('%s is refused before any request', async (_name, extra, credentials, message) => {
		const result = await run(extra, credentials);
		expect(result.error?.message).toBe(message);
		expect(server.requests).toEqual([]);
	});
});
