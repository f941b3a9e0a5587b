import type { INodePropertyOptions } from 'n8n-workflow';

import { csv, REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Download Teams Report',
	value: 'downloadTeamsReport',
	action: 'Download the teams report as CSV',
	description:
		'The CSV file the dashboard exports: one row per team with conversations and average response and resolution times, written out in words',
	routing: csv(`${REPORTS}/teams`, 'teams_report.csv'),
};
