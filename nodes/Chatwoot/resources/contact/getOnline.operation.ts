import type { INodePropertyOptions } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import { sendDefaultSort } from './hooks';
import { CONTACTS, PAGE_SIZE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Online',
	value: 'getOnline',
	action: 'Get online contacts',
	description:
		'List the contacts online right now, such as visitors with the website chat open, 15 per page',
	routing: {
		request: { method: 'GET', url: `${CONTACTS}/active` },
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
