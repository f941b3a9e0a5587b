import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendTime } from '../../helpers/values';
import { CONVERSATION, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Change Status',
	value: 'changeStatus',
	action: 'Change the status of a conversation',
	description:
		'Open, resolve, set pending or snooze a conversation. Opening it with an agent’s token (not an administrator’s) also assigns it to that agent, replacing any other assignee.',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/toggle_status` },
		output: { postReceive: [{ type: 'rootProperty', properties: { property: 'payload' } }] },
	},
};

const statusFields: INodeProperties[] = [
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		required: true,
		default: 'resolved',
		options: [
			{ name: 'Open', value: 'open' },
			{ name: 'Pending', value: 'pending' },
			{ name: 'Resolved', value: 'resolved' },
			{ name: 'Snoozed', value: 'snoozed' },
		],
		routing: { send: { type: 'body', property: 'status' } },
	},
	{
		displayName: 'Snoozed Until',
		name: 'snoozedUntil',
		type: 'dateTime',
		default: '',
		displayOptions: { show: { status: ['snoozed'] } },
		description:
			'When the conversation opens again; leave empty to snooze until the contact replies. A reply always reopens it.',
		routing: { send: { preSend: [sendTime('snoozedUntil', 'body', 'snoozed_until')] } },
	},
];

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['changeStatus'] } },
	statusFields,
);
