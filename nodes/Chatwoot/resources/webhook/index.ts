import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, pickerIn, resourceLocatorField } from '../../fields';
import { inboxPicker } from '../../pickers';
import { WEBHOOK_EVENTS } from '../../../common/webhookEvents';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'webhook';
const WEBHOOKS = '/api/v1/accounts/{accountId}/webhooks';

// Chatwoot wraps webhooks twice: `{ payload: { webhooks: [...] } }` and `{ payload: { webhook: {...} } }`
const unwrapOne = {
	postReceive: [{ type: 'rootProperty' as const, properties: { property: 'payload.webhook' } }],
};

export const webhookOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a webhook',
			description: 'Have Chatwoot POST the chosen events of the account to a URL',
			routing: { request: { method: 'POST', url: WEBHOOKS }, output: unwrapOne },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a webhook',
			description:
				'Delete a webhook; Chatwoot stops posting events to its URL. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: `${WEBHOOKS}/{webhookId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many webhooks',
			description: 'List the webhooks of the account in one request',
			routing: {
				request: { method: 'GET', url: WEBHOOKS },
				output: {
					postReceive: [{ type: 'rootProperty', properties: { property: 'payload.webhooks' } }],
				},
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a webhook',
			description: 'Change only the fields you set',
			routing: { request: { method: 'PATCH', url: `${WEBHOOKS}/{webhookId}` }, output: unwrapOne },
		},
	],
	default: 'getAll',
};

export const webhookIdField = resourceLocatorField('webhookId', 'Webhook', {
	searchListMethod: 'searchWebhooks',
	noun: 'a webhook',
	description: 'The webhook to work on',
});

const url = (required: boolean): INodeProperties => ({
	displayName: 'URL',
	name: 'url',
	type: 'string',
	required,
	default: '',
	placeholder: 'https://example.com/chatwoot-events',
	description:
		'HTTP or HTTPS address the events are posted to; one webhook per address in an account. Chatwoot 4.14 and later refuse private and local addresses unless SAFE_FETCH_ALLOW_PRIVATE_NETWORK is set on the server.',
	routing: { send: { type: 'body', property: 'url' } },
});

const subscriptions = (required: boolean): INodeProperties => ({
	displayName: 'Events',
	name: 'subscriptions',
	type: 'multiOptions',
	required,
	default: [],
	options: WEBHOOK_EVENTS,
	description: 'The events to post; at least one',
	routing: { send: { type: 'body', property: 'subscriptions' } },
});

/** `collection` names the parameter the fields live in. */
function webhookAttributes(collection: string): INodeProperties[] {
	return [
		pickerIn(
			collection,
			inboxPicker(
				'An inbox the webhook is about; Chatwoot still posts the events of every inbox to it',
			),
			'inbox_id',
			'body',
		),
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Label of the webhook in the dashboard',
			routing: { send: { type: 'body', property: 'name' } },
		},
	];
}

export const webhookFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['delete', 'update'] } }, [
		webhookIdField,
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		url(true),
		subscriptions(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: webhookAttributes('additionalFields'),
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
				...webhookAttributes('updateFields'),
				subscriptions(false),
				url(false),
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Webhook', 'webhook', 'URLs Chatwoot posts the events of the account to'),
	operations: webhookOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...webhookFields],
};
