import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IBinaryData, IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { runNode, TOKEN } from '../../harness/engine';
import { findOperation, requestProblems, spec } from '../../harness/openapi';
import { Recorder, type RecordedRequest } from '../../harness/recorder';

/** Chatwoot, and a file store on another origin, as data_url addresses usually are. */
const server = new Recorder();
const files = new Recorder();
beforeAll(async () => Promise.all([server.start(), files.start()]));
afterAll(async () => Promise.all([server.stop(), files.stop()]));
beforeEach(() => {
	server.reset();
	files.reset();
});

const MESSAGES = '/api/v1/accounts/1/conversations/42/messages';
const conversation = { __rl: true, mode: 'id', value: 42 };
const create = { resource: 'message', operation: 'create', conversationId: conversation };

// bytes that are not valid UTF-8, so any re-encoding would show
const PDF = Buffer.from([
	0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff,
]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]);
const JPEG = Buffer.from([
	0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0xff, 0xd9,
]);

const binary = (data: Buffer, fileName: string, mimeType: string): IBinaryData => ({
	data: data.toString('base64'),
	fileName,
	mimeType,
});
const itemWith = (properties: Record<string, IBinaryData>): INodeExecutionData => ({
	json: {},
	binary: properties,
});

const created = {
	id: 920,
	content: 'Invoice attached',
	conversation_id: 42,
	message_type: 1,
	attachments: [{ id: 75, file_type: 'file' }],
};

function boundaryOf(request: RecordedRequest): string {
	const match = /^multipart\/form-data; boundary=(\S+)$/.exec(
		String(request.headers['content-type']),
	);
	if (!match) throw new Error(`not multipart: ${String(request.headers['content-type'])}`);
	return match[1];
}

const field = (b: string, name: string, value: string) =>
	`--${b}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`;
const fileHead = (b: string, fileName: string, mimeType: string) =>
	`--${b}\r\nContent-Disposition: form-data; name="attachments[]"; filename="${fileName}"\r\nContent-Type: ${mimeType}\r\n\r\n`;
/** Text and bytes joined; latin1 maps each byte to one character, so comparisons are byte for byte. */
const bytes = (...parts: Array<string | Buffer>) =>
	Buffer.concat(
		parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : part)),
	).toString('latin1');

interface Part {
	name: string;
	fileName?: string;
	mimeType?: string;
	data: Buffer;
}

function formParts(raw: Buffer, boundary: string): Part[] {
	const chunks = raw.toString('latin1').split(`--${boundary}`);
	expect(chunks[0]).toBe('');
	expect(chunks[chunks.length - 1]).toBe('--\r\n');
	return chunks.slice(1, -1).map((chunk) => {
		const end = chunk.indexOf('\r\n\r\n');
		const head = chunk.slice(2, end);
		return {
			name: /name="([^"]*)"/.exec(head)?.[1] ?? '',
			fileName: /filename="([^"]*)"/.exec(head)?.[1],
			mimeType: /\r\nContent-Type: (.*)$/.exec(head)?.[1],
			data: Buffer.from(chunk.slice(end + 4, -2), 'latin1'),
		};
	});
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...spec, $id: 'spec' } as object, 'spec');
const deref = (schema: IDataObject): IDataObject => {
	const ref = schema.$ref as string | undefined;
	return ref ? (spec.components.schemas[ref.split('/').pop() as string] as IDataObject) : schema;
};

