import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendList } from '../../helpers/values';
import { labelsOutput } from '../../helpers/postReceive';
import { CONVERSATION, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Labels',
	value: 'addLabels',
	action: 'Add labels to a conversation',
	description:
		'Set the labels of a conversation. Chatwoot replaces its whole label list with the labels you send: labels it has that you leave out are removed. Titles the account has no label for are stored too.',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/labels` },
		output: { postReceive: [labelsOutput] },
	},
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['addLabels'] } },
	[
		{
			displayName: 'Labels',
			name: 'labels',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. billing, vip',
			description:
				'Comma-separated labels the conversation ends up with; any other label it has is removed',
			routing: { send: { preSend: [sendList('labels', 'body', 'labels')] } },
		},
	],
);
