import type { INodePropertyOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { sendAgentIds } from '../../helpers/preSend';
import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Participants',
	value: 'removeParticipants',
	action: 'Remove participants from a conversation',
	description: 'Make agents stop taking part in a conversation. Returns { success: true }.',
	routing: {
		request: { method: 'DELETE', url: `${CONVERSATION}/participants` },
		send: { preSend: [sendAgentIds] },
		output: { postReceive: [successWhenEmpty] },
	},
};
