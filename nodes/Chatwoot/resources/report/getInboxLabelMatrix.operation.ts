import type { INodePropertyOptions } from 'n8n-workflow';

import { REPORTS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Get Inbox Label Matrix',
	value: 'getInboxLabelMatrix',
	action: 'Get the inbox label matrix',
	description: 'How many conversations of each inbox carry each label (Chatwoot 4.11 and later)',
	// Rails reads a list only as `inbox_ids[]=1&inbox_ids[]=2`; n8n's default would send `inbox_ids[0]=1`
	routing: {
		request: { method: 'GET', url: `${REPORTS}/inbox_label_matrix`, arrayFormat: 'brackets' },
	},
};
