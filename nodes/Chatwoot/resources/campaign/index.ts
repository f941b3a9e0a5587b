import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, multiPickerField, pickerIn, resourceLocatorField } from '../../fields';
import { sendTime } from '../../helpers/values';
import { agentPicker, inboxPicker } from '../../pickers';
import { sendLabelAudience } from './hooks';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'campaign';
const CAMPAIGNS = '/api/v1/accounts/{accountId}/campaigns';

export const campaignOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a campaign',
			description:
				'A website inbox makes an ongoing campaign shown to visitors; an SMS or WhatsApp inbox makes a one-off campaign sent to contacts with the audience labels',
			routing: { request: { method: 'POST', url: CAMPAIGNS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a campaign',
			description: 'Delete a campaign. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: `${CAMPAIGNS}/{campaignId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a campaign',
			description: 'Get one campaign with its message, inbox, audience and schedule',
			routing: { request: { method: 'GET', url: `${CAMPAIGNS}/{campaignId}` } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many campaigns',
			description: 'List the campaigns of the account in one request, without pages',
			routing: { request: { method: 'GET', url: CAMPAIGNS } },
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a campaign',
			description:
				'Change only the fields you set; a one-off campaign that has been sent can no longer change',
			routing: { request: { method: 'PATCH', url: `${CAMPAIGNS}/{campaignId}` } },
		},
	],
	default: 'getAll',
};

const title = (required: boolean): INodeProperties => ({
	displayName: 'Title',
	name: 'title',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. Spring sale',
	routing: { send: { type: 'body', property: 'title' } },
});

const message = (required: boolean): INodeProperties => ({
	displayName: 'Message',
	name: 'message',
	type: 'string',
	required,
	default: '',
	typeOptions: { rows: 4 },
	description: 'What the campaign says: shown to website visitors, or sent by SMS or WhatsApp',
	routing: { send: { type: 'body', property: 'message' } },
});

const inboxHelp = 'The inbox the campaign runs in: a website, SMS, Twilio SMS or WhatsApp inbox';

/** Campaign fields that may be left out; `collection` names the parameter they live in. */
function campaignAttributes(collection: string): INodeProperties[] {
	return [
		multiPickerField(
			'audienceLabelIds',
			'Audience Label Names or IDs',
			'getLabelIds',
			'One-off campaigns only: the labels whose contacts receive the campaign, sent by numeric ID as the whole audience, replacing any other',
			{ routing: { send: { preSend: [sendLabelAudience(`${collection}.audienceLabelIds`)] } } },
		),
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'A note about the campaign, for agents; visitors and contacts do not see it',
			routing: { send: { type: 'body', property: 'description' } },
		},
		{
			displayName: 'Enabled',
			name: 'enabled',
			type: 'boolean',
			default: true,
			description:
				'Whether the campaign runs; Chatwoot enables new campaigns unless told otherwise',
			routing: { send: { type: 'body', property: 'enabled' } },
		},
		{
			displayName: 'Page URL',
			name: 'url',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://www.example.com/pricing',
			description:
				'Ongoing campaigns only: the page of your website the campaign shows on, starting with http:// or https://. Chatwoot replaces the trigger rules as a whole, so set Time on Page with it.',
			routing: { send: { type: 'body', property: 'trigger_rules.url' } },
		},
		{
			displayName: 'Scheduled At',
			name: 'scheduledAt',
			type: 'dateTime',
			default: '',
			description:
				'One-off campaigns only: when Chatwoot sends the campaign; without it, as soon as it is created. A time without an offset is read in the workflow’s time zone.',
			routing: {
				send: {
					preSend: [
						sendTime(`${collection}.scheduledAt`, 'body', 'scheduled_at', { format: 'iso' }),
					],
				},
			},
		},
		pickerIn(
			collection,
			agentPicker(
				'senderId',
				'Sender',
				'Ongoing campaigns only: the agent the message appears to come from; without one it comes from a bot',
			),
			'sender_id',
		),
		{
			displayName: 'Template Params',
			name: 'templateParams',
			type: 'json',
			default: '{}',
			description:
				'WhatsApp campaigns only: JSON object naming the approved message template and its values, e.g. {"name": "spring_sale", "language": "en", "category": "MARKETING", "processed_params": {"1": "20%"}}',
			routing: {
				send: { preSend: [sendJson(`${collection}.templateParams`, 'template_params', 'object')] },
			},
		},
		{
			displayName: 'Time on Page',
			name: 'timeOnPage',
			type: 'number',
			default: 10,
			typeOptions: { minValue: 0, numberPrecision: 0 },
			description:
				'Ongoing campaigns only: seconds a visitor stays on the page before the campaign shows. Chatwoot replaces the trigger rules as a whole, so set Page URL with it.',
			routing: { send: { type: 'body', property: 'trigger_rules.time_on_page' } },
		},
		{
			displayName: 'Trigger Only During Business Hours',
			name: 'triggerOnlyDuringBusinessHours',
			type: 'boolean',
			default: false,
			description: 'Whether an ongoing campaign shows only during the business hours of its inbox',
			routing: { send: { type: 'body', property: 'trigger_only_during_business_hours' } },
		},
	];
}

export const campaignFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[
			resourceLocatorField('campaignId', 'Campaign', {
				searchListMethod: 'searchCampaigns',
				noun: 'a campaign',
				description:
					'The campaign to work on; its ID is the number Chatwoot gives it within the account',
			}),
		],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		title(true),
		message(true),
		inboxPicker(inboxHelp, { bodyKey: 'inbox_id' }),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName(campaignAttributes('additionalFields')),
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
				...campaignAttributes('updateFields'),
				pickerIn('updateFields', inboxPicker(inboxHelp), 'inbox_id'),
				message(false),
				title(false),
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Campaign',
		'campaign',
		'Messages shown to website visitors or sent to labelled contacts by SMS or WhatsApp',
	),
	operations: campaignOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...campaignFields],
};
