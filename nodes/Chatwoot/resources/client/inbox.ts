import type { INodeProperties } from 'n8n-workflow';

import { operationsOf } from '../../fields';
import { INBOX } from './common';

export const clientInboxOperations: INodeProperties = operationsOf(
	'clientInbox',
	[
		{
			name: 'Get',
			value: 'get',
			action: 'Get a client inbox',
			description: 'Get the name, working hours and settings a contact sees of the inbox',
			routing: { request: { method: 'GET', url: INBOX } },
		},
	],
	'get',
);
