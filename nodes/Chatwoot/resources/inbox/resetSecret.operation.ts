import type { INodePropertyOptions } from 'n8n-workflow';

import { INBOXES } from './fields';

export const option: INodePropertyOptions = {
	name: 'Reset Secret',
	value: 'resetSecret',
	action: 'Reset the webhook secret of an inbox',
	description:
		'API inboxes only: replace the secret Chatwoot signs the inbox’s webhook deliveries with. Returns the inbox with its new secret.',
	routing: { request: { method: 'POST', url: `${INBOXES}/{inboxId}/reset_secret` } },
};
