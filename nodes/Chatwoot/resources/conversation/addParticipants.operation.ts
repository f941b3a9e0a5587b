import type { INodePropertyOptions } from 'n8n-workflow';

import { sendAgentIds } from '../../helpers/preSend';
import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Add Participants',
	value: 'addParticipants',
	action: 'Add participants to a conversation',
	description:
		'Make agents participants of a conversation, so that it shows under Participating for them. Returns the agents asked for that were not participants before; one without access to the inbox is listed but not added, so check with Get Participants.',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/participants` },
		send: { preSend: [sendAgentIds] },
	},
};
