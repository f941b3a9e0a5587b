import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendLabelChange } from '../../helpers/labels';
import { labelsOutput } from '../../helpers/postReceive';
import { CONTACT, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Labels',
	value: 'addLabels',
	action: 'Add labels to a contact (keeps its other labels)',
	description:
		'Add labels to a contact and keep the ones it has: the node reads its labels, adds the new ones and sends the whole list. Titles the account has no label for are stored too. Output: the labels the contact ends up with.',
	routing: {
		request: { method: 'POST', url: `${CONTACT}/labels` },
		send: { preSend: [sendLabelChange('add')] },
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
				'Label titles to add, separated by commas, or a list mapped from an earlier node. Labels the contact already has stay.',
		},
	],
);