/** The form read back as the server would (JSON text, booleans), checked against the operation's multipart schema. */
function formProblems(request: RecordedRequest): string[] {
	const found = findOperation(request.method, request.path);
	const schema = deref(
		found?.spec.operation.requestBody?.content['multipart/form-data']?.schema as IDataObject,
	);
	const properties = (schema.properties ?? {}) as Record<string, IDataObject>;
	const form: IDataObject = {};
	for (const part of formParts(request.rawBody, boundaryOf(request))) {
		if (part.fileName !== undefined) {
			form[part.name] = [...((form[part.name] as string[]) ?? []), part.data.toString('latin1')];
			continue;
		}
		const text = part.data.toString('utf8');
		const type = deref(properties[part.name] ?? {}).type;
		form[part.name] =
			type === 'boolean' ? text === 'true' : type === 'object' ? JSON.parse(text) : text;
	}
	const check = ajv.compile(
		JSON.parse(JSON.stringify(schema).replace(/"#\/components\//g, '"spec#/components/')),
	);
	return check(form)
		? []
		: (check.errors ?? []).map(
				(error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`,
			);
}

describe('Create a message with attachments (multipart, docs/server-facts.md#message-create-fields)', () => {
	test('one file: the JSON fields become form fields, the file an attachments[] part with its name, type and bytes', async () => {
		server.reply('POST', MESSAGES, { body: created });
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [itemWith({ invoice: binary(PDF, 'invoice.pdf', 'application/pdf') })],
			parameters: {
				...create,
				content: 'Invoice attached',
				additionalFields: { private: true, contentAttributes: '{"in_reply_to": 901}' },
				attachments: 'invoice',
			},
		});
		expect(result.error?.message).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		const [request] = server.requests;
		const b = boundaryOf(request);
		expect(request.rawBody.toString('latin1')).toBe(
			bytes(
				field(b, 'private', 'true'),
				field(b, 'content', 'Invoice attached'),
				field(b, 'content_attributes', '{"in_reply_to":901}'),
				fileHead(b, 'invoice.pdf', 'application/pdf'),
				PDF,
				`\r\n--${b}--\r\n`,
			),
		);
		expect(request.headers['api-access-token']).toBe(TOKEN);
		expect(requestProblems(request)).toEqual([]);
		expect(formProblems(request)).toEqual([]);
		// the body went as a Buffer with json off, and the JSON answer is still parsed
		expect(result.output).toEqual([created]);
	});

	test('several files, no text: one attachments[] part each, in the order named, bytes intact', async () => {
		server.reply('POST', MESSAGES, { body: created });
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [
				itemWith({
					data: binary(PNG, 'screenshot.png', 'image/png'),
					invoice: binary(PDF, 'invoice "final".pdf', 'application/pdf'),
					photo: binary(JPEG, 'box.jpg', 'image/jpeg'),
				}),
			],
			parameters: { ...create, attachments: ' invoice ,data,photo' },
		});
		expect(result.error?.message).toBeUndefined();
		const [request] = server.requests;
		const b = boundaryOf(request);
		expect(request.rawBody.toString('latin1')).toBe(
			bytes(
				fileHead(b, 'invoice %22final%22.pdf', 'application/pdf'),
				PDF,
				`\r\n`,
				fileHead(b, 'screenshot.png', 'image/png'),
				PNG,
				`\r\n`,
				fileHead(b, 'box.jpg', 'image/jpeg'),
				JPEG,
				`\r\n--${b}--\r\n`,
			),
		);
		expect(
			formParts(request.rawBody, b).map(({ name, fileName, mimeType, data }) => [
				name,
				fileName,
				mimeType,
				data.toString('hex'),
			]),
		).toEqual([
			['attachments[]', 'invoice %22final%22.pdf', 'application/pdf', PDF.toString('hex')],
			['attachments[]', 'screenshot.png', 'image/png', PNG.toString('hex')],
			['attachments[]', 'box.jpg', 'image/jpeg', JPEG.toString('hex')],
		]);
		expect(requestProblems(request)).toEqual([]);
		expect(formProblems(request)).toEqual([]);
		expect(result.output).toEqual([created]);
	});

	test('each input item sends its own files', async () => {
		server.reply('POST', MESSAGES, { body: created });
		await runNode({
			baseUrl: server.baseUrl,
			items: [
				itemWith({ data: binary(PDF, 'a.pdf', 'application/pdf') }),
				itemWith({ data: binary(PNG, 'b.png', 'image/png') }),
			],
			parameters: { ...create, content: '={{ "file " + $itemIndex }}', attachments: 'data' },
		});
		expect(server.requests).toHaveLength(2);
		expect(
			server.requests.map((request) =>
				formParts(request.rawBody, boundaryOf(request)).map(({ name, fileName, data }) => [
					name,
					fileName ?? data.toString('latin1'),
				]),
			),
		).toEqual([
			[
				['content', 'file 0'],
				['attachments[]', 'a.pdf'],
			],
			[
				['content', 'file 1'],
				['attachments[]', 'b.png'],
			],
		]);
	});

	test('a file without a name or type goes as its property name and application/octet-stream', async () => {
		server.reply('POST', MESSAGES, { body: created });
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: {}, binary: { data: { data: PNG.toString('base64'), mimeType: '' } } }],
			parameters: { ...create, attachments: 'data' },
		});
		const [part] = formParts(server.requests[0].rawBody, boundaryOf(server.requests[0]));
		expect([part.fileName, part.mimeType, part.data.equals(PNG)]).toEqual([
			'data',
			'application/octet-stream',
			true,
		]);
	});

	test('an empty Attachments leaves the request JSON, exactly as without the field', async () => {
		server.reply('POST', MESSAGES, { body: created });
		await runNode({
			baseUrl: server.baseUrl,
			items: [itemWith({ data: binary(PDF, 'a.pdf', 'application/pdf') })],
			parameters: { ...create, content: 'Hello', attachments: ' , ' },
		});
		expect(String(server.requests[0].headers['content-type'])).toMatch(/^application\/json/);
		expect(server.requests[0].body).toEqual({ content: 'Hello' });
	});

	test('a binary property the item does not have is refused before any request, naming the ones it has', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [
				itemWith({
					data: binary(PDF, 'a.pdf', 'application/pdf'),
					photo: binary(JPEG, 'b.jpg', 'image/jpeg'),
				}),
			],
			parameters: { ...create, content: 'Hello', attachments: 'data, invoice' },
		});
		expect(result.error?.message).toBe('Item 0 has no binary property "invoice"');
		expect(result.error?.description).toContain('This item has: data, photo.');
		expect(server.requests).toHaveLength(0);
	});

	test('an item without binary data says so', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...create, content: 'Hello', attachments: 'data' },
		});
		expect(result.error?.message).toBe('Item 0 has no binary property "data"');
		expect(result.error?.description).toContain('This item has no binary data');
		expect(server.requests).toHaveLength(0);
	});

	test('Template Params with Attachments is refused: form text cannot carry a template', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [itemWith({ data: binary(PDF, 'a.pdf', 'application/pdf') })],
			parameters: {
				...create,
				additionalFields: { templateParams: '{"name": "order_update", "language": "en"}' },
				attachments: 'data',
			},
		});
		expect(result.error?.message).toBe('Template Params cannot be sent with Attachments (item 0)');
		expect(server.requests).toHaveLength(0);
	});
});

const ATTACHMENTS = '/api/v1/accounts/1/conversations/42/attachments';
const download = {
	resource: 'message',
	operation: 'downloadAttachments',
	conversationId: conversation,
};
const contact = { id: 7, name: 'Maria Lopez', type: 'contact' };

/** One record of `GET …/attachments`, as Chatwoot's attachments view writes it. */
const attachment = (id: number, messageId: number, extra: IDataObject = {}): IDataObject => ({
	id,
	message_id: messageId,
	file_type: 'file',
	data_url: `${files.baseUrl}/rails/active_storage/blobs/redirect/blob${id}/file-${id}.txt`,
	thumb_url: '',
	file_size: 3,
	extension: null,
	width: null,
	height: null,
	created_at: 1767225000 + messageId,
	sender: contact,
	...extra,
});

const decoded = (data: IBinaryData | undefined) => Buffer.from(data?.data ?? '', 'base64');

describe('Download message attachments', () => {
	test('the message’s files as attachment_0, attachment_1: bytes, names and types, fetched without the token', async () => {
		const invoice = attachment(75, 903, {
			data_url: `${files.baseUrl}/rails/active_storage/blobs/redirect/eyJfcmFpbHMi--3d9a/invoice-A-1001.pdf`,
			file_size: PDF.length,
		});
		const photo = attachment(76, 903, {
			file_type: 'image',
			data_url: `${files.baseUrl}/uploads/damaged-box.jpg`,
			file_size: JPEG.length,
			width: 1280,
			height: 960,
		});
		const map = attachment(77, 905, {
			file_type: 'location',
			data_url: 'https://maps.example.com/?q=52.52,13.40',
		});
		const older = attachment(70, 880);
		// newest first, as Chatwoot lists them
		server.reply('GET', ATTACHMENTS, {
			body: { meta: { total_count: 4 }, payload: [map, photo, invoice, older] },
		});
		// Active Storage answers with a redirect to the storage service, which names the file
		files.reply(
			'GET',
			'/rails/active_storage/blobs/redirect/eyJfcmFpbHMi--3d9a/invoice-A-1001.pdf',
			{
				status: 302,
				headers: { location: `${files.baseUrl}/storage/3d9a?signature=abc` },
			},
		);
		files.reply('GET', '/storage/3d9a', {
			body: PDF,
			headers: {
				'content-type': 'application/pdf',
				'content-disposition':
					'inline; filename="invoice-A-1001.pdf"; filename*=UTF-8\'\'invoice-A-1001.pdf',
			},
		});
		files.reply('GET', '/uploads/damaged-box.jpg', {
			body: JPEG,
			headers: { 'content-type': 'image/jpeg' },
		});

		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...download, messageId: 903 },
		});

		expect(result.error?.message).toBeUndefined();
		expect(result.items).toHaveLength(1);
		const [item] = result.items;
		expect(item.json).toEqual({
			message_id: 903,
			attachments: [
				{
					...invoice,
					binary_property: 'attachment_0',
					file_name: 'invoice-A-1001.pdf',
					mime_type: 'application/pdf',
				},
				{
					...photo,
					binary_property: 'attachment_1',
					file_name: 'damaged-box.jpg',
					mime_type: 'image/jpeg',
				},
			],
		});
		expect(Object.keys(item.binary ?? {})).toEqual(['attachment_0', 'attachment_1']);
		expect(decoded(item.binary?.attachment_0).equals(PDF)).toBe(true);
		expect(decoded(item.binary?.attachment_1).equals(JPEG)).toBe(true);
		expect(item.binary?.attachment_0).toMatchObject({
			fileName: 'invoice-A-1001.pdf',
			mimeType: 'application/pdf',
			fileExtension: 'pdf',
		});
		expect(item.binary?.attachment_1).toMatchObject({
			fileName: 'damaged-box.jpg',
			mimeType: 'image/jpeg',
			fileExtension: 'jpg',
		});

		// one Chatwoot call, with the token, as openapi/ describes it
		expect(
			server.requests.map((request) => [request.method, request.path, request.rawQuery]),
		).toEqual([['GET', ATTACHMENTS, '']]);
		expect(server.requests[0].headers['api-access-token']).toBe(TOKEN);
		expect(requestProblems(server.requests[0])).toEqual([]);
		// the file store got no token, on the first request nor after the redirect
		expect(files.requests.map((request) => request.path)).toEqual([
			'/rails/active_storage/blobs/redirect/eyJfcmFpbHMi--3d9a/invoice-A-1001.pdf',
			'/storage/3d9a',
			'/uploads/damaged-box.jpg',
		]);
		for (const request of files.requests) {
			expect(request.headers['api-access-token']).toBeUndefined();
			expect(request.headers.api_access_token).toBeUndefined();
			expect(JSON.stringify(request.headers)).not.toContain(TOKEN);
		}
	});

	test('the name from filename*, and the type from the name when the store says application/octet-stream', async () => {
		const resume = attachment(80, 903, { data_url: `${files.baseUrl}/blob/80` });
		server.reply('GET', ATTACHMENTS, { body: { meta: { total_count: 1 }, payload: [resume] } });
		files.reply('GET', '/blob/80', {
			body: PDF,
			headers: {
				'content-type': 'application/octet-stream',
				'content-disposition':
					'attachment; filename="resume.pdf"; filename*=UTF-8\'\'r%C3%A9sum%C3%A9.pdf',
			},
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...download, messageId: 903 },
		});
		expect(result.items[0].binary?.attachment_0).toMatchObject({
			fileName: 'résumé.pdf',
			mimeType: 'application/pdf',
		});
		expect(decoded(result.items[0].binary?.attachment_0).equals(PDF)).toBe(true);
	});

	test('a message without attachments gives its ID and an empty list, and downloads nothing', async () => {
		server.reply('GET', ATTACHMENTS, {
			body: { meta: { total_count: 2 }, payload: [attachment(76, 903), attachment(75, 903)] },
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...download, messageId: 904 },
		});
		expect(result.items).toEqual([
			expect.objectContaining({ json: { message_id: 904, attachments: [] } }),
		]);
		expect(result.items[0].binary).toBeUndefined();
		expect(files.requests).toHaveLength(0);
	});

	test('a file store that refuses the download fails the item with the address and status', async () => {
		server.reply('GET', ATTACHMENTS, {
			body: {
				meta: { total_count: 1 },
				payload: [attachment(75, 903, { data_url: `${files.baseUrl}/blob/75` })],
			},
		});
		files.reply('GET', '/blob/75', {
			status: 403,
			body: '<Error><Code>AccessDenied</Code></Error>',
		});
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...download, messageId: 903 },
		});
		expect(result.error?.message).toBe(
			'Could not download attachment 75 of message 903: the file address answered 403 (item 0)',
		);
		expect(result.error?.description).toContain(`${files.baseUrl}/blob/75`);
	});

	test('a missing Message ID is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...download, messageId: 0 },
		});
		expect(result.error?.message).toBe('Message ID is required (item 0)');
		expect(server.requests).toHaveLength(0);
	});
});

/** Attachments of messages `from` down to `to`, one each, newest first: what a page of the list holds. */
const run = (from: number, to: number) =>
	Array.from({ length: from - to + 1 }, (_, index) =>
		attachment(10000 + from - index, from - index),
	);

describe('Download message attachments: paging the conversation’s list (100 a page, newest first)', () => {
	function pages(all: IDataObject[], total?: number) {
		server.on((request) => {
			if (!request.path.endsWith('/attachments')) return undefined;
			const page = Number(request.query.page ?? 1);
			return {
				body: {
					...(total === undefined ? {} : { meta: { total_count: total } }),
					payload: all.slice((page - 1) * 100, page * 100),
				},
			};
		});
		files.on((request) => ({
			body: Buffer.from(`file of ${request.path}`),
			headers: { 'content-type': 'text/plain' },
		}));
	}

	test('a message on page 2: 2 requests, the second with page=2, same account, token, and described in openapi/', async () => {
		// messages 1200…1101 fill page 1; message 1100 has two attachments at the top of page 2
		const all = [
			...run(1200, 1101),
			attachment(501, 1100),
			attachment(500, 1100),
			...run(1099, 1060),
		];
		pages(all, all.length);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...download, accountId: '7', messageId: 1100 },
		});
		expect(result.error?.message).toBeUndefined();
		expect(server.requests.map((request) => [request.path, request.rawQuery])).toEqual([
			['/api/v1/accounts/7/conversations/42/attachments', ''],
			['/api/v1/accounts/7/conversations/42/attachments', 'page=2'],
		]);
		for (const request of server.requests) {
			expect(request.headers['api-access-token']).toBe(TOKEN);
			expect(requestProblems(request)).toEqual([]);
		}
		expect((result.items[0].json.attachments as IDataObject[]).map((record) => record.id)).toEqual([
			500, 501,
		]);
		expect(decoded(result.items[0].binary?.attachment_0).toString()).toBe(
			'file of /rails/active_storage/blobs/redirect/blob500/file-500.txt',
		);
		expect(
			files.requests.every((request) => request.headers['api-access-token'] === undefined),
		).toBe(true);
	});

	test('a message’s attachments split across pages 1 and 2 are all found', async () => {
		const all = [
			...run(1200, 1102),
			attachment(502, 1101),
			attachment(501, 1101),
			attachment(500, 1101),
			...run(1100, 1090),
		];
		pages(all, all.length);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...download, messageId: 1101 },
		});
		expect(server.requests.map((request) => request.rawQuery)).toEqual(['', 'page=2']);
		expect((result.items[0].json.attachments as IDataObject[]).map((record) => record.id)).toEqual([
			500, 501, 502,
		]);
		expect(Object.keys(result.items[0].binary ?? {})).toEqual([
			'attachment_0',
			'attachment_1',
			'attachment_2',
		]);
	});

	test('a full page that ends on an older message is the last one needed', async () => {
		const all = [...run(1200, 1151), attachment(501, 1150), ...run(1149, 1050)];
		pages(all, all.length);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...download, messageId: 1150 },
		});
		expect(server.requests.map((request) => request.rawQuery)).toEqual(['']);
		expect((result.items[0].json.attachments as IDataObject[]).map((record) => record.id)).toEqual([
			501,
		]);
	});

	test('total_count ends the loop without asking for an empty page', async () => {
		pages(run(1200, 1101), 100);
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...download, messageId: 900 },
		});
		expect(server.requests.map((request) => request.rawQuery)).toEqual(['']);
		expect(result.items[0].json).toEqual({ message_id: 900, attachments: [] });
	});

	test('without a total, a short page ends the loop', async () => {
		pages(run(1250, 1101));
		await runNode({ baseUrl: server.baseUrl, parameters: { ...download, messageId: 900 } });
		expect(server.requests.map((request) => request.rawQuery)).toEqual(['', 'page=2']);
	});

	test('a server that ignores page (the same records again) is asked twice, not forever', async () => {
		server.on(() => ({ body: { payload: run(1200, 1101) } }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...download, messageId: 900 },
		});
		expect(server.requests.map((request) => request.rawQuery)).toEqual(['', 'page=2']);
		expect(result.items[0].json).toEqual({ message_id: 900, attachments: [] });
	});
});

describe('openapi/ for message attachments', () => {
	const conversationPath = '/api/v1/accounts/{account_id}/conversations/{conversation_id}';
	const operation = (suffix: string, method: string) =>
		(spec.paths[`${conversationPath}${suffix}`] as Record<string, IDataObject>)[method];

	test('create takes JSON or a multipart form whose attachments[] are files (docs/server-facts.md#message-create-fields)', () => {
		const content = (operation('/messages', 'post').requestBody as IDataObject)
			.content as IDataObject;
		expect(Object.keys(content)).toEqual(['application/json', 'multipart/form-data']);
		const form = spec.components.schemas.MessageCreateForm as {
			properties: Record<string, IDataObject>;
			additionalProperties: boolean;
		};
		expect(form.additionalProperties).toBe(false);
		// one file part parses as a single value, several as a list: both are files; the part name is
		// what the node sends and what Prism (the e2e mock) checks the form against
		expect(form.properties['attachments[]']).toMatchObject({
			anyOf: [
				{ type: 'string', format: 'binary' },
				{ type: 'array', items: { type: 'string', format: 'binary' } },
			],
		});
	});

	test('the attachments list Chatwoot serves but does not document is described, with its page parameter', () => {
		const list = operation('/attachments', 'get');
		expect(list.operationId).toBe('message.downloadAttachments');
		expect((list.parameters as IDataObject[]).map((parameter) => parameter.name)).toEqual(['page']);
	});

	test('the e2e node, answered with the example the mock serves, gives what message.expect.json expects', async () => {
		const read = (file: string) =>
			JSON.parse(readFileSync(path.resolve(__dirname, '../../e2e/workflows', file), 'utf8'));
		const name = 'Download message attachments';
		const node = (
			read('message.json').nodes as Array<{ name: string; parameters: INodeParameters }>
		).find((candidate) => candidate.name === name);
		const expected = read('message.expect.json').nodes[name] as {
			items: number;
			json: IDataObject;
		};
		const example = (
			((operation('/attachments', 'get').responses as IDataObject)['200'] as IDataObject)
				.content as Record<string, IDataObject>
		)['application/json'].example;
		server.reply('GET', ATTACHMENTS, { body: example });
		const result = await runNode({ baseUrl: server.baseUrl, parameters: node?.parameters ?? {} });
		expect(result.error?.message).toBeUndefined();
		expect(server.requests.flatMap(requestProblems)).toEqual([]);
		expect(result.output).toHaveLength(expected.items);
		expect(result.output[0]).toMatchObject(expected.json);
		expect((result.output[0].attachments as IDataObject[]).length).toBe(
			(expected.json.attachments as IDataObject[]).length,
		);
	});
});
