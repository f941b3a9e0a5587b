import type { INodeProperties } from 'n8n-workflow';

import { operationsOf } from '../../fields';
import { INBOX } from '../../clientApi';
import type { ResourceDescription } from '../types';
import { inboxIdentifierField } from '../../clientApi';
import { resourceOption } from '../../fields';
import { updateDisplayOptions } from 'n8n-workflow';

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

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Client Inbox',
		'clientInbox',
		'An API inbox as its contacts see it (Client API)',
	),
	operations: clientInboxOperations,
	fields: [
		...updateDisplayOptions({ show: { resource: ['clientInbox'] } }, [inboxIdentifierField]),
	],
};
