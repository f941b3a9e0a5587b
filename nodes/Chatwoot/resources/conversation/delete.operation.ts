import type { INodePropertyOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete a conversation',
	description:
		'Delete a conversation with its messages and attachments. Administrators only; Chatwoot deletes it in the background.',
	routing: {
		request: { method: 'DELETE', url: CONVERSATION },
		output: { postReceive: [successWhenEmpty] },
	},
};
