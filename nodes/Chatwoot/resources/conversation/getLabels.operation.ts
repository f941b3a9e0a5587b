import type { INodePropertyOptions } from 'n8n-workflow';

import { labelsOutput } from '../../helpers/postReceive';
import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Labels',
	value: 'getLabels',
	action: 'Get the labels of a conversation',
	routing: {
		request: { method: 'GET', url: `${CONVERSATION}/labels` },
		output: { postReceive: [labelsOutput] },
	},
};
