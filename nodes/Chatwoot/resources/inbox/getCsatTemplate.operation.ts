import type { INodePropertyOptions } from 'n8n-workflow';

import { INBOXES } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get CSAT Template',
	value: 'getCsatTemplate',
	action: 'Get the CSAT template of an inbox',
	description:
		'WhatsApp inboxes only: whether the inbox has a CSAT survey template, and its approval status',
	routing: { request: { method: 'GET', url: `${INBOXES}/{inboxId}/csat_template` } },
};
