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
			description: 'Start a contact in the inbox; keep the source_id it returns as Contact Identifier',
			routing: { request: { method: 'POST', url: CONTACTS } },
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a client contact',
			routing: { request: { method: 'GET', url: CONTACT } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a client contact',
			description: 'Change only the fields you set; custom attributes are merged into those the contact has',
			routing: { request: { method: 'PATCH', url: CONTACT } },
		},
	],
	'create',
);

/** Identity validation fields of one collection; a GET carries them in the query, the others in the body. */
function identityFields(collection: string, where: 'body' | 'query'): INodeProperties[] {
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
			description: 'Your own ID for the contact, such as the user ID in your app; identity validation signs it',
			routing: { send: { type: where, property: 'identifier' } },
		},
		{
			displayName: 'Identifier Hash',
			name: 'identifierHash',
			type: 'string',
			default: '',
			description:
				'Hex HMAC-SHA256 of Identifier made with the inbox’s HMAC token, if you computed it elsewhere. Leave empty when HMAC Token is set: the node computes it.',
			routing: { send: { type: where, property: 'identifier_hash' } },
		},
	];
}

function contactAttributes(collection: string): INodeProperties[] {
	const body = (property: string) => ({ send: { type: 'body' as const, property } });
	return [
		...identityFields(collection, 'body'),
		{
			displayName: 'Avatar URL',
			name: 'avatarUrl',
			type: 'string',
			default: '',
			placeholder: 'https://example.com/avatar.png',
			description: 'Address of a picture Chatwoot downloads as the contact’s avatar',
			routing: body('avatar_url'),
		},
		{
			...jsonObjectField('customAttributes', 'Custom Attributes', 'Contact attributes defined in Chatwoot, as a JSON object such as {"plan": "pro"}'),
			routing: { send: { preSend: [sendJson(`${collection}.customAttributes`, 'custom_attributes')] } },
		},
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			default: '',
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
			description: 'In international format, starting with + and the country code',
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
					description: 'The contact’s ID in this inbox, if you want to choose it; Chatwoot makes a UUID otherwise',
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
			description: 'Inboxes that enforce identity validation answer only when the contact’s Identifier comes signed',
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
	option: resourceOption('Client Contact', 'clientContact', 'A contact of an API inbox, acting as that contact (Client API, no token needed)'),
	operations: clientContactOperations,
	fields: [
		...updateDisplayOptions({ show: { resource: ['clientContact'] } }, [inboxIdentifierField]),
		...updateDisplayOptions({ show: { resource: ['clientContact'], operation: ['get', 'update'] } }, [contactIdentifierField]),
		...clientContactFields,
	],
};
