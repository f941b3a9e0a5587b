import type { INodePropertyOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Mute',
	value: 'mute',
	action: 'Mute a conversation',
	description:
		'Resolve the conversation and block its contact. Blocking applies to the contact, so every conversation with them is muted until Unmute.',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/mute` },
		output: { postReceive: [successWhenEmpty] },
	},
};
