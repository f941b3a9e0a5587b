import type { INodePropertyOptions } from 'n8n-workflow';

import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Participants',
	value: 'getParticipants',
	action: 'Get the participants of a conversation',
	description: 'List the agents taking part in a conversation, one item per agent',
	routing: { request: { method: 'GET', url: `${CONVERSATION}/participants` } },
};
