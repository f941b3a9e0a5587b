import type { INodePropertyOptions } from 'n8n-workflow';

import { INBOXES } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get an inbox',
	routing: { request: { method: 'GET', url: `${INBOXES}/{inboxId}` } },
};
