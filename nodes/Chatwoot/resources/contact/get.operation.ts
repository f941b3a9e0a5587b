import type { INodePropertyOptions } from 'n8n-workflow';

import { CONTACT, payload } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get',
	value: 'get',
	action: 'Get a contact',
	description: 'Get one contact with its attributes and the inboxes it can be reached in',
	routing: { request: { method: 'GET', url: CONTACT }, output: { postReceive: [payload] } },
};
