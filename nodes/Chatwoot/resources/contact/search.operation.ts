import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import { sendDefaultSort } from './hooks';
import { CONTACTS, PAGE_SIZE, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Search',
	value: 'search',
	action: 'Search contacts',
	description:
		'Find contacts whose name, email or phone number contains the text in any letter case, or whose identifier contains it with the same case, 15 per page',
	routing: {
		request: { method: 'GET', url: `${CONTACTS}/search` },
		send: { paginate: true, preSend: [sendDefaultSort] },
		// meta.count is the size of the page here, not a total: only has_more says whether to go on (docs/server-facts.md#contact-answers)
		operations: {
			pagination: paginate({
				type: 'page',
				pageSize: PAGE_SIZE,
				records: 'payload',
				hasMore: 'meta.has_more',
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
			placeholder: 'e.g. alice@example.com',
			description:
				'Part of a name, email or phone number (any letter case) or of an identifier (same letter case)',
			routing: { send: { type: 'query', property: 'q' } },
		},
	],
);
