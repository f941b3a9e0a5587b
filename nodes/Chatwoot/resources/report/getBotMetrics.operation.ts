import type { INodePropertyOptions } from 'n8n-workflow';

import { dated, REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Bot Metrics',
	value: 'getBotMetrics',
	action: 'Get bot metrics',
	description:
		'Conversations of the range in every inbox with an active bot, their bot messages, and the share bots resolved and handed to an agent, in percent. Needs Since and Until.',
	routing: dated(`${REPORTS}/bot_metrics`, 'without a range Chatwoot counts nothing.'),
};
