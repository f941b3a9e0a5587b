import type { INodePropertyOptions } from 'n8n-workflow';

import { csv, REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Download Conversations Summary',
	value: 'downloadConversationsSummary',
	action: 'Download the conversations summary as CSV',
	description: 'A CSV file with the totals and averages of the account over the range',
	routing: csv(`${REPORTS}/conversations_summary`, 'conversations_summary_report.csv'),
};
