import type { INodePropertyOptions } from 'n8n-workflow';

import { INBOXES, payload } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many inboxes',
	description: 'List the inboxes of the account in one request',
	routing: { request: { method: 'GET', url: INBOXES }, output: { postReceive: [payload] } },
};
