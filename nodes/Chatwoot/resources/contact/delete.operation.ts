import type { INodePropertyOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { CONTACT } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a contact',
	description:
		'Delete a contact with its conversations, in the background; administrators only. Chatwoot refuses while the contact is online.',
	routing: {
		request: { method: 'DELETE', url: CONTACT },
		output: { postReceive: [successWhenEmpty] },
	},
};
