import type { INodePropertyOptions } from 'n8n-workflow';

import { dated, SUMMARY_REPORTS, ZEROS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Team Summary',
	value: 'getTeamSummary',
	action: 'Get conversation statistics per team',
	description:
		'One item per team: conversations, resolutions and average response, resolution and reply times. Needs Since and Until.',
	routing: dated(`${SUMMARY_REPORTS}/team`, ZEROS),
};
