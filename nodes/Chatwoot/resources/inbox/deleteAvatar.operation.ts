import type { INodePropertyOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { INBOXES } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete Avatar',
	value: 'deleteAvatar',
	action: 'Delete the avatar of an inbox',
	description: 'Remove the image the inbox is shown with',
	routing: {
		request: { method: 'DELETE', url: `${INBOXES}/{inboxId}/avatar` },
		output: { postReceive: [successWhenEmpty] },
	},
};
