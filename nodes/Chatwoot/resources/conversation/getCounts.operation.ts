import type { INodePropertyOptions } from 'n8n-workflow';

import { countsOutput } from './hooks';
import { CONVERSATIONS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Counts',
	value: 'getCounts',
	action: 'Get conversation counts',
	description:
		'Count the conversations that are mine, unassigned, assigned and all, for the filters set',
	routing: {
		request: { method: 'GET', url: `${CONVERSATIONS}/meta`, arrayFormat: 'brackets' },
		output: { postReceive: [countsOutput] },
	},
};
