import type { INodePropertyOptions } from 'n8n-workflow';

import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a conversation',
	routing: { request: { method: 'GET', url: CONVERSATION } },
};
