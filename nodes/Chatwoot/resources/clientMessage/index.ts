import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { refuse } from '../../../common/errors';
import { binaryPropertyNames, sendAttachments } from '../../helpers/multipart';
import { paginate } from '../../helpers/pagination';
import { operationsOf, resourceLocatorField } from '../../fields';
import { MESSAGES } from '../../clientApi';
import { sendSubmittedValues } from './hooks';
import type { ResourceDescription } from '../types';
import { contactIdentifierField, conversationIdField, inboxIdentifierField } from '../../clientApi';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'clientMessage';

export const clientMessageOperations: INodeProperties = operationsOf(
	RESOURCE,
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a client message',
			description: 'Send a message as the contact, with text, files or both',
			// the body is built by the fields alone, so that Attachments can turn it into multipart
			routing: { request: { method: 'POST', url: MESSAGES } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many client messages',
			description:
				'List the conversation’s messages, oldest first; Return All walks back 20 at a time',
			routing: {
				request: { method: 'GET', url: MESSAGES },
				send: { paginate: true },
				operations: { pagination: paginate({ type: 'before', pageSize: 20, records: '' }) },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a client message',
			description:
				'Answer a message that asks for input: the option picked, a form’s values or a rating',
			routing: { request: { method: 'PATCH', url: `${MESSAGES}/{messageId}` } },
		},
	],
	'create',
);

/** Sends the text when there is one. A message needs text, files or both: with neither it is refused before any request. */
async function sendContent(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const raw = this.getNodeParameter('content', '') as unknown;
	const content = raw === null || raw === undefined ? '' : String(raw);
	if (content !== '') {
		requestOptions.body = { content, ...((requestOptions.body as IDataObject | undefined) ?? {}) };
		return requestOptions;
	}
	if (binaryPropertyNames(this.getNodeParameter('attachments', '')).length) return requestOptions;
	refuse(
		this,
		'The message needs Content or Attachments',
		'Enter the text of the message, name the binary properties of the input item that hold its files in Attachments, or both.',
	);
}

export const clientMessageFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		{
			displayName: 'Content',
			name: 'content',
			type: 'string',
			default: '',
			typeOptions: { rows: 3 },
			description: 'Text of the message. May stay empty when Attachments sends files.',
			routing: { send: { preSend: [sendContent] } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Echo ID',
					name: 'echoId',
					type: 'string',
					default: '',
					description:
						'Your own temporary ID for the message; Chatwoot sends it back in its websocket events so you can match them',
					routing: { send: { type: 'body', property: 'echo_id' } },
				},
			],
		},
		// after Additional Fields: its pre-send turns the finished JSON body into a multipart one
		{
			displayName: 'Attachments',
			name: 'attachments',
			type: 'string',
			default: '',
			placeholder: 'e.g. data, invoice',
			description:
				'Files to attach: the names of the input item’s binary properties that hold them, separated by commas. Each is sent with its file name and type.',
			hint: 'The input panel lists an item’s binary properties under Binary',
			routing: { send: { preSend: [sendAttachments('attachments')] } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, [
		resourceLocatorField('messageId', 'Message', {
			searchListMethod: 'searchClientMessages',
			noun: 'a message',
			description: 'The message that asked for input, such as options to pick from or a form',
		}),
		{
			displayName: 'Submitted Values',
			name: 'submittedValues',
			type: 'json',
			required: true,
			default: '[]',
			description:
				'The answer as JSON: for options, a list with the option picked, [{"title": "Billing", "value": "billing"}]; for a form, a list of its fields, [{"name": "email", "title": "Email", "value": "ada@example.com"}]; for a rating, {"csat_survey_response": {"rating": 5, "feedback_message": "Quick help"}}',
			routing: { send: { preSend: [sendSubmittedValues('submittedValues')] } },
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Client Message',
		'clientMessage',
		'Messages of a contact’s conversation in an API inbox (Client API)',
	),
	operations: clientMessageOperations,
	fields: [
		...listFields(RESOURCE, ['getAll'], { paged: true }),
		...updateDisplayOptions({ show: { resource: ['clientMessage'] } }, [
			inboxIdentifierField,
			contactIdentifierField,
			conversationIdField,
		]),
		...clientMessageFields,
	],
};
