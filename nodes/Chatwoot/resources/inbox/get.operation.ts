import type { INodePropertyOptions } from 'n8n-workflow';

import { INBOXES } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an inbox',
	description: 'Get one inbox with its channel settings; its secrets only for administrators',
	routing: { request: { method: 'GET', url: `${INBOXES}/{inboxId}` } },
};
