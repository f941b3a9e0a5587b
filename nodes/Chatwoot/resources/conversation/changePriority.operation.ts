import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { sendPriority } from './hooks';
import { CONVERSATION, PRIORITIES, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Change Priority',
	value: 'changePriority',
	action: 'Change the priority of a conversation',
	description:
		'Set the priority of a conversation, or remove it with None. Returns { success: true }.',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/toggle_priority` },
		output: { postReceive: [successWhenEmpty] },
	},
};

const priorityField: INodeProperties = {
	displayName: 'Priority',
	name: 'priority',
	type: 'options',
	required: true,
	default: 'high',
	options: PRIORITIES,
	description: 'None removes the priority',
	routing: { send: { preSend: [sendPriority('priority')] } },
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['changePriority'] } },
	[priorityField],
);
