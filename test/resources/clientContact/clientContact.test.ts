import { createHmac } from 'node:crypto';
import { NodeHelpers } from 'n8n-workflow';

import { identifierHash } from '../../../nodes/Chatwoot/resources/clientContact/hooks';
import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { requestProblems, spec } from '../../harness/openapi';
import { description, field, operationDescription } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const INBOX = 'cVx4Wm9kq2PHR1oYv5TnZ3aB';
const SOURCE_ID = '6b1e3c0a-9d52-4f1e-b2a4-1f0c8e7d5a21';
const HMAC_TOKEN = 'Jefe';
const IDENTIFIER = 'what do ya want for nothing?';
// RFC 4231, test case 2: HMAC-SHA256 with key "Jefe" of the text above
const IDENTIFIER_HASH = '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843';

const contact = {
	source_id: SOURCE_ID,
	pubsub_token: 'Rk2pWq8sT4vXy7Zb1Nc3Md5L',
	id: 12,
	name: 'Ada Lovelace',
	email: 'ada@example.com',
	phone_number: '+4915112345678',
};
const record = {
	id: 12,
	name: 'Ada Lovelace',
	email: 'ada@example.com',
	identifier: 'user-8812',
	custom_attributes: { plan: 'pro' },
};
const base = { resource: 'clientContact', inboxIdentifier: INBOX };

const cases: RequestCase[] = [
	{
		name: 'create with no fields sends no body: every field is optional',
		parameters: { ...base, operation: 'create' },
		expect: { method: 'POST', path: `/public/api/v1/inboxes/${INBOX}/contacts` },
		reply: { body: contact },
		output: [contact],
	},
	{
		name: 'create sends avatar_url and source_id, which the server reads (docs/server-facts.md#client-contact-avatar-url)',
		parameters: {
			...base,
			operation: 'create',
			additionalFields: {
				name: 'Ada Lovelace',
				email: 'ada@example.com',
				phoneNumber: '+4915112345678',
				avatarUrl: 'https://example.com/ada.png',
				sourceId: 'crm-12',
				identifier: 'user-8812',
				customAttributes: '{"plan":"pro"}',
			},
		},
		expect: {
			method: 'POST',
			path: `/public/api/v1/inboxes/${INBOX}/contacts`,
			body: {
				name: 'Ada Lovelace',
				email: 'ada@example.com',
				phone_number: '+4915112345678',
				avatar_url: 'https://example.com/ada.png',
				source_id: 'crm-12',
				identifier: 'user-8812',
				custom_attributes: { plan: 'pro' },
			},
		},
		reply: { body: { ...contact, source_id: 'crm-12' } },
		output: [{ ...contact, source_id: 'crm-12' }],
	},
	{
		name: 'create with HMAC Token signs the identifier and never sends the token',
		parameters: {
			...base,
			operation: 'create',
			additionalFields: { identifier: IDENTIFIER, hmacToken: HMAC_TOKEN },
		},
		expect: {
			method: 'POST',
			path: `/public/api/v1/inboxes/${INBOX}/contacts`,
			body: { identifier: IDENTIFIER, identifier_hash: IDENTIFIER_HASH },
		},
		reply: { body: contact },
		output: [contact],
	},
	{
		name: 'get by the source ID',
		parameters: { ...base, operation: 'get', contactIdentifier: SOURCE_ID },
		expect: { method: 'GET', path: `/public/api/v1/inboxes/${INBOX}/contacts/${SOURCE_ID}` },
		reply: { body: contact },
		output: [contact],
	},
	{
		name: 'get in an inbox that enforces identity validation sends the signed identifier in the query',
		parameters: {
			...base,
			operation: 'get',
			contactIdentifier: SOURCE_ID,
			options: { identifier: IDENTIFIER, hmacToken: HMAC_TOKEN },
		},
		expect: {
			method: 'GET',
			path: `/public/api/v1/inboxes/${INBOX}/contacts/${SOURCE_ID}`,
			query: { identifier: IDENTIFIER, identifier_hash: IDENTIFIER_HASH },
		},
		reply: { body: contact },
		output: [contact],
	},
	{
		name: 'update sends only the fields set; the answer is the whole record',
		parameters: {
			...base,
			operation: 'update',
			contactIdentifier: SOURCE_ID,
			updateFields: {
				customAttributes: '{"plan":"pro"}',
				avatarUrl: 'https://example.com/ada.png',
			},
		},
		expect: {
			method: 'PATCH',
			path: `/public/api/v1/inboxes/${INBOX}/contacts/${SOURCE_ID}`,
			body: { custom_attributes: { plan: 'pro' }, avatar_url: 'https://example.com/ada.png' },
		},
		reply: { body: record },
		output: [record],
	},
	{
		name: 'update with HMAC Token signs the identifier',
		parameters: {
			...base,
			operation: 'update',
			contactIdentifier: SOURCE_ID,
			updateFields: { identifier: IDENTIFIER, hmacToken: HMAC_TOKEN, email: 'ada@example.com' },
		},
		expect: {
			method: 'PATCH',
			path: `/public/api/v1/inboxes/${INBOX}/contacts/${SOURCE_ID}`,
			body: { identifier: IDENTIFIER, identifier_hash: IDENTIFIER_HASH, email: 'ada@example.com' },
		},
		reply: { body: record },
		output: [record],
	},
];

