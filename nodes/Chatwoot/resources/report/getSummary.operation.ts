import type { INodePropertyOptions } from 'n8n-workflow';

import { dated, REPORTS, ZEROS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Summary',
	value: 'getSummary',
	action: 'Get a report summary',
	description:
		'Totals and averages of the range, with the same figures for the range just before it under "previous". Needs Since and Until.',
	routing: dated(`${REPORTS}/summary`, ZEROS),
};
