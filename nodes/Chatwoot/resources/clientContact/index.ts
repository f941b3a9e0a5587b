import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson } from '../../helpers/hooks';
import { byDisplayName, jsonObjectField, operationsOf } from '../../fields';
import { CONTACT, CONTACTS } from '../../clientApi';
import { sendIdentifierHash } from './hooks';
import type { ResourceDescription } from '../types';
import { contactIdentifierField, inboxIdentifierField } from '../../clientApi';
import { resourceOption } from '../../fields';

const RESOURCE = 'clientContact';

export const clientContactOperations: INodeProperties = operationsOf(
	RESOURCE,
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a client contact',
			description:
				'Start a contact in the inbox; keep the source_id it returns as Contact Identifier. A Source ID the inbox has, or an Identifier, Email or Phone Number another contact has, returns that contact without applying the name or custom attributes sent.',
			routing: { request: { method: 'POST', url: CONTACTS } },
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a client contact',
			description:
				'Get the contact as the inbox knows it: ID, source ID, name, email and phone number',
			routing: { request: { method: 'GET', url: CONTACT } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a client contact',
			description:
				'Change the fields you set (empty values are ignored, so none can be cleared); custom attributes are merged in. An Email or Phone Number another contact has merges this contact into that one, which is returned.',
			routing: { request: { method: 'PATCH', url: CONTACT } },
		},
	],
	'create',
);

/**
 * Identity validation fields of one collection; a GET carries them in the query, the others in the body.
 * Update only checks the signature: the server drops `identifier` before saving
 * (docs/server-facts.md#client-contact-update-effects).
 */
function identityFields(collection: string, where: 'body' | 'query'): INodeProperties[] {
	const onUpdate = collection === 'updateFields';
	return [
		{
			displayName: 'HMAC Token',
			name: 'hmacToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			description:
				'For inboxes that enforce identity validation: the inbox’s HMAC token (Settings → Inboxes → the inbox → Configuration → Identity Validation). The node signs Identifier with it and sends the signature as identifier_hash.',
			routing: { send: { preSend: [sendIdentifierHash(collection)] } },
		},
		{
			displayName: 'Identifier',
			name: 'identifier',
			type: 'string',
			default: '',
			placeholder: 'e.g. user-8812',
			description: onUpdate
				? 'The contact’s identifier, only for identity validation: the server checks the signature with it and does not save it'
				: 'Your own ID for the contact, such as the user ID in your app; identity validation signs it',
			routing: { send: { type: where, property: 'identifier' } },
		},
		{
			displayName: 'Identifier Hash',
			name: 'identifierHash',
			type: 'string',
			default: '',
			description:
				'Hex HMAC-SHA256 of Identifier made with the inbox’s HMAC token, if you computed it elsewhere. Leave empty when HMAC Token is set: the node computes it.' +
				(onUpdate ? ' Only checked, not saved.' : ''),
			routing: { send: { type: where, property: 'identifier_hash' } },
		},
	];
}

function contactAttributes(collection: string): INodeProperties[] {
	const body = (property: string) => ({ send: { type: 'body' as const, property } });
	const onUpdate = collection === 'updateFields';
	const merges = (what: string) =>
		` If another contact of the account has this ${what}, this contact is merged into that one (and deleted) and the answer is that contact.`;
	return [
		...identityFields(collection, 'body'),
		{
			displayName: 'Avatar URL',
			name: 'avatarUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/avatar.png',
			description:
				'Address of a picture Chatwoot downloads as the contact’s avatar; applied only when the contact has no avatar yet',
			routing: body('avatar_url'),
		},
		{
			...jsonObjectField(
				'customAttributes',
				'Custom Attributes',
				'Contact attributes defined in Chatwoot, as a JSON object such as {"plan": "pro"}',
			),
			routing: {
				send: { preSend: [sendJson(`${collection}.customAttributes`, 'custom_attributes')] },
			},
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
			...(onUpdate ? { description: merges('email').trim() } : {}),
			routing: body('email'),
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			routing: body('name'),
		},
		{
			displayName: 'Phone Number',
			name: 'phoneNumber',
			type: 'string',
			default: '',
			placeholder: 'e.g. +4915112345678',
			description:
				'In international format, starting with + and the country code.' +
				(onUpdate ? merges('phone number') : ''),
			routing: body('phone_number'),
		},
	];
}

export const clientContactFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([
				...contactAttributes('additionalFields'),
				{
					displayName: 'Source ID',
					name: 'sourceId',
					type: 'string',
					default: '',
					description:
						'The contact’s ID in this inbox, if you want to choose it; Chatwoot makes a UUID otherwise',
					routing: { send: { type: 'body', property: 'source_id' } },
				},
			]),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['get'] } }, [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			description:
				'Inboxes that enforce identity validation answer only when the contact’s Identifier comes signed',
			options: byDisplayName(identityFields('options', 'query')),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields you add here are sent',
			options: byDisplayName(contactAttributes('updateFields')),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Client Contact',
		'clientContact',
		'A contact of an API inbox, acting as that contact (Client API, no token needed)',
	),
	operations: clientContactOperations,
	fields: [
		...updateDisplayOptions({ show: { resource: ['clientContact'] } }, [inboxIdentifierField]),
		...updateDisplayOptions(
			{ show: { resource: ['clientContact'], operation: ['get', 'update'] } },
			[contactIdentifierField],
		),
		...clientContactFields,
	],
};
