import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import { CONVERSATIONS_PER_PAGE } from './hooks';
import { CONVERSATIONS, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Search',
	value: 'search',
	action: 'Search conversations',
	description:
		'Find conversations with a message containing a text, in any status, latest activity first. Get Many combines a search text with filters.',
	routing: {
		request: { method: 'GET', url: `${CONVERSATIONS}/search` },
		send: { paginate: true },
		// the counts of a text search cover the current page only, and the page size is a server
		// setting: only an empty page ends the loop
		operations: {
			pagination: paginate({
				type: 'page',
				pageSize: CONVERSATIONS_PER_PAGE,
				fixedPageSize: false,
				records: 'payload',
			}),
		},
	},
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['search'] } },
	[
		{
			displayName: 'Search Text',
			name: 'searchText',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. refund',
			description: 'Text to find in the messages of the conversations, in any letter case',
			routing: { send: { type: 'query', property: 'q' } },
		},
	],
);
