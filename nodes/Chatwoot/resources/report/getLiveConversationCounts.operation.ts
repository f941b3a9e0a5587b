import type { INodePropertyOptions } from 'n8n-workflow';

import { get, LIVE_REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Live Conversation Counts',
	value: 'getLiveConversationCounts',
	action: 'Get live conversation counts',
	description:
		'Open, unattended, unassigned and pending conversations now, for the account or one team',
	routing: get(`${LIVE_REPORTS}/conversation_metrics`),
};
