import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, resourceLocatorField } from '../../fields';
import { actionsField } from '../automationRule';
import { sendIdList } from '../../helpers/values';
import { KEEP_VISIBILITY, sendMacroVisibility } from './hooks';
import { unwrapPayload } from '../../helpers/postReceive';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'macro';
const MACROS = '/api/v1/accounts/{accountId}/macros';

export const macroOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a macro',
			description:
				'Create a macro, a saved list of actions to run on conversations; returns the new macro',
			routing: {
				request: { method: 'POST', url: MACROS },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a macro',
			description: 'Delete a macro. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: `${MACROS}/{macroId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Execute',
			value: 'execute',
			action: 'Execute a macro on conversations',
			description:
				'Run the macro’s actions on one or more conversations; Chatwoot runs them in the background and reports no result',
			routing: {
				request: { method: 'POST', url: `${MACROS}/{macroId}/execute` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a macro',
			description: 'Get one macro with its actions and who can see it',
			routing: {
				request: { method: 'GET', url: `${MACROS}/{macroId}` },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many macros',
			description:
				'List the shared macros and your own personal ones in one request, without pages',
			routing: {
				request: { method: 'GET', url: MACROS },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a macro',
			description: 'Change only the fields you set; actions are replaced as a whole',
			routing: {
				request: { method: 'PATCH', url: `${MACROS}/{macroId}` },
				output: { postReceive: [unwrapPayload] },
			},
		},
	],
	default: 'getAll',
};

const ACTIONS_HELP =
	'JSON list of what the macro does, in order, e.g. [{"action_name": "add_label", "action_params": ["billing"]}, {"action_name": "send_message", "action_params": ["We are on it."]}, {"action_name": "resolve_conversation"}]. ' +
	'Chatwoot accepts add_label, remove_label, assign_agent, assign_team, remove_assigned_agent, remove_assigned_team, change_status, change_priority, snooze_conversation, resolve_conversation, mute_conversation, send_message, add_private_note, send_email_transcript, send_webhook_event and send_attachment.';

const name = (required: boolean): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. Close as refunded',
	routing: { send: { type: 'body', property: 'name' } },
});

const PERSONAL = {
	name: 'Personal',
	value: 'personal',
	description: 'Only you see and run the macro',
};
const GLOBAL = {
	name: 'Global',
	value: 'global',
	description: 'Every agent of the account sees and runs the macro',
};

export const macroFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'execute', 'get', 'update'] } },
		[
			resourceLocatorField('macroId', 'Macro', {
				searchListMethod: 'searchMacros',
				noun: 'a macro',
				description: 'The macro to work on',
			}),
		],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['execute'] } }, [
		{
			displayName: 'Conversation IDs',
			name: 'conversationIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 12, 15',
			description:
				'Numbers of the conversations to run the macro on, as shown in the dashboard, separated by commas. Chatwoot skips, without an error, numbers it cannot find in the account.',
			routing: { send: { preSend: [sendIdList('conversationIds', 'body', 'conversation_ids')] } },
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		name(true),
		{
			displayName: 'Visibility',
			name: 'visibility',
			type: 'options',
			required: true,
			options: [GLOBAL, PERSONAL],
			default: 'personal',
			description:
				'Who can see and run the macro. Chatwoot makes the macros of agents personal whatever is chosen.',
			routing: { send: { type: 'body', property: 'visibility' } },
		},
		actionsField('', true, ACTIONS_HELP),
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['update'] } }, [
		{
			displayName: 'Visibility',
			name: 'visibility',
			type: 'options',
			required: true,
			options: [
				GLOBAL,
				{
					name: 'Keep Current',
					value: KEEP_VISIBILITY,
					description:
						'Read the macro first and send the visibility it has, so that it does not change',
				},
				PERSONAL,
			],
			default: KEEP_VISIBILITY,
			description:
				'Chatwoot sets the visibility on every update and clears it when none is sent, which hides the macro, so the node always sends one',
			routing: { send: { preSend: [sendMacroVisibility] } },
		},
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields you add here are sent',
			options: byDisplayName([actionsField('updateFields', false, ACTIONS_HELP), name(false)]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Macro',
		'macro',
		'Saved sequences of actions agents run on conversations',
	),
	operations: macroOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...macroFields],
};
