import type { INodePropertyOptions } from 'n8n-workflow';

import { dated, SUMMARY_REPORTS, ZEROS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Agent Summary',
	value: 'getAgentSummary',
	action: 'Get conversation statistics per agent',
	description:
		'One item per agent: conversations, resolutions and average response, resolution and reply times. Needs Since and Until.',
	routing: dated(`${SUMMARY_REPORTS}/agent`, ZEROS),
};
