import type { INodePropertyOptions } from 'n8n-workflow';

import { defaultTimezoneOffset } from './hooks';
import { csv, REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Download Conversation Traffic',
	value: 'downloadConversationTraffic',
	action: 'Download the conversation traffic as CSV',
	description:
		'A CSV file of the conversations started in each hour of the days before today (6 unless Days Before is set; today is left out). Dates and hours follow the server clock; the offset mostly names the timezone on the first line.',
	routing: {
		...csv(`${REPORTS}/conversation_traffic`, 'conversation_traffic_reports.csv', false),
		send: { preSend: [defaultTimezoneOffset] },
	},
};
