import type { INodePropertyOptions } from 'n8n-workflow';

import { csv, REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Download Inboxes Report',
	value: 'downloadInboxesReport',
	action: 'Download the inboxes report as CSV',
	description:
		'The CSV file the dashboard exports: one row per inbox with conversations and average response and resolution times, written out in words',
	routing: csv(`${REPORTS}/inboxes`, 'inboxes_report.csv'),
};
