import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { multiPickerField } from '../../fields';
import { sendLabelChange } from '../../helpers/labels';
import { labelsOutput } from '../../helpers/postReceive';
import { CONVERSATION, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Labels',
	value: 'addLabels',
	action: 'Add labels to a conversation and keep its other labels',
	description:
		'Add labels to a conversation and keep the ones it has: the node reads its labels, adds the new ones and sends the whole list. Titles the account has no label for are stored too. Output: the labels the conversation ends up with.',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/labels` },
		send: { preSend: [sendLabelChange('add')] },
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
			'The label titles to add; the conversation keeps the labels it has',
			{
				required: true,
			},
		),
	],
);
