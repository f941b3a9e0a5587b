import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendPickedId, successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, resourceLocatorField, listFields, resourceOption } from '../../fields';
import { inboxPicker } from '../../pickers';
import type { ResourceDescription } from '../types';

const RESOURCE = 'assignmentPolicy';
const POLICIES = '/api/v1/accounts/{accountId}/assignment_policies';
const POLICY_OF_INBOX = '/api/v1/accounts/{accountId}/inboxes/{inboxId}/assignment_policy';

export const assignmentPolicyOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Apply to Inbox',
			value: 'applyToInbox',
			action: 'Apply an assignment policy to an inbox',
			description:
				'Make the policy the one that assigns the inbox’s conversations; a policy the inbox had before is replaced (administrators only)',
			routing: {
				request: { method: 'POST', url: POLICY_OF_INBOX },
				send: { preSend: [sendPickedId('assignmentPolicyId', 'assignment_policy_id')] },
			},
		},
		{
			name: 'Create',
			value: 'create',
			action: 'Create an assignment policy',
			description:
				'Create a policy saying in which order and how fairly conversations are handed to agents (administrators only)',
			routing: { request: { method: 'POST', url: POLICIES } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an assignment policy',
			description:
				'Delete an assignment policy; the inboxes that used it are left without one (administrators only)',
			routing: {
				request: { method: 'DELETE', url: `${POLICIES}/{assignmentPolicyId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an assignment policy',
			description:
				'Get one assignment policy with its settings and the number of inboxes using it (administrators only)',
			routing: { request: { method: 'GET', url: `${POLICIES}/{assignmentPolicyId}` } },
		},
		{
			name: 'Get for Inbox',
			value: 'getForInbox',
			action: 'Get the assignment policy of an inbox',
			description:
				'Get the policy applied to an inbox; an inbox without one fails as not found (administrators only)',
			routing: { request: { method: 'GET', url: POLICY_OF_INBOX } },
		},
		{
			name: 'Get Inboxes',
			value: 'getInboxes',
			action: 'Get the inboxes of an assignment policy',
			description:
				'List the inboxes the policy is applied to, one item per inbox, in one request (administrators only)',
			routing: {
				request: { method: 'GET', url: `${POLICIES}/{assignmentPolicyId}/inboxes` },
				output: {
					postReceive: [{ type: 'rootProperty', properties: { property: 'inboxes' } }],
				},
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many assignment policies',
			description:
				'List the assignment policies of the account in one request, without pages (administrators only)',
			routing: { request: { method: 'GET', url: POLICIES } },
		},
		{
			name: 'Remove From Inbox',
			value: 'removeFromInbox',
			action: 'Remove the assignment policy from an inbox',
			description:
				'Take away whichever policy the inbox has, leaving it with none; an inbox without one fails as not found (administrators only)',
			routing: {
				request: { method: 'DELETE', url: POLICY_OF_INBOX },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an assignment policy',
			description: 'Change only the fields you set of an assignment policy (administrators only)',
			routing: { request: { method: 'PATCH', url: `${POLICIES}/{assignmentPolicyId}` } },
		},
	],
	default: 'getAll',
};

export const assignmentPolicyIdField = resourceLocatorField(
	'assignmentPolicyId',
	'Assignment Policy',
	{
		searchListMethod: 'searchAssignmentPolicies',
		noun: 'an assignment policy',
		description: 'The assignment policy to work on',
	},
);

const body = (key: string) => ({
	send: { type: 'body' as const, property: `assignment_policy.${key}` },
});

function policyAttributes(): INodeProperties[] {
	return [
		{
			displayName: 'Assignment Order',
			name: 'assignmentOrder',
			type: 'options',
			options: [
				{
					name: 'Balanced',
					value: 'balanced',
					description:
						'To the agent with the fewest open conversations (Enterprise edition only; Community Edition fails with a server error)',
				},
				{ name: 'Round Robin', value: 'round_robin', description: 'To each agent in turn' },
			],
			default: 'round_robin',
			description: 'How the next conversation picks its agent',
			routing: body('assignment_order'),
		},
		{
			displayName: 'Conversation Priority',
			name: 'conversationPriority',
			type: 'options',
			options: [
				{ name: 'Earliest Created', value: 'earliest_created' },
				{ name: 'Longest Waiting', value: 'longest_waiting' },
			],
			default: 'earliest_created',
			description: 'Which unassigned conversations are handed out first',
			routing: body('conversation_priority'),
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			routing: body('description'),
		},
		{
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description: 'Whether the policy assigns conversations',
			routing: body('enabled'),
		},
		{
			displayName: 'Fair Distribution Limit',
			name: 'fairDistributionLimit',
			type: 'number',
			default: 100,
			typeOptions: { minValue: 1 },
			description:
				'Most conversations one agent is given within the fair distribution window (Chatwoot’s default is 100)',
			routing: body('fair_distribution_limit'),
		},
		{
			displayName: 'Fair Distribution Window',
			name: 'fairDistributionWindow',
			type: 'number',
			default: 3600,
			typeOptions: { minValue: 1 },
			description:
				'The period the fair distribution limit counts over, in seconds (3600, Chatwoot’s default, is one hour)',
			routing: body('fair_distribution_window'),
		},
	];
}

const name = (required: boolean): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. Support round robin',
	description: 'Unique within the account',
	routing: body('name'),
});

export const assignmentPolicyFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: ['applyToInbox', 'delete', 'get', 'getInboxes', 'update'],
			},
		},
		[assignmentPolicyIdField],
	),
	...updateDisplayOptions(
		{
			show: { resource: [RESOURCE], operation: ['applyToInbox', 'getForInbox', 'removeFromInbox'] },
		},
		[inboxPicker('The inbox whose assignment policy to work with')],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		name(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: policyAttributes(),
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
			options: byDisplayName([...policyAttributes(), name(false)]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Assignment Policy',
		RESOURCE,
		'How conversations of an inbox are assigned to agents (assignment v2), and which inboxes use each policy',
	),
	operations: assignmentPolicyOperations,
	fields: [...listFields(RESOURCE, ['getAll', 'getInboxes']), ...assignmentPolicyFields],
};
