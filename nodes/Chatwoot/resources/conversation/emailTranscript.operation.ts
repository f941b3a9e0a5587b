import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { CONVERSATION, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Email Transcript',
	value: 'emailTranscript',
	action: 'Email the transcript of a conversation',
	description:
		'Email the messages of a conversation to an address. Chatwoot refuses it when the plan has no email transcripts (402) or the account sent too many emails today (429).',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/transcript` },
		output: { postReceive: [successWhenEmpty] },
	},
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['emailTranscript'] } },
	[
		{
			displayName: 'Email',
			name: 'email',
			type: 'string',
			placeholder: 'name@email.com',
			required: true,
			default: '',
			description: 'Address the transcript is sent to',
			routing: { send: { type: 'body', property: 'email' } },
		},
	],
);
