import type { INodePropertyOptions } from 'n8n-workflow';

import { dated, REPORTS, ZEROS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Bot Summary',
	value: 'getBotSummary',
	action: 'Get a bot summary',
	description:
		'Conversations bots resolved and handed to an agent in the range, with the same figures for the range just before it under "previous". Needs Since and Until.',
	routing: dated(`${REPORTS}/bot_summary`, ZEROS),
};
