import type { INodePropertyOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { INBOXES } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete',
	value: 'delete',
	action: 'Delete an inbox',
	description: 'Delete an inbox; its conversations go with it',
	routing: {
		request: { method: 'DELETE', url: `${INBOXES}/{inboxId}` },
		output: { postReceive: [successWhenEmpty] },
	},
};
