import type { IBinaryData, IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode, TOKEN } from '../../harness/engine';
import { requestProblems } from '../../harness/openapi';
import { operationDescription } from '../../harness/operations';
import { Recorder, type RecordedRequest } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const ACCOUNT = '/api/v1/accounts/1';
const FILTER = `${ACCOUNT}/contacts/filter`;
const CONTACTS = `${ACCOUNT}/contacts`;
const conversationsOf = (contactId: number) => `${ACCOUNT}/contacts/${contactId}/conversations`;
const CONVERSATIONS = `${ACCOUNT}/conversations`;
const messagesOf = (conversationId: number) => `${CONVERSATIONS}/${conversationId}/messages`;

const INBOX = 3;
const inbox = (value: number | string = INBOX) => ({ __rl: true, mode: 'list', value });

const contact = (id: number, extra: IDataObject = {}): IDataObject => ({
	id,
	name: 'Maria Lopez',
	email: 'maria@example.com',
	phone_number: '+4915112345678',
	identifier: null,
	contact_inboxes: [],
	...extra,
});
const linkTo = (inboxId: number, sourceId: string) => ({
	source_id: sourceId,
	inbox: { id: inboxId, name: 'Inbox', channel_type: 'Channel::Api' },
});
const conversation = (id: number, inboxId: number, status: string): IDataObject => ({
	id,
	account_id: 1,
	inbox_id: inboxId,
	status,
	meta: { sender: { id: 7 } },
	messages: [],
});
const message = (id: number, conversationId: number, extra: IDataObject = {}): IDataObject => ({
	id,
	content: 'Your order has shipped.',
	conversation_id: conversationId,
	message_type: 1,
	content_type: 'text',
	private: false,
	created_at: 1767227000,
	...extra,
});
const page = (records: IDataObject[]) => ({
	meta: { count: records.length, current_page: 1 },
	payload: records,
});
const equalTo = (key: string, value: string) => ({
	payload: [
		{ attribute_key: key, filter_operator: 'equal_to', values: [value], query_operator: null },
	],
});

const send = (extra: INodeParameters = {}): INodeParameters => ({
	resource: 'message',
	operation: 'sendToContact',
	inboxId: inbox(),
	contactLookup: 'email',
	contactValue: 'maria@example.com',
	content: 'Your order has shipped.',
	...extra,
});

const calls = () => server.requests.map((request) => `${request.method} ${request.path}`);

/** Every request matched openapi/ and carried the token. */
function expectValidRequests() {
	for (const request of server.requests) {
		expect(request.headers['api-access-token']).toBe(TOKEN);
		expect(`${request.method} ${request.path}: ${requestProblems(request).join('; ')}`).toBe(
			`${request.method} ${request.path}: `,
		);
	}
}

const bodyOf = (method: string, path: string) =>
	server.requests.find((request) => request.method === method && request.path === path)
		?.body as IDataObject;

