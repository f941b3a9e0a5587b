import type { INodePropertyOptions } from 'n8n-workflow';

import { csv, REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Download Labels Report',
	value: 'downloadLabelsReport',
	action: 'Download the labels report as CSV',
	description:
		'The CSV file the dashboard exports: one row per label with conversations and average response and resolution times, written out in words',
	routing: csv(`${REPORTS}/labels`, 'labels_report.csv'),
};
