import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendList } from '../../helpers/values';
import { labelsOutput } from '../../helpers/postReceive';
import { CONVERSATION, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Set Labels',
	value: 'setLabels',
	action: 'Replace all labels of a conversation',
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
		{
			displayName: 'Labels',
			name: 'labels',
			type: 'string',
			default: '',
			placeholder: 'e.g. billing, vip',
			description:
				'Label titles separated by commas, or a list mapped from an earlier node. The conversation ends up with exactly these; empty removes all.',
		},
	],
);
