import type { INodePropertyOptions } from 'n8n-workflow';

import { csv, REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Download Agents Report',
	value: 'downloadAgentsReport',
	action: 'Download the agents report as CSV',
	description:
		'The CSV file the dashboard exports: one row per agent with conversations and average response and resolution times, written out in words',
	routing: csv(`${REPORTS}/agents`, 'agents_report.csv'),
};
