import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import { sendFilterConditions } from './hooks';
import { CONVERSATIONS, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Filter',
	value: 'filter',
	action: 'Filter conversations',
	description: 'Find conversations matching conditions on their attributes, newest activity first',
	routing: {
		request: { method: 'POST', url: `${CONVERSATIONS}/filter` },
		send: { paginate: true, preSend: [sendFilterConditions('conditions')] },
		// the filter pages 25 at a time whatever the server setting, and counts every match
		operations: {
			pagination: paginate({
				type: 'page',
				pageSize: 25,
				records: 'payload',
				total: 'meta.all_count',
			}),
		},
	},
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['filter'] } },
	[
		{
			displayName: 'Conditions (JSON)',
			name: 'conditions',
			type: 'json',
			required: true,
			default:
				'[\n  {\n    "attribute_key": "status",\n    "filter_operator": "equal_to",\n    "values": ["open"],\n    "query_operator": null\n  }\n]',
			description:
				'List of conditions, each {"attribute_key", "filter_operator", "values", "query_operator"}; query_operator (AND or OR) joins a condition to the next one and is null on the last',
		},
	],
);
