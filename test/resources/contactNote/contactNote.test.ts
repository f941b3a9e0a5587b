import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';
import { description } from '../../harness/operations';
import { specOperations } from '../../harness/openapi';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const sam = {
	id: 3,
	name: 'Sam Rivera',
	available_name: 'Sam Rivera',
	email: 'sam@example.com',
	role: 'agent',
};
// Chatwoot's note view leaves account_id and contact_id empty
const note = (id: number, content: string) => ({
	id,
	content,
	account_id: null,
	contact_id: null,
	user: sam,
	created_at: 1714650000,
	updated_at: 1714650000,
});
const called = note(31, 'Prefers to be called in the afternoon.');
const invoice = note(27, 'Asked for an invoice in EUR.');
const contact = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });
const NOTES = '/api/v1/accounts/1/contacts/42/notes';

const cases: RequestCase[] = [
	{
		name: 'getAll gives one item per note of the contact, in one request without page',
		parameters: {
			resource: 'contactNote',
			operation: 'getAll',
			contactId: contact(42),
			returnAll: true,
		},
		expect: { method: 'GET', path: NOTES },
		reply: { body: [called, invoice] },
		output: [called, invoice],
	},
	{
		name: 'getAll with a limit keeps the newest notes, as Chatwoot lists them',
		parameters: {
			resource: 'contactNote',
			operation: 'getAll',
			contactId: contact('42', 'list'),
			returnAll: false,
			limit: 1,
		},
		expect: { method: 'GET', path: NOTES },
		reply: { body: [called, invoice] },
		output: [called],
	},
	{
		name: 'get with the contact given by its dashboard link',
		parameters: {
			resource: 'contactNote',
			operation: 'get',
			contactId: contact('https://chat.example.com/app/accounts/1/contacts/42', 'url'),
			noteId: 31,
		},
		expect: { method: 'GET', path: `${NOTES}/31` },
		reply: { body: called },
		output: [called],
	},
	{
		name: 'create sends the text inside note, as Chatwoot reads it',
		parameters: {
			resource: 'contactNote',
			operation: 'create',
			contactId: contact(42),
			content: 'Prefers to be called in the afternoon.',
		},
		expect: {
			method: 'POST',
			path: NOTES,
			body: { note: { content: 'Prefers to be called in the afternoon.' } },
		},
		reply: { body: called },
		output: [called],
	},
	{
		name: 'update sends the new text with PATCH, in the account set on the node',
		parameters: {
			resource: 'contactNote',
			operation: 'update',
			accountId: '3',
			contactId: contact(42),
			noteId: 31,
			content: 'Prefers calls after 3 pm,\nnever on Fridays.',
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/3/contacts/42/notes/31',
			body: { note: { content: 'Prefers calls after 3 pm,\nnever on Fridays.' } },
		},
		reply: { body: { ...called, content: 'Prefers calls after 3 pm,\nnever on Fridays.' } },
		output: [{ ...called, content: 'Prefers calls after 3 pm,\nnever on Fridays.' }],
	},
	{
		name: 'delete answers { success: true } for Chatwoot’s empty 200',
		parameters: {
			resource: 'contactNote',
			operation: 'delete',
			contactId: contact(42),
			noteId: 27,
		},
		expect: { method: 'DELETE', path: `${NOTES}/27` },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Contact Note', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('contactNote', cases);
});

describe('Contact Note input checks', () => {
	test.each(['create', 'update'])(
		'%s refuses a blank text before any request: Chatwoot would refuse it, or not save it',
		async (operation) => {
			const result = await runNode({
				baseUrl: server.baseUrl,
				items: [{ json: { text: '  \n ' } }],
				parameters: {
					resource: 'contactNote',
					operation,
					contactId: contact(42),
					noteId: 31,
					content: '={{ $json.text }}',
				},
			});
			expect(result.error?.message).toBe('Content is required (item 0)');
			expect(server.requests).toHaveLength(0);
		},
	);

	test('the text is sent as written, surrounding spaces and line breaks included', async () => {
		server.on(() => ({ body: called }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contactNote',
				operation: 'create',
				contactId: contact(42),
				content: ' - first line\n - second line\n',
			},
		});
		expect(server.requests[0].body).toEqual({
			note: { content: ' - first line\n - second line\n' },
		});
	});

	test('a note ID mapped from an item that has none is refused with the item number', async () => {
		server.on(() => ({ body: called }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { id: 31 } }, { json: {} }],
			continueOnFail: true,
			parameters: {
				resource: 'contactNote',
				operation: 'get',
				contactId: contact(42),
				noteId: '={{ $json.id }}',
			},
		});
		expect(server.requests.map((request) => request.path)).toEqual([`${NOTES}/31`]);
		expect(result.output[1].error).toBe('Note ID is required (item 1)');
	});

	test('a note of another contact (404) names the contact and the note in the error', async () => {
		server.on(() => ({ status: 404, body: { error: 'Resource could not be found' } }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'contactNote', operation: 'get', contactId: contact(42), noteId: 99 },
		});
		const text = `${result.error?.message} ${result.error?.description}`;
		expect(text).toContain('Contact ID 42');
		expect(text).toContain('Note ID 99');
	});

	test('Chatwoot’s refusal (422) is the error, in its own words', async () => {
		server.on(() => ({ status: 422, body: { message: "Content can't be blank" } }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'contactNote',
				operation: 'create',
				contactId: contact(42),
				content: 'x',
			},
		});
		expect(`${result.error?.message} ${result.error?.description}`).toContain(
			"Content can't be blank",
		);
	});
});

const operationText = (resource: string, value: string) =>
	(
		(description.properties.find(
			(property) =>
				property.name === 'operation' &&
				property.displayOptions?.show?.resource?.includes(resource),
		)?.options ?? []) as Array<{
			value: string;
			description?: string;
		}>
	).find((option) => option.value === value)?.description ?? '';
const apiText = (operationId: string) =>
	String(
		(
			specOperations.find((entry) => entry.operationId === operationId)?.operation as
				{ description?: string } | undefined
		)?.description ?? '',
	);

test('update says the token’s user becomes the author, in the node and in openapi/', () => {
	expect(operationText('contactNote', 'update')).toContain('becomes its author');
	expect(apiText('contactNote.update')).toContain('becomes the note');
});
