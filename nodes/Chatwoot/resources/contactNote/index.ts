import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { numericIdField } from '../../fields';
import { contactIdField } from '../contact';
import { sendRequiredText } from './hooks';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'contactNote';
const NOTES = '/api/v1/accounts/{accountId}/contacts/{contactId}/notes';
const NOTE = `${NOTES}/{noteId}`;

export const contactNoteOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a contact note',
			description: 'Add a note to a contact; the token’s user becomes its author',
			routing: { request: { method: 'POST', url: NOTES } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a contact note',
			description: 'Delete a note of a contact. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: NOTE },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a contact note',
			description: 'Get one note of a contact with its text and author',
			routing: { request: { method: 'GET', url: NOTE } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many contact notes',
			description: 'List the notes of a contact, newest first, in one request',
			routing: { request: { method: 'GET', url: NOTES } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a contact note',
			description:
				'Replace the text of a note; the token’s user becomes its author, in place of the one who wrote it',
			routing: { request: { method: 'PATCH', url: NOTE } },
		},
	],
	default: 'getAll',
};

const CONTENT_HINT = 'Enter the text of the note, or map it from an earlier node.';

const content = (description: string): INodeProperties => ({
	displayName: 'Content',
	name: 'content',
	type: 'string',
	required: true,
	typeOptions: { rows: 4 },
	default: '',
	placeholder: 'e.g. Prefers to be called in the afternoon',
	description,
	// Chatwoot reads the fields from note; sending them wrapped does not depend on Rails' parameter wrapping
	routing: { send: { preSend: [sendRequiredText('content', 'note.content', CONTENT_HINT)] } },
});

export const contactNoteFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE] } }, [contactIdField]),
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[
			numericIdField(
				'noteId',
				'Note ID',
				'Numeric ID of the note; Get Many lists the contact’s notes with their IDs',
			),
		],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		content('Text of the note, seen by the agents of the account'),
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, [
		content('The new text, which replaces the old one'),
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Contact Note', 'contactNote', 'Notes agents keep on a contact'),
	operations: contactNoteOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...contactNoteFields],
};
