import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { INBOXES, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Create CSAT Template',
	value: 'createCsatTemplate',
	action: 'Create or replace the CSAT template of a WhatsApp inbox',
	description:
		'WhatsApp inboxes only: submit the survey message to Meta or Twilio as a template for approval, replacing the inbox’s previous one',
	routing: { request: { method: 'POST', url: `${INBOXES}/{inboxId}/csat_template` } },
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['createCsatTemplate'] } },
	[
		{
			displayName: 'Message',
			name: 'csatTemplateMessage',
			type: 'string',
			typeOptions: { rows: 3 },
			required: true,
			default: '',
			placeholder: 'e.g. Thanks for contacting us. How did we do?',
			description: 'Text of the survey message; Chatwoot adds a button that opens the rating page',
			routing: { send: { type: 'body', property: 'template.message' } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: [
				{
					displayName: 'Button Text',
					name: 'buttonText',
					type: 'string',
					default: '',
					placeholder: 'e.g. Rate us',
					description: 'Label of the button; Chatwoot uses "Please rate us" when unset',
					routing: { send: { type: 'body', property: 'template.button_text' } },
				},
				{
					displayName: 'Language',
					name: 'language',
					type: 'string',
					default: '',
					placeholder: 'e.g. pt_BR',
					description: 'Language code the template is registered in; Chatwoot uses "en" when unset',
					routing: { send: { type: 'body', property: 'template.language' } },
				},
			],
		},
	],
);
