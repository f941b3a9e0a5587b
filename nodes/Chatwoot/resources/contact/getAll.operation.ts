import type { INodePropertyOptions } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import { sendDefaultSort } from './hooks';
import { CONTACTS, PAGE_SIZE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Many',
	value: 'getAll',
	action: 'Get many contacts',
	description: 'List contacts that have an email, a phone number or an identifier, 15 per page',
	routing: {
		request: { method: 'GET', url: CONTACTS, arrayFormat: 'brackets' },
		send: { paginate: true, preSend: [sendDefaultSort] },
		operations: {
			pagination: paginate({
				type: 'page',
				pageSize: PAGE_SIZE,
				records: 'payload',
				total: 'meta.count',
			}),
		},
	},
};
