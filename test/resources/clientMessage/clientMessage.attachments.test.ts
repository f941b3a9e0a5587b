import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { IBinaryData, IDataObject, INodeExecutionData } from 'n8n-workflow';

import { runNode } from '../../harness/engine';
import { findOperation, requestProblems, spec } from '../../harness/openapi';
import { Recorder, type RecordedRequest } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const INBOX = 'cVx4Wm9kq2PHR1oYv5TnZ3aB';
const CONTACT = '6b1e3c0a-9d52-4f1e-b2a4-1f0c8e7d5a21';
const PATH = `/public/api/v1/inboxes/${INBOX}/contacts/${CONTACT}/conversations/7/messages`;
const create = {
	resource: 'clientMessage',
	operation: 'create',
	inboxIdentifier: INBOX,
	contactIdentifier: CONTACT,
	conversationId: { __rl: true, mode: 'id', value: 7 },
};

// bytes that are not valid UTF-8, so any re-encoding would show
const PDF = Buffer.from([
	0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x0a, 0xe2, 0xe3, 0xcf, 0xd3, 0x00, 0xff,
]);
const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0xff, 0xfe]);

const binary = (data: Buffer, fileName: string, mimeType: string): IBinaryData => ({
	data: data.toString('base64'),
	fileName,
	mimeType,
});
const itemWith = (properties: Record<string, IBinaryData>): INodeExecutionData => ({
	json: {},
	binary: properties,
});
const sent = {
	id: 105,
	content: 'Photo of the parcel',
	message_type: 0,
	content_type: 'text',
	conversation_id: 7,
	attachments: [{ id: 31, file_type: 'image' }],
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

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);

/** The form's field names and values (files as text), checked against the operation's multipart schema. */
function formProblems(request: RecordedRequest): string[] {
	const schema = findOperation(request.method, request.path)?.spec.operation.requestBody?.content[
		'multipart/form-data'
	]?.schema as IDataObject;
	const form: IDataObject = {};
	const boundary = boundaryOf(request);
	for (const chunk of request.rawBody.toString('latin1').split(`--${boundary}`).slice(1, -1)) {
		const end = chunk.indexOf('\r\n\r\n');
		const head = chunk.slice(2, end);
		const name = /name="([^"]*)"/.exec(head)?.[1] ?? '';
		const value = chunk.slice(end + 4, -2);
		form[name] = /filename="/.test(head) ? [...((form[name] as string[]) ?? []), value] : value;
	}
	const check = ajv.compile(schema);
	return check(form)
		? []
		: (check.errors ?? []).map(
				(error) => `${error.instancePath || '(root)'} ${error.message ?? ''}`,
			);
}

describe('Create a client message with attachments (multipart, docs/server-facts.md#client-message-create-and-cursor)', () => {
	test('text and one file: content and echo_id as form fields, the file as attachments[] with name, type and bytes; no token', async () => {
		server.reply('POST', PATH, { body: sent });
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [itemWith({ data: binary(PNG, 'parcel.png', 'image/png') })],
			parameters: {
				...create,
				content: 'Photo of the parcel',
				additionalFields: { echoId: 'n8n-7' },
				attachments: 'data',
			},
		});
		expect(result.error?.message).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		const [request] = server.requests;
		const b = boundaryOf(request);
		expect(request.rawBody.toString('latin1')).toBe(
			bytes(
				field(b, 'content', 'Photo of the parcel'),
				field(b, 'echo_id', 'n8n-7'),
				fileHead(b, 'parcel.png', 'image/png'),
				PNG,
				`\r\n--${b}--\r\n`,
			),
		);
		expect(request.headers['api-access-token']).toBeUndefined();
		expect(requestProblems(request)).toEqual([]);
		expect(formProblems(request)).toEqual([]);
		expect(result.output).toEqual([sent]);
	});

	test('files without text: Content may stay empty, and is not sent', async () => {
		server.reply('POST', PATH, { body: sent });
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [
				itemWith({
					data: binary(PNG, 'parcel.png', 'image/png'),
					receipt: binary(PDF, 'receipt.pdf', 'application/pdf'),
				}),
			],
			parameters: { ...create, attachments: 'receipt, data' },
		});
		expect(result.error?.message).toBeUndefined();
		const [request] = server.requests;
		const b = boundaryOf(request);
		expect(request.rawBody.toString('latin1')).toBe(
			bytes(
				fileHead(b, 'receipt.pdf', 'application/pdf'),
				PDF,
				'\r\n',
				fileHead(b, 'parcel.png', 'image/png'),
				PNG,
				`\r\n--${b}--\r\n`,
			),
		);
		expect(requestProblems(request)).toEqual([]);
		expect(formProblems(request)).toEqual([]);
		expect(result.output).toEqual([sent]);
	});

	test('neither Content nor Attachments is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...create, content: '', attachments: ' ' },
		});
		expect(result.error?.message).toBe('The message needs Content or Attachments (item 0)');
		expect(result.error?.description).toContain('Attachments');
		expect(server.requests).toHaveLength(0);
	});

	test('a binary property the item does not have is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [itemWith({ data: binary(PNG, 'parcel.png', 'image/png') })],
			parameters: { ...create, content: 'Here', attachments: 'photo' },
		});
		expect(result.error?.message).toBe('Item 0 has no binary property "photo"');
		expect(result.error?.description).toContain('This item has: data.');
		expect(server.requests).toHaveLength(0);
	});

	test('text alone stays JSON', async () => {
		server.reply('POST', PATH, { body: sent });
		await runNode({ baseUrl: server.baseUrl, parameters: { ...create, content: 'Just text' } });
		expect(String(server.requests[0].headers['content-type'])).toMatch(/^application\/json/);
		expect(server.requests[0].body).toEqual({ content: 'Just text' });
	});
});

describe('openapi/ for client message create', () => {
	const content = () =>
		(
			(
				spec.paths[
					'/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages'
				] as Record<string, IDataObject>
			).post.requestBody as IDataObject
		).content as Record<string, { schema: IDataObject }>;

	test('JSON needs the text; the multipart form needs files and takes the text as optional (docs/server-facts.md#client-message-create-and-cursor)', () => {
		expect(content()['application/json'].schema.required).toEqual(['content']);
		expect(content()['multipart/form-data'].schema).toMatchObject({
			additionalProperties: false,
			required: ['attachments[]'],
			properties: {
				'attachments[]': {
					anyOf: [
						{ type: 'string', format: 'binary' },
						{ type: 'array', items: { type: 'string', format: 'binary' } },
					],
				},
			},
		});
	});
});
