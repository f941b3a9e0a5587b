import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, pickerIn, resourceLocatorField } from '../../fields';
import { inboxPicker } from '../../pickers';
import { OTHER_APP, sendAppId } from './hooks';
import { unwrapPayload } from '../../helpers/postReceive';
import type { ResourceDescription } from '../types';
import { resourceOption } from '../../fields';

const RESOURCE = 'integration';
const INTEGRATIONS = '/api/v1/accounts/{accountId}/integrations';

export const integrationOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create Hook',
			value: 'createHook',
			action: 'Create an integration hook',
			description: 'Connect an integration app to the account, or to one inbox',
			routing: { request: { method: 'POST', url: `${INTEGRATIONS}/hooks` } },
		},
		{
			name: 'Delete Hook',
			value: 'deleteHook',
			action: 'Delete an integration hook',
			description: 'Disconnect an integration app',
			routing: {
				request: { method: 'DELETE', url: `${INTEGRATIONS}/hooks/{hookId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get Apps',
			value: 'getApps',
			action: 'Get integration apps',
			description:
				'List the integration apps active for the account, each with its hooks, in one request; apps the server is not configured for are left out',
			routing: {
				request: { method: 'GET', url: `${INTEGRATIONS}/apps` },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Update Hook',
			value: 'updateHook',
			action: 'Update an integration hook',
			description: 'Change the settings or the status of a hook; only the fields you set are sent',
			routing: { request: { method: 'PATCH', url: `${INTEGRATIONS}/hooks/{hookId}` } },
		},
	],
	default: 'getApps',
};

const APPS = [
	{ name: 'Dashboard Apps', value: 'dashboard_apps' },
	{ name: 'Dialogflow', value: 'dialogflow' },
	{ name: 'Dyte', value: 'dyte' },
	{ name: 'Google Translate', value: 'google_translate' },
	{ name: 'LeadSquared', value: 'leadsquared' },
	{ name: 'Linear', value: 'linear' },
	{ name: 'Notion', value: 'notion' },
	{ name: 'OpenAI', value: 'openai' },
	{ name: 'Other (Type the ID)', value: OTHER_APP },
	{ name: 'Shopify', value: 'shopify' },
	{ name: 'Slack', value: 'slack' },
];

/** Hook fields Chatwoot lets both create and update change. */
function hookAttributes(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Settings',
			name: 'settings',
			type: 'json',
			default: '{}',
			description:
				'JSON object of the app\'s settings; each app checks its own keys, e.g. {"api_key": "sk-..."} for OpenAI or {"project_id": "...", "credentials": {...}} for Dialogflow' +
				(collection === 'updateFields'
					? '. Replaces the stored settings whole: keys left out are erased.'
					: ''),
			routing: {
				send: { preSend: [sendJson(`${collection}.settings`, 'hook.settings', 'object')] },
			},
		},
		{
			displayName: 'Status',
			name: 'status',
			type: 'options',
			options: [
				{ name: 'Enabled', value: 'enabled' },
				{ name: 'Disabled', value: 'disabled' },
			],
			default: 'enabled',
			description: 'Whether the hook is in use',
			routing: { send: { type: 'body', property: 'hook.status' } },
		},
	];
}

export const integrationFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['createHook'] } }, [
		{
			displayName: 'App',
			name: 'appId',
			type: 'options',
			options: APPS,
			required: true,
			default: 'dialogflow',
			description:
				'Integration app the hook connects. Chatwoot names apps by a text ID; choose Other to type one this list does not have. An unknown ID is saved anyway, and apps Chatwoot connects through their own sign-in (Slack, Linear, Notion, Shopify) get no credentials from a hook made here.',
			routing: { send: { preSend: [sendAppId] } },
		},
		{
			displayName: 'Custom App ID',
			name: 'customAppId',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. dialogflow',
			description: 'ID of the integration app, as listed by Get Apps',
			displayOptions: { show: { appId: [OTHER_APP] } },
		},
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([
				...hookAttributes('additionalFields'),
				pickerIn(
					'additionalFields',
					inboxPicker('The inbox, for apps that connect to one inbox such as Dialogflow'),
					'hook.inbox_id',
				),
			]),
		},
	]),
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['deleteHook', 'updateHook'] } },
		[
			resourceLocatorField('hookId', 'Hook', {
				searchListMethod: 'searchIntegrationHooks',
				noun: 'a hook',
				description: 'The integration hook to work on',
			}),
		],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['updateHook'] } }, [
		{
			displayName: 'Update Fields',
			name: 'updateFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'Only the fields you add here are sent',
			options: hookAttributes('updateFields'),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Integration',
		'integration',
		'Integration apps and the hooks that connect them',
	),
	operations: integrationOperations,
	fields: integrationFields,
};
