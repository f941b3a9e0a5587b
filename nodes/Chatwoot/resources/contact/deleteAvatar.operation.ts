import type { INodePropertyOptions } from 'n8n-workflow';

import { CONTACT, payload } from './fields';

export const option: INodePropertyOptions = {
	name: 'Delete Avatar',
	value: 'deleteAvatar',
	action: 'Delete the avatar of a contact',
	description: 'Remove the contact’s picture; the output is the contact without it',
	routing: {
		request: { method: 'DELETE', url: `${CONTACT}/avatar` },
		output: { postReceive: [payload] },
	},
};
