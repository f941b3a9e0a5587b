import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendLabelChange } from '../../helpers/labels';
import { labelsOutput } from '../../helpers/postReceive';
import { CONTACT, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Labels',
	value: 'removeLabels',
	action: 'Remove labels from a contact (keeps its other labels)',
	description:
		'Remove the given labels from a contact and keep the rest: the node reads its labels, drops these and sends the rest. Output: the labels the contact ends up with.',
	routing: {
		request: { method: 'POST', url: `${CONTACT}/labels` },
		send: { preSend: [sendLabelChange('remove')] },
		output: { postReceive: [labelsOutput] },
	},
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['removeLabels'] } },
	[
		{
			displayName: 'Labels',
			name: 'labels',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. billing, vip',
			description:
				'Label titles to remove, separated by commas, or a list mapped from an earlier node. Case does not matter.',
		},
	],
);
