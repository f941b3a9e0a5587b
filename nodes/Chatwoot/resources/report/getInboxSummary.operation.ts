import type { INodePropertyOptions } from 'n8n-workflow';

import { dated, SUMMARY_REPORTS, ZEROS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Inbox Summary',
	value: 'getInboxSummary',
	action: 'Get conversation statistics per inbox',
	description:
		'One item per inbox: conversations, resolutions and average response, resolution and reply times. Needs Since and Until.',
	routing: dated(`${SUMMARY_REPORTS}/inbox`, ZEROS),
};
