import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import { operationsOf, resourceLocatorField } from '../../shared/fields';
import { MESSAGES } from './common';
import { sendSubmittedValues } from './hooks';

const RESOURCE = 'clientMessage';

export const clientMessageOperations: INodeProperties = operationsOf(
	RESOURCE,
	[
		{
			name: 'Create',
			value: 'create',
			action: 'Create a client message',
			description: 'Send a message as the contact',
			// the body is built by the fields alone, so an attachment field can turn it into multipart later
			routing: { request: { method: 'POST', url: MESSAGES } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many client messages',
			description: 'List the conversation’s messages, oldest first; Return All walks back 20 at a time',
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
			description: 'Answer a message that asks for input: the option picked, a form’s values or a rating',
			routing: { request: { method: 'PATCH', url: `${MESSAGES}/{messageId}` } },
		},
	],
	'create',
);

export const clientMessageFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		{
			displayName: 'Content',
			name: 'content',
			type: 'string',
			required: true,
			default: '',
			typeOptions: { rows: 3 },
			description: 'Text of the message',
			routing: { send: { type: 'body', property: 'content' } },
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
					description: 'Your own temporary ID for the message; Chatwoot sends it back in its websocket events so you can match them',
					routing: { send: { type: 'body', property: 'echo_id' } },
				},
			],
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
