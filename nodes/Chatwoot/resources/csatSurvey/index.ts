import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { operationsOf } from '../../fields';
import type { ResourceDescription } from '../types';
import { resourceOption } from '../../fields';

const RESOURCE = 'csatSurvey';
/** The survey's JSON endpoints, not the HTML page under /survey/responses that Chatwoot's spec lists. */
const SURVEY = '/public/api/v1/csat_survey/{conversationUuid}';
const RESPONSE = 'message.submitted_values.csat_survey_response';

export const csatSurveyOperations: INodeProperties = operationsOf(
	RESOURCE,
	[
		{
			name: 'Get',
			value: 'get',
			action: 'Get a CSAT survey',
			description: 'Get the satisfaction survey of a conversation and the answer given, if any',
			routing: { request: { method: 'GET', url: SURVEY } },
		},
		{
			name: 'Submit',
			value: 'submit',
			action: 'Submit a CSAT survey',
			description:
				'Answer the satisfaction survey of a conversation for the contact, or change the answer within 14 days. The answer shows the survey before the rating is recorded (a background job saves it); Get the survey again to read it.',
			routing: { request: { method: 'PATCH', url: SURVEY } },
		},
	],
	'get',
);

export const csatSurveyFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE] } }, [
		{
			displayName: 'Conversation UUID',
			name: 'conversationUuid',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 0f3c6d5e-8a2b-4c1d-9e7f-2b4a6c8d0e1f',
			description:
				'The conversation’s uuid: the part after /survey/responses/ in the survey link Chatwoot sends, or the uuid field of a conversation',
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['submit'] } }, [
		{
			displayName: 'Rating',
			name: 'rating',
			type: 'number',
			required: true,
			default: 5,
			typeOptions: { minValue: 1, maxValue: 5, numberPrecision: 0 },
			description: 'How satisfied the contact is, from 1 (very unhappy) to 5 (very happy)',
			routing: { send: { type: 'body', property: `${RESPONSE}.rating` } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Feedback Message',
					name: 'feedbackMessage',
					type: 'string',
					default: '',
					typeOptions: { rows: 3 },
					description: 'What the contact wrote about the conversation',
					routing: { send: { type: 'body', property: `${RESPONSE}.feedback_message` } },
				},
			],
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'CSAT Survey',
		'csatSurvey',
		'The satisfaction survey of a conversation, as the contact answers it',
	),
	operations: csatSurveyOperations,
	fields: csatSurveyFields,
};
