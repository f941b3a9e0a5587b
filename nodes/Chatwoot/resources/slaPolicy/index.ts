import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { unwrapPayload } from '../../helpers/postReceive';
import { byDisplayName, resourceLocatorField, listFields, resourceOption } from '../../fields';
import type { ResourceDescription } from '../types';

const RESOURCE = 'slaPolicy';
const SLA_POLICIES = '/api/v1/accounts/{accountId}/sla_policies';

export const slaPolicyOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create an SLA policy',
			description:
				'Create an SLA policy with response and resolution time targets (Enterprise edition only)',
			routing: {
				request: { method: 'POST', url: SLA_POLICIES },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an SLA policy',
			description:
				'Delete an SLA policy; Chatwoot removes it in the background and conversations lose it (Enterprise edition only)',
			routing: {
				request: { method: 'DELETE', url: `${SLA_POLICIES}/{slaPolicyId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an SLA policy',
			description: 'Get one SLA policy with its time targets in seconds (Enterprise edition only)',
			routing: {
				request: { method: 'GET', url: `${SLA_POLICIES}/{slaPolicyId}` },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many SLA policies',
			description:
				'List the SLA policies of the account in one request, without pages (Enterprise edition only)',
			routing: {
				request: { method: 'GET', url: SLA_POLICIES },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an SLA policy',
			description: 'Change only the fields you set of an SLA policy (Enterprise edition only)',
			routing: {
				request: { method: 'PATCH', url: `${SLA_POLICIES}/{slaPolicyId}` },
				output: { postReceive: [unwrapPayload] },
			},
		},
	],
	default: 'getAll',
};

export const slaPolicyIdField = resourceLocatorField('slaPolicyId', 'SLA Policy', {
	searchListMethod: 'searchSlaPolicies',
	noun: 'an SLA policy',
	description: 'The SLA policy to work on',
});

const seconds = (
	displayName: string,
	name: string,
	key: string,
	what: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	default: 3600,
	typeOptions: { minValue: 0 },
	description: `${what}, in seconds (3600 is one hour). Leave the field out for no target.`,
	routing: { send: { type: 'body', property: `sla_policy.${key}` } },
});

function slaAttributes(): INodeProperties[] {
	return [
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			routing: { send: { type: 'body', property: 'sla_policy.description' } },
		},
		seconds(
			'First Response Time',
			'firstResponseTime',
			'first_response_time_threshold',
			'Longest wait, from the conversation’s start, for the first reply of an agent',
		),
		seconds(
			'Next Response Time',
			'nextResponseTime',
			'next_response_time_threshold',
			'Longest wait for an agent’s reply after each customer message',
		),
		{
			displayName: 'Only During Business Hours',
			name: 'onlyDuringBusinessHours',
			type: 'boolean',
			default: false,
			description:
				'Whether the policy is marked as counting only business hours (Chatwoot stores the flag; its timers at 4.15.1 count all hours)',
			routing: { send: { type: 'body', property: 'sla_policy.only_during_business_hours' } },
		},
		seconds(
			'Resolution Time',
			'resolutionTime',
			'resolution_time_threshold',
			'Longest time, from the conversation’s start, until it is resolved',
		),
	];
}

const name = (required: boolean): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. Premium support',
	routing: { send: { type: 'body', property: 'sla_policy.name' } },
});

export const slaPolicyFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[slaPolicyIdField],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		name(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: slaAttributes(),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields you add here are sent',
			options: byDisplayName([...slaAttributes(), name(false)]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'SLA Policy',
		RESOURCE,
		'Service level targets for first reply, next reply and resolution (Enterprise edition only)',
	),
	operations: slaPolicyOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...slaPolicyFields],
};