describe('Send to Contact', () => {
	test('an existing contact with an open conversation in the inbox: nothing is created, the message goes there', async () => {
		server.reply('POST', FILTER, {
			body: page([contact(7, { contact_inboxes: [linkTo(3, 'src-7')] })]),
		});
		server.reply('GET', conversationsOf(7), {
			body: {
				payload: [
					conversation(50, 9, 'open'), // another inbox
					conversation(44, 3, 'resolved'),
					conversation(41, 3, 'open'),
					conversation(40, 3, 'open'),
				],
			},
		});
		server.reply('POST', messagesOf(41), { body: message(910, 41) });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: send() });
		expect(result.error?.message).toBeUndefined();
		expect(calls()).toEqual([
			`POST ${FILTER}`,
			`GET ${conversationsOf(7)}`,
			`POST ${messagesOf(41)}`,
		]);
		expect(bodyOf('POST', FILTER)).toEqual(equalTo('email', 'maria@example.com'));
		expect(bodyOf('POST', messagesOf(41))).toEqual({ content: 'Your order has shipped.' });
		expectValidRequests();
		expect(result.output).toEqual([
			{
				contact: contact(7, { contact_inboxes: [linkTo(3, 'src-7')] }),
				conversation: conversation(41, 3, 'open'),
				message: message(910, 41),
				contactCreated: false,
				conversationCreated: false,
			},
		]);
	});

	test('every request goes to the Account ID set on the node', async () => {
		const A = '/api/v1/accounts/4';
		server.reply('POST', `${A}/contacts/filter`, { body: page([contact(7)]) });
		server.reply('GET', `${A}/contacts/7/conversations`, {
			body: { payload: [conversation(41, 3, 'open')] },
		});
		server.reply('POST', `${A}/conversations/41/messages`, { body: message(910, 41) });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: send({ accountId: '4' }) });
		expect(result.error?.message).toBeUndefined();
		expect(calls()).toEqual([
			`POST ${A}/contacts/filter`,
			`GET ${A}/contacts/7/conversations`,
			`POST ${A}/conversations/41/messages`,
		]);
	});

	test('a pending conversation (an agent bot is handling it) is reused too', async () => {
		server.reply('POST', FILTER, { body: page([contact(7)]) });
		server.reply('GET', conversationsOf(7), {
			body: { payload: [conversation(45, 3, 'snoozed'), conversation(43, 3, 'pending')] },
		});
		server.reply('POST', messagesOf(43), { body: message(911, 43) });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: send() });
		expect(result.error?.message).toBeUndefined();
		expect(calls()).toEqual([
			`POST ${FILTER}`,
			`GET ${conversationsOf(7)}`,
			`POST ${messagesOf(43)}`,
		]);
		expect(result.output[0]).toMatchObject({
			conversationCreated: false,
			conversation: { id: 43 },
		});
	});

	test('no contact: it is created with the name, the value and the inbox, then a conversation under the source ID Chatwoot gave', async () => {
		server.reply('POST', FILTER, { body: page([]) });
		const created = contact(60, { name: 'Ana Silva', email: 'ana@example.com' });
		server.reply('POST', CONTACTS, {
			body: { payload: { contact: created, contact_inbox: linkTo(3, 'uuid-60') } },
		});
		server.reply('GET', conversationsOf(60), { body: { payload: [] } });
		server.reply('POST', CONVERSATIONS, { body: conversation(70, 3, 'open') });
		server.reply('POST', messagesOf(70), { body: message(920, 70) });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: send({ contactValue: ' Ana@Example.com ', contactName: 'Ana Silva' }),
		});
		expect(result.error?.message).toBeUndefined();
		expect(calls()).toEqual([
			`POST ${FILTER}`,
			`POST ${CONTACTS}`,
			`GET ${conversationsOf(60)}`,
			`POST ${CONVERSATIONS}`,
			`POST ${messagesOf(70)}`,
		]);
		// Chatwoot keeps emails in lower case: looked up and created so
		expect(bodyOf('POST', FILTER)).toEqual(equalTo('email', 'ana@example.com'));
		expect(bodyOf('POST', CONTACTS)).toEqual({
			name: 'Ana Silva',
			email: 'ana@example.com',
			inbox_id: 3,
		});
		expect(bodyOf('POST', CONVERSATIONS)).toEqual({
			contact_id: 60,
			inbox_id: 3,
			source_id: 'uuid-60',
		});
		expectValidRequests();
		expect(result.output).toEqual([
			{
				contact: created,
				conversation: conversation(70, 3, 'open'),
				message: message(920, 70),
				contactCreated: true,
				conversationCreated: true,
			},
		]);
	});

	test('a contact without an open conversation in the inbox: one is created under the contact’s source ID there', async () => {
		server.reply('POST', FILTER, {
			body: page([contact(7, { contact_inboxes: [linkTo(9, 'src-9'), linkTo(3, 'src-3')] })]),
		});
		server.reply('GET', conversationsOf(7), {
			body: { payload: [conversation(50, 9, 'open'), conversation(44, 3, 'resolved')] },
		});
		server.reply('POST', CONVERSATIONS, { body: conversation(71, 3, 'open') });
		server.reply('POST', messagesOf(71), { body: message(921, 71) });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: send() });
		expect(result.error?.message).toBeUndefined();
		expect(calls()).toEqual([
			`POST ${FILTER}`,
			`GET ${conversationsOf(7)}`,
			`POST ${CONVERSATIONS}`,
			`POST ${messagesOf(71)}`,
		]);
		expect(bodyOf('POST', CONVERSATIONS)).toEqual({
			contact_id: 7,
			inbox_id: 3,
			source_id: 'src-3',
		});
		expectValidRequests();
		expect(result.output[0]).toMatchObject({
			contactCreated: false,
			conversationCreated: true,
			conversation: { id: 71 },
			message: { id: 921 },
		});
	});

	test('a contact not yet in the inbox: the conversation is created without a source ID, so Chatwoot makes one for the channel', async () => {
		server.reply('POST', FILTER, {
			body: page([contact(7, { contact_inboxes: [linkTo(9, 'src-9')] })]),
		});
		server.reply('GET', conversationsOf(7), { body: { payload: [] } });
		server.reply('POST', CONVERSATIONS, { body: conversation(72, 3, 'open') });
		server.reply('POST', messagesOf(72), { body: message(922, 72) });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: send() });
		expect(result.error?.message).toBeUndefined();
		expect(bodyOf('POST', CONVERSATIONS)).toEqual({ contact_id: 7, inbox_id: 3 });
		expectValidRequests();
	});

	test('an inbox that keeps one conversation per contact hands back the resolved one: not reported as created', async () => {
		server.reply('POST', FILTER, { body: page([contact(7)]) });
		server.reply('GET', conversationsOf(7), {
			body: { payload: [conversation(44, 3, 'resolved')] },
		});
		server.reply('POST', CONVERSATIONS, { body: conversation(44, 3, 'resolved') });
		server.reply('POST', messagesOf(44), { body: message(923, 44) });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: send() });
		expect(result.error?.message).toBeUndefined();
		expect(result.output[0]).toMatchObject({
			conversationCreated: false,
			conversation: { id: 44 },
		});
	});

	test('email: only the contact with exactly that address is used, among others the server returned', async () => {
		server.reply('POST', FILTER, {
			body: page([
				contact(11, { email: 'annamaria@example.com' }),
				contact(12, { email: 'maria@example.com.au' }),
				contact(13, { email: 'maria@example.com' }),
			]),
		});
		server.reply('GET', conversationsOf(13), { body: { payload: [conversation(41, 3, 'open')] } });
		server.reply('POST', messagesOf(41), { body: message(910, 41) });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: send({ contactValue: 'MARIA@example.com' }),
		});
		expect(result.error?.message).toBeUndefined();
		expect(calls()).toEqual([
			`POST ${FILTER}`,
			`GET ${conversationsOf(13)}`,
			`POST ${messagesOf(41)}`,
		]);
		expect(result.output[0]).toMatchObject({ contact: { id: 13 }, contactCreated: false });
	});

	test('email: substring hits alone are not the contact, so it is created', async () => {
		server.reply('POST', FILTER, {
			body: page([contact(11, { email: 'annamaria@example.com' })]),
		});
		server.reply('POST', CONTACTS, {
			body: { payload: { contact: contact(61), contact_inbox: linkTo(3, 'uuid-61') } },
		});
		server.reply('GET', conversationsOf(61), { body: { payload: [] } });
		server.reply('POST', CONVERSATIONS, { body: conversation(73, 3, 'open') });
		server.reply('POST', messagesOf(73), { body: message(924, 73) });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: send() });
		expect(result.error?.message).toBeUndefined();
		expect(result.output[0]).toMatchObject({ contact: { id: 61 }, contactCreated: true });
	});

	test('identifier: compared with its letter case (the server compares it in lower case)', async () => {
		server.reply('POST', FILTER, {
			body: page([
				contact(21, { identifier: 'crm-1001' }),
				contact(22, { identifier: 'CRM-1001' }),
			]),
		});
		server.reply('GET', conversationsOf(22), { body: { payload: [conversation(41, 3, 'open')] } });
		server.reply('POST', messagesOf(41), { body: message(910, 41) });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: send({ contactLookup: 'identifier', contactValue: 'CRM-1001' }),
		});
		expect(result.error?.message).toBeUndefined();
		expect(bodyOf('POST', FILTER)).toEqual(equalTo('identifier', 'CRM-1001'));
		expect(result.output[0]).toMatchObject({ contact: { id: 22 } });
	});

	test('phone number: spaces, dashes and brackets removed, looked up and created in E.164 form', async () => {
		server.reply('POST', FILTER, { body: page([]) });
		server.reply('POST', CONTACTS, {
			body: { payload: { contact: contact(62), contact_inbox: linkTo(3, '4915112345678') } },
		});
		server.reply('GET', conversationsOf(62), { body: { payload: [] } });
		server.reply('POST', CONVERSATIONS, { body: conversation(74, 3, 'open') });
		server.reply('POST', messagesOf(74), { body: message(925, 74) });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: send({ contactLookup: 'phone_number', contactValue: '+49 (151) 1234-5678' }),
		});
		expect(result.error?.message).toBeUndefined();
		expect(bodyOf('POST', FILTER)).toEqual(equalTo('phone_number', '+4915112345678'));
		expect(bodyOf('POST', CONTACTS)).toEqual({ phone_number: '+4915112345678', inbox_id: 3 });
		expectValidRequests();
	});

	test('a WhatsApp template on a new conversation: the conversation is created, then the template sent as template_params', async () => {
		server.reply('POST', FILTER, {
			body: page([contact(7, { contact_inboxes: [linkTo(3, '4915112345678')] })]),
		});
		server.reply('GET', conversationsOf(7), { body: { payload: [] } });
		server.reply('POST', CONVERSATIONS, { body: conversation(75, 3, 'open') });
		server.reply('POST', messagesOf(75), { body: message(926, 75) });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: send({
				contactLookup: 'phone_number',
				contactValue: '+4915112345678',
				messageKind: 'template',
				content: 'Hi Maria, your order A-1001 has shipped.',
				templateName: 'order_update',
				templateLanguage: 'en_US',
				templateCategory: 'UTILITY',
				templateParams: '{"body": {"1": "Maria", "2": "A-1001"}}',
			}),
		});
		expect(result.error?.message).toBeUndefined();
		expect(calls()).toEqual([
			`POST ${FILTER}`,
			`GET ${conversationsOf(7)}`,
			`POST ${CONVERSATIONS}`,
			`POST ${messagesOf(75)}`,
		]);
		expect(bodyOf('POST', CONVERSATIONS)).toEqual({
			contact_id: 7,
			inbox_id: 3,
			source_id: '4915112345678',
		});
		expect(bodyOf('POST', messagesOf(75))).toEqual({
			content: 'Hi Maria, your order A-1001 has shipped.',
			template_params: {
				name: 'order_update',
				category: 'UTILITY',
				language: 'en_US',
				processed_params: { body: { '1': 'Maria', '2': 'A-1001' } },
			},
		});
		expectValidRequests();
		expect(result.output[0]).toMatchObject({ conversationCreated: true, message: { id: 926 } });
	});

	test('a template without variables sends empty processed_params and no content', async () => {
		server.reply('POST', FILTER, { body: page([contact(7)]) });
		server.reply('GET', conversationsOf(7), { body: { payload: [conversation(41, 3, 'open')] } });
		server.reply('POST', messagesOf(41), { body: message(927, 41) });
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: send({
				content: '',
				messageKind: 'template',
				templateName: 'hello_world',
				templateLanguage: 'en',
			}),
		});
		expect(result.error?.message).toBeUndefined();
		expect(bodyOf('POST', messagesOf(41))).toEqual({
			template_params: { name: 'hello_world', language: 'en', processed_params: {} },
		});
		expectValidRequests();
	});

	test('attachments: the message goes as multipart with the text and each file as attachments[]', async () => {
		const PDF = Buffer.from([0x25, 0x50, 0x44, 0x46, 0x2d, 0xe2, 0xe3, 0x00, 0xff]);
		const file: IBinaryData = {
			data: PDF.toString('base64'),
			fileName: 'invoice.pdf',
			mimeType: 'application/pdf',
		};
		server.reply('POST', FILTER, { body: page([contact(7)]) });
		server.reply('GET', conversationsOf(7), { body: { payload: [conversation(41, 3, 'open')] } });
		const sent = message(928, 41, { attachments: [{ id: 75, file_type: 'file' }] });
		server.reply('POST', messagesOf(41), { body: sent });
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: {}, binary: { invoice: file } }],
			parameters: send({ content: 'Invoice attached', attachments: 'invoice' }),
		});
		expect(result.error?.message).toBeUndefined();
		const request = server.requests[2] as RecordedRequest;
		const boundary = /boundary=(\S+)$/.exec(String(request.headers['content-type']))?.[1];
		expect(String(request.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.rawBody.toString('latin1')).toBe(
			Buffer.concat([
				Buffer.from(
					`--${boundary}\r\nContent-Disposition: form-data; name="content"\r\n\r\nInvoice attached\r\n` +
						`--${boundary}\r\nContent-Disposition: form-data; name="attachments[]"; filename="invoice.pdf"\r\nContent-Type: application/pdf\r\n\r\n`,
					'latin1',
				),
				PDF,
				Buffer.from(`\r\n--${boundary}--\r\n`, 'latin1'),
			]).toString('latin1'),
		);
		// the JSON requests before it stay JSON
		expect(server.requests.slice(0, 2).map((r) => String(r.headers['content-type'] ?? ''))).toEqual(
			[expect.stringMatching(/^application\/json/), expect.not.stringMatching(/multipart/)],
		);
		expectValidRequests();
		expect(result.output[0]).toMatchObject({ message: sent });
	});

	describe('refused before any request', () => {
		test.each([
			['a blank email', { contactValue: '  ' }, 'Email is required'],
			[
				'an email without @',
				{ contactValue: 'maria.example.com' },
				'Email is not an email address',
			],
			[
				'an email with a space',
				{ contactValue: 'maria lopez@example.com' },
				'Email is not an email address',
			],
			[
				'a phone number without +',
				{ contactLookup: 'phone_number', contactValue: '015112345678' },
				'Phone Number is not in E.164 form, got "015112345678"',
			],
			[
				'a phone number with letters',
				{ contactLookup: 'phone_number', contactValue: '+49 151 CALL ME' },
				'Phone Number is not in E.164 form',
			],
			[
				'a blank identifier',
				{ contactLookup: 'identifier', contactValue: '={{ "" }}' },
				'Identifier is required',
			],
			[
				'no content and no file',
				{ content: '   ' },
				'The message is empty: set Content or Attachments',
			],
			[
				'a template without a name',
				{ messageKind: 'template', templateName: '={{ "" }}', templateLanguage: 'en' },
				'Template Name is required',
			],
			[
				'a template without a language',
				{ messageKind: 'template', templateName: 'hello_world', templateLanguage: '={{ " " }}' },
				'Template Language is required',
			],
			[
				'template parameters that are not JSON',
				{
					messageKind: 'template',
					templateName: 'a',
					templateLanguage: 'en',
					templateParams: '{body',
				},
				'Template Params is not valid JSON',
			],
			[
				'template parameters that are a list',
				{
					messageKind: 'template',
					templateName: 'a',
					templateLanguage: 'en',
					templateParams: '[1]',
				},
				'Template Params must be a JSON object',
			],
			['no inbox', { inboxId: inbox('={{ "" }}') }, 'Inbox ID is required'],
			[
				'a missing binary property',
				{ attachments: 'invoice' },
				'Item 0 has no binary property "invoice"',
			],
		])('%s', async (_name, extra, text) => {
			const result = await runNode({
				baseUrl: server.baseUrl,
				parameters: send(extra as INodeParameters),
			});
			expect(result.status).toBe('error');
			expect(result.error?.message).toContain(text);
			expect(server.requests).toEqual([]);
		});

		test('the error names the expected form of a phone number', async () => {
			const result = await runNode({
				baseUrl: server.baseUrl,
				parameters: send({ contactLookup: 'phone_number', contactValue: '0151 1234' }),
			});
			expect(result.error?.description).toContain('+4915112345678');
		});
	});

	test('a failure midway says what was already created', async () => {
		server.reply('POST', FILTER, { body: page([]) });
		server.reply('POST', CONTACTS, {
			body: { payload: { contact: contact(63), contact_inbox: linkTo(3, 'uuid-63') } },
		});
		server.reply('GET', conversationsOf(63), { body: { payload: [] } });
		server.reply('POST', CONVERSATIONS, {
			status: 422,
			body: { message: 'Inbox is not available' },
		});
		const result = await runNode({ baseUrl: server.baseUrl, parameters: send() });
		expect(result.status).toBe('error');
		expect(result.error?.message).toBe(
			'Contact 63 was created, then creating the conversation failed: Invalid input (422): Inbox is not available',
		);
		expect(result.error?.description).toMatch(/^Nothing of the above was undone\./);
		expect(calls()).toHaveLength(4);
	});

	test('a failed message after a new conversation says both were created', async () => {
		server.reply('POST', FILTER, { body: page([contact(7)]) });
		server.reply('GET', conversationsOf(7), { body: { payload: [] } });
		server.reply('POST', CONVERSATIONS, { body: conversation(76, 3, 'open') });
		server.reply('POST', messagesOf(76), { status: 422, body: { error: 'Content is too long' } });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: send() });
		expect(result.error?.message).toBe(
			'Found contact 7, conversation 76 was created, then sending the message failed: Invalid input (422): Content is too long',
		);
	});

	test('a failed first request is reported as it is: nothing was done', async () => {
		server.reply('POST', FILTER, { status: 401, body: { error: 'Invalid Access Token' } });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: send() });
		expect(result.error?.message).toBe('Access token refused (401): Invalid Access Token');
		expect(calls()).toEqual([`POST ${FILTER}`]);
	});

	test('Continue On Fail: a refused item and a failed item become error items, the others are sent', async () => {
		server.on((request) =>
			request.path === FILTER
				? {
						body: page([
							contact(7, {
								email: (request.body as IDataObject & { payload: Array<{ values: string[] }> })
									.payload[0].values[0],
							}),
						]),
					}
				: undefined,
		);
		server.reply('GET', conversationsOf(7), { body: { payload: [conversation(41, 3, 'open')] } });
		let sentCount = 0;
		server.on((request) => {
			if (request.path !== messagesOf(41)) return undefined;
			sentCount++;
			return sentCount === 1
				? { body: message(930, 41) }
				: { status: 422, body: { error: 'Conversation is locked' } };
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			items: [
				{ json: { email: 'maria@example.com' } },
				{ json: { email: 'not-an-email' } },
				{ json: { email: 'maria@example.com' } },
			],
			parameters: send({ contactValue: '={{ $json.email }}' }),
		});
		expect(result.status).toBe('success');
		expect(result.output).toHaveLength(3);
		expect(result.output[0]).toMatchObject({ message: { id: 930 }, contactCreated: false });
		expect(String(result.output[1].error)).toContain('Email is not an email address');
		expect(String(result.output[2].error)).toBe(
			'Found contact 7, found conversation 41, then sending the message failed: Invalid input (422): Conversation is locked',
		);
		// the refused item made no request
		expect(calls().filter((call) => call === `POST ${FILTER}`)).toHaveLength(2);
	});

	test('the operation says what it does, for people and AI tools', () => {
		const text = operationDescription('message', 'sendToContact');
		expect(text).toContain('exactly');
		expect(text).toContain('open or pending conversation');
		expect(text).toContain('User tokens only');
	});
});
