import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { pickerIn, resourceLocatorField } from '../../fields';
import { sendPriority } from './hooks';
import { CONVERSATION, PRIORITIES, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Update',
	value: 'update',
	action: 'Update the priority or SLA policy of a conversation',
	description:
		'Change the priority or the SLA policy; status, assignment, labels and custom attributes have their own operations',
	routing: { request: { method: 'PATCH', url: CONVERSATION } },
};

const updateFields: INodeProperties = {
	displayName: 'Update Fields',
	name: 'updateFields',
	type: 'collection',
	placeholder: 'Add Field',
	default: {},
	description: 'Only the fields you add here are sent',
	options: [
		{
			displayName: 'Priority',
			name: 'priority',
			type: 'options',
			default: 'none',
			options: PRIORITIES,
			routing: { send: { preSend: [sendPriority('updateFields.priority')] } },
		},
		pickerIn(
			'updateFields',
			resourceLocatorField('slaPolicyId', 'SLA Policy', {
				searchListMethod: 'searchSlaPolicies',
				noun: 'an SLA policy',
				description: 'Enterprise edition only: the SLA policy to apply',
			}),
			'sla_policy_id',
		),
	],
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['update'] } },
	[updateFields],
);
