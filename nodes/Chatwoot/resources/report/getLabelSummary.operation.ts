import type { INodePropertyOptions } from 'n8n-workflow';

import { get, SUMMARY_REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Label Summary',
	value: 'getLabelSummary',
	action: 'Get conversation statistics per label',
	description:
		'One item per label: conversations, resolutions and average response, resolution and reply times; all time unless both Since and Until are set',
	routing: get(`${SUMMARY_REPORTS}/label`),
};
