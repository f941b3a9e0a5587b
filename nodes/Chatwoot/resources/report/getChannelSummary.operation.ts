import type { INodePropertyOptions } from 'n8n-workflow';

import { dated, SUMMARY_REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Channel Summary',
	value: 'getChannelSummary',
	action: 'Get conversation counts per channel type',
	description:
		'Open, resolved, pending and snoozed conversations per channel type. Needs Since and Until, at most 6 months apart (Chatwoot 4.10 and later).',
	routing: dated(`${SUMMARY_REPORTS}/channel`, 'without both Chatwoot answers an empty object.'),
};
