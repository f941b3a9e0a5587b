import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { multiPickerField } from '../../fields';
import { sendLabelChange } from '../../helpers/labels';
import { labelsOutput } from '../../helpers/postReceive';
import { CONTACT, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Labels',
	value: 'removeLabels',
	action: 'Remove labels from a contact and keep its other labels',
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
		multiPickerField(
			'labels',
			'Label Names or IDs',
			'getLabelTitles',
			'The label titles to remove (case does not matter); the others stay',
			{
				required: true,
			},
		),
	],
);
