import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, resourceLocatorField } from '../../fields';
import { unwrapPayload } from '../../helpers/postReceive';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'automationRule';
const RULES = '/api/v1/accounts/{accountId}/automation_rules';

export const automationRuleOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create an automation rule',
			description:
				'Create a rule that runs its actions on conversations or contacts when an event meets its conditions; returns the new rule',
			routing: {
				request: { method: 'POST', url: RULES },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an automation rule',
			description: 'Delete an automation rule. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: `${RULES}/{automationRuleId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an automation rule',
			description: 'Get one automation rule with its event, conditions and actions',
			routing: {
				request: { method: 'GET', url: `${RULES}/{automationRuleId}` },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many automation rules',
			description: 'List the automation rules of the account in one request, without pages',
			routing: {
				request: { method: 'GET', url: RULES },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an automation rule',
			description: 'Change only the fields you set; conditions and actions are replaced as a whole',
			routing: {
				request: { method: 'PATCH', url: `${RULES}/{automationRuleId}` },
				output: { postReceive: [unwrapPayload] },
			},
		},
	],
	default: 'getAll',
};

const CONDITIONS_HELP =
	'JSON list of the conditions the conversation or message must meet, e.g. [{"attribute_key": "content", "filter_operator": "contains", "values": ["refund"], "query_operator": null}]. Join several with "query_operator": "and" or "or" on all but the last.';
const ACTIONS_HELP =
	'JSON list of what the rule does, e.g. [{"action_name": "add_label", "action_params": ["billing"]}, {"action_name": "assign_team", "action_params": [2]}]';

const eventName = (required: boolean): INodeProperties => ({
	displayName: 'Event',
	name: 'eventName',
	type: 'options',
	required,
	options: [
		{ name: 'Conversation Created', value: 'conversation_created' },
		{ name: 'Conversation Opened', value: 'conversation_opened' },
		{ name: 'Conversation Resolved', value: 'conversation_resolved' },
		{ name: 'Conversation Updated', value: 'conversation_updated' },
		{ name: 'Message Created', value: 'message_created' },
	],
	default: 'conversation_created',
	description: 'What makes Chatwoot check the rule',
	routing: { send: { type: 'body', property: 'event_name' } },
});

const name = (required: boolean): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. Label refund requests',
	routing: { send: { type: 'body', property: 'name' } },
});

/**
 * The Actions field: a JSON list of `{"action_name": …, "action_params": […]}` objects, the shape
 * automation rules and macros share, sent as `actions`. `collection` is where the field lives,
 * '' at the top level.
 */
export function actionsField(
	collection: string,
	required: boolean,
	description: string,
): INodeProperties {
	return {
		displayName: 'Actions',
		name: 'actions',
		type: 'json',
		required,
		default: '[]',
		description,
		routing: {
			send: {
				preSend: [sendJson(collection ? `${collection}.actions` : 'actions', 'actions', 'list')],
			},
		},
	};
}

/** Conditions, then actions: `collection` is where the fields live, '' at the top level. */
function rules(collection: string, required: boolean): INodeProperties[] {
	const path = (field: string) => (collection ? `${collection}.${field}` : field);
	return [
		{
			displayName: 'Conditions',
			name: 'conditions',
			type: 'json',
			required,
			default: '[]',
			description: CONDITIONS_HELP,
			routing: { send: { preSend: [sendJson(path('conditions'), 'conditions', 'list')] } },
		},
		actionsField(collection, required, ACTIONS_HELP),
	];
}

function ruleAttributes(): INodeProperties[] {
	return [
		{
			displayName: 'Active',
			name: 'active',
			type: 'boolean',
			default: true,
			description: 'Whether the rule runs',
			routing: { send: { type: 'body', property: 'active' } },
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			routing: { send: { type: 'body', property: 'description' } },
		},
	];
}

export const automationRuleFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[
			resourceLocatorField('automationRuleId', 'Automation Rule', {
				searchListMethod: 'searchAutomationRules',
				noun: 'an automation rule',
				description: 'The automation rule to work on',
			}),
		],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		name(true),
		eventName(true),
		...rules('', true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: ruleAttributes(),
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
			options: byDisplayName([
				...ruleAttributes(),
				...rules('updateFields', false),
				eventName(false),
				name(false),
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Automation Rule',
		'automationRule',
		'Rules that act on conversations and messages when an event happens',
	),
	operations: automationRuleOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...automationRuleFields],
};
