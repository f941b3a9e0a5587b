import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import { byDisplayName, multiPickerField, operationsOf, pickerIn } from '../../fields';
import { sendIdList, sendTime } from '../../helpers/values';
import { inboxPicker, teamPicker } from '../../pickers';

import { completeDateRange } from './hooks';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'csatSurveyResponse';

export const csatSurveyResponseOperations: INodeProperties = operationsOf(
	RESOURCE,
	[
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many CSAT survey responses',
			description:
				'List the satisfaction ratings contacts gave in the account; needs an administrator or a role that may see reports',
			routing: {
				// newest first, as the dashboard lists them; a fixed order also keeps the pages apart
				request: {
					method: 'GET',
					url: '/api/v1/accounts/{accountId}/csat_survey_responses',
					qs: { sort: '-created_at' },
					arrayFormat: 'brackets',
				},
				send: { paginate: true },
				operations: { pagination: paginate({ type: 'page', pageSize: 25, records: '' }) },
			},
		},
	],
	'getAll',
);

export const csatSurveyResponseFields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['getAll'] } },
	[
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: byDisplayName([
				multiPickerField(
					'agentIds',
					'Agent Names or IDs',
					'getAgents',
					'Only responses about conversations assigned to these agents, sent by numeric ID',
					{ routing: { send: { preSend: [sendIdList('filters.agentIds', 'query', 'user_ids')] } } },
				),
				pickerIn(
					'filters',
					inboxPicker('Only responses from conversations of this inbox'),
					'inbox_id',
					'query',
				),
				{
					displayName: 'Ratings',
					name: 'ratings',
					type: 'multiOptions',
					default: [],
					options: [1, 2, 3, 4, 5].map((rating) => ({ name: String(rating), value: rating })),
					description: 'Only responses with one of these ratings',
					routing: { send: { type: 'query', property: 'rating' } },
				},
				{
					displayName: 'Since',
					name: 'since',
					type: 'dateTime',
					default: '',
					description: 'Only responses given at or after this time; without Until, up to now',
					routing: {
						send: { preSend: [sendTime('filters.since', 'query', 'since'), completeDateRange] },
					},
				},
				{
					displayName: 'Sort',
					name: 'sort',
					type: 'options',
					default: '-created_at',
					options: [
						{ name: 'Newest First', value: '-created_at' },
						{ name: 'Oldest First', value: 'created_at' },
					],
					routing: { send: { type: 'query', property: 'sort' } },
				},
				pickerIn(
					'filters',
					teamPicker('Only responses from conversations of this team'),
					'team_id',
					'query',
				),
				{
					displayName: 'Until',
					name: 'until',
					type: 'dateTime',
					default: '',
					description: 'Only responses given before this time; without Since, from the first one',
					routing: {
						send: { preSend: [sendTime('filters.until', 'query', 'until'), completeDateRange] },
					},
				},
			]),
		},
	],
);

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'CSAT Survey Response',
		'csatSurveyResponse',
		'Satisfaction ratings contacts gave in the account',
	),
	operations: csatSurveyResponseOperations,
	fields: [...listFields(RESOURCE, ['getAll'], { paged: true }), ...csatSurveyResponseFields],
};
