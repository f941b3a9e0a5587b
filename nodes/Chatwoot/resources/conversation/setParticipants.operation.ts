import type { INodePropertyOptions } from 'n8n-workflow';

import { sendAgentIds } from '../../helpers/preSend';
import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Set Participants',
	value: 'setParticipants',
	action: 'Set the participants of a conversation and remove the others',
	description:
		'Make exactly these agents the participants of a conversation: others are removed. Returns the participants.',
	routing: {
		request: { method: 'PATCH', url: `${CONVERSATION}/participants` },
		send: { preSend: [sendAgentIds] },
	},
};
