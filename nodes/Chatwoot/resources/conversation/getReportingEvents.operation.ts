import type { INodePropertyOptions } from 'n8n-workflow';

import { CONVERSATION } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Reporting Events',
	value: 'getReportingEvents',
	action: 'Get the reporting events of a conversation',
	description:
		'Enterprise edition only: first response, resolution and reply time events of a conversation, oldest first',
	routing: { request: { method: 'GET', url: `${CONVERSATION}/reporting_events` } },
};
