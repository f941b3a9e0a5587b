import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { multiPickerField } from '../../fields';
import { sendList } from '../../helpers/values';
import { labelsOutput } from '../../helpers/postReceive';
import { CONVERSATION, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Set Labels',
	value: 'setLabels',
	action: 'Set the labels of a conversation and remove the others',
	description:
		'Replace the conversation’s labels with exactly these titles: labels it has that you leave out are removed, and an empty list removes all. Titles the account has no label for are stored too. Output: the labels the conversation ends up with.',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/labels` },
		send: { preSend: [sendList('labels', 'body', 'labels')] },
		output: { postReceive: [labelsOutput] },
	},
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['setLabels'] } },
	[
		multiPickerField(
			'labels',
			'Label Names or IDs',
			'getLabelTitles',
			'The labels the conversation ends up with, sent by title; empty removes all',
		),
	],
);
