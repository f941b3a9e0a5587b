import type { INodePropertyOptions } from 'n8n-workflow';

import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a conversation',
	description: 'Get one conversation with its contact, assignee, team, status and labels',
	routing: { request: { method: 'GET', url: CONVERSATION } },
};
