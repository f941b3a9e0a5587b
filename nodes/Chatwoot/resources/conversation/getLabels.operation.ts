import type { INodePropertyOptions } from 'n8n-workflow';

import { labelsOutput } from '../../helpers/postReceive';
import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Labels',
	value: 'getLabels',
	action: 'Get the labels of a conversation',
	description: 'Get the titles of the labels a conversation has',
	routing: {
		request: { method: 'GET', url: `${CONVERSATION}/labels` },
		output: { postReceive: [labelsOutput] },
	},
};
