import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { multiPickerField } from '../../fields';
import { sendList } from '../../helpers/values';
import { labelsOutput } from '../../helpers/postReceive';
import { CONTACT, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Set Labels',
	value: 'setLabels',
	action: 'Set the labels of a contact and remove the others',
	description:
		'Replace the contact’s labels with exactly these titles: labels it has that you leave out are removed, and an empty list removes all. Chatwoot stores any title, even one the account has no label for, so check them with Label → Get Many first.',
	routing: {
		request: { method: 'POST', url: `${CONTACT}/labels` },
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
			'The labels the contact ends up with, sent by title; empty removes all. An expression may give an array or titles separated by commas',
		),
	],
);
