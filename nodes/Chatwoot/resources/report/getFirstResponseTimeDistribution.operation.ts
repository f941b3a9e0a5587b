import type { INodePropertyOptions } from 'n8n-workflow';

import { get, REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get First Response Time Distribution',
	value: 'getFirstResponseTimeDistribution',
	action: 'Get the first response time distribution',
	description:
		'Conversations per channel type in first-response buckets from under an hour to over a day (Chatwoot 4.11 and later)',
	routing: get(`${REPORTS}/first_response_time_distribution`),
};
