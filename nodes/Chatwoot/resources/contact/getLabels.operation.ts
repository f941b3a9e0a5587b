import type { INodePropertyOptions } from 'n8n-workflow';

import { labelsOutput } from '../../helpers/postReceive';
import { CONTACT } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Labels',
	value: 'getLabels',
	action: 'Get labels of a contact',
	description: 'One item with the contact’s labels as a list',
	routing: {
		request: { method: 'GET', url: `${CONTACT}/labels` },
		output: { postReceive: [labelsOutput] },
	},
};