describe('Client Contact', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('clientContact', cases);

	describe('what update really does is stated, in the node and in openapi/ (docs/server-facts.md#client-contact-update-effects)', () => {
		const specUpdate = String(
			(
				spec.paths[
					'/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}'
				] as Record<string, { description?: string }>
			).patch.description,
		);
		const updateField = (name: string) =>
			String(field('clientContact', 'update', name, 'updateFields')?.description);

		test('Identifier and Identifier Hash are for the signature only, never saved', () => {
			expect(updateField('identifier')).toMatch(/only for identity validation.*does not save it/);
			expect(updateField('identifierHash')).toMatch(/Only checked, not saved/);
			expect(
				String(field('clientContact', 'create', 'identifier', 'additionalFields')?.description),
			).not.toMatch(/not save/);
			expect(specUpdate).toMatch(/removes `identifier` before saving/);
		});

		test('Avatar URL applies only to a contact without an avatar', () => {
			expect(updateField('avatarUrl')).toMatch(/only when the contact has no avatar/);
			expect(specUpdate).toMatch(/`avatar_url` applies only to a contact\s+without an avatar/);
		});

		test('an Email or Phone Number another contact has merges this contact into it: said on both fields and the operation', () => {
			expect(updateField('email')).toMatch(/merged into that one \(and deleted\)/);
			expect(updateField('phoneNumber')).toMatch(/merged into that one \(and deleted\)/);
			expect(operationDescription('clientContact', 'update')).toMatch(
				/merges this contact into that one/,
			);
			expect(operationDescription('clientContact', 'update')).not.toMatch(
				/Change only the fields you set/,
			);
			expect(specUpdate).toMatch(/merges this contact into that one/);
		});

		test('create says an existing contact is returned without the name or custom attributes sent', () => {
			expect(operationDescription('clientContact', 'create')).toMatch(
				/returns that contact without applying the name or custom attributes/,
			);
		});
	});

	test('Contact Identifier is not asked for on create, only after', () => {
		const shown = (operation: string) =>
			description.properties
				.filter((property) => property.name === 'contactIdentifier')
				.some((property) =>
					NodeHelpers.displayParameter(
						{ resource: 'clientContact', operation },
						property,
						null,
						description,
					),
				);
		expect([shown('create'), shown('get'), shown('update')]).toEqual([false, true, true]);
	});
});

describe('the avatar field (docs/server-facts.md#client-contact-avatar-url)', () => {
	test('openapi/ refuses the `avatar` key of Chatwoot’s own description', () => {
		const request = {
			method: 'POST',
			path: `/public/api/v1/inboxes/${INBOX}/contacts`,
			query: {},
			rawQuery: '',
			headers: { 'content-type': 'application/json' },
			rawBody: Buffer.from('{"avatar":"x"}'),
			body: { avatar: 'x' },
		};
		expect(requestProblems(request).join('\n')).toContain('body');
	});
});

describe('identity validation', () => {
	test('the hash is Node’s HMAC-SHA256 in hex, for any text and key', () => {
		for (const [identifier, token] of [
			['user-8812', 'Sg3r1tTok3n'],
			['ünïcødé ✓', 'k'],
			['', 'token'],
		]) {
			expect(identifierHash(identifier, token)).toBe(
				createHmac('sha256', token).update(identifier).digest('hex'),
			);
		}
		expect(identifierHash(IDENTIFIER, HMAC_TOKEN)).toBe(IDENTIFIER_HASH);
	});

	test('each item is signed with its own identifier', async () => {
		server.on(() => ({ body: contact }));
		await runNode({
			baseUrl: server.baseUrl,
			items: [{ json: { id: 'user-1' } }, { json: { id: 'user-2' } }],
			parameters: {
				...base,
				operation: 'create',
				additionalFields: { identifier: '={{ $json.id }}', hmacToken: HMAC_TOKEN },
			},
		});
		expect(
			server.requests.map(
				(request) => (request.body as { identifier_hash: string }).identifier_hash,
			),
		).toEqual([identifierHash('user-1', HMAC_TOKEN), identifierHash('user-2', HMAC_TOKEN)]);
	});

	test('HMAC Token without Identifier is refused before any request', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				...base,
				operation: 'create',
				additionalFields: { name: 'Ada', hmacToken: HMAC_TOKEN },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('HMAC Token needs an Identifier (item 0)');
	});

	test('invalid Custom Attributes JSON is refused with the field’s name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				...base,
				operation: 'update',
				contactIdentifier: SOURCE_ID,
				updateFields: { customAttributes: '{plan: pro}' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('Custom Attributes is not valid JSON (item 0)');
	});
});
