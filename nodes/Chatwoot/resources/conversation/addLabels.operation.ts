import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { multiPickerField } from '../../fields';
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
		multiPickerField(
			'labels',
			'Label Names or IDs',
			'getLabelTitles',
			'The labels the conversation ends up with, sent by title; any other label it has is removed. An expression may give an array or titles separated by commas',
			{
				required: true,
				routing: { send: { preSend: [sendList('labels', 'body', 'labels')] } },
			},
		),
	],
);
