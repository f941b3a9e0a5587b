import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { byDisplayName, pickerIn } from '../../fields';
import { inboxPicker } from '../../pickers';
import { unwrapPayload } from '../../helpers/postReceive';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'portal';
export const PORTALS = '/api/v1/accounts/{accountId}/portals';

/** The dashboard shows a portal at /app/accounts/1/portals/<slug>/<locale>/articles. */
const PORTAL_URL = '/app/accounts/\\d+/portals/([^/?#]+)';

/** Portals are addressed by their slug, never by their numeric ID. */
export const portalSlugField: INodeProperties = {
	displayName: 'Portal',
	name: 'portalSlug',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The help center portal, named in the API by its slug',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select a portal...',
			typeOptions: { searchListMethod: 'searchPortals', searchable: true },
		},
		{
			displayName: 'By Slug',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. handbook',
			validation: [
				{
					type: 'regex',
					properties: {
						regex: '^[^/\\s]+$',
						errorMessage: 'Enter the slug of the portal, without slashes or spaces',
					},
				},
			],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'https://chat.example.com/app/accounts/1/portals/handbook/en/articles',
			extractValue: { type: 'regex', regex: PORTAL_URL },
			validation: [
				{
					type: 'regex',
					properties: {
						regex: `.*${PORTAL_URL}.*`,
						errorMessage: 'Paste the dashboard link of a portal',
					},
				},
			],
		},
	],
};

export const portalOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a portal',
			description: 'Create a help center portal; returns the new portal',
			routing: { request: { method: 'POST', url: PORTALS } },
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a portal',
			description: 'Delete a portal with its categories and articles',
			routing: {
				request: { method: 'DELETE', url: `${PORTALS}/{portalSlug}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a portal',
			description: 'Get one help center portal with its settings, locales and article counts',
			routing: { request: { method: 'GET', url: `${PORTALS}/{portalSlug}` } },
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many portals',
			description: 'List the help center portals of the account in one request',
			routing: {
				request: { method: 'GET', url: PORTALS },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a portal',
			description: 'Change only the fields you set; set Archived to take the portal offline',
			routing: { request: { method: 'PATCH', url: `${PORTALS}/{portalSlug}` } },
		},
	],
	default: 'getAll',
};

const name = (required: boolean): INodeProperties => ({
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. Handbook',
	routing: { send: { type: 'body', property: 'portal.name' } },
});

const slug = (required: boolean): INodeProperties => ({
	displayName: 'Slug',
	name: 'slug',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. handbook',
	description: 'Unique name of the portal in links and in the API',
	routing: { send: { type: 'body', property: 'portal.slug' } },
});

/** Portal fields; `collection` names the parameter they live in. */
function portalAttributes(collection: string): INodeProperties[] {
	return [
		{
			displayName: 'Color',
			name: 'color',
			type: 'color',
			default: '#1f93ff',
			description: 'Brand colour of the portal, in #rgb or #rrggbb form',
			routing: { send: { type: 'body', property: 'portal.color' } },
		},
		{
			displayName: 'Config',
			name: 'config',
			type: 'json',
			default: '{}',
			description:
				'JSON object of the portal\'s languages, e.g. {"allowed_locales": ["en", "es"], "default_locale": "en"}',
			routing: { send: { preSend: [sendJson(`${collection}.config`, 'portal.config', 'object')] } },
		},
		{
			displayName: 'Custom Domain',
			name: 'customDomain',
			type: 'string',
			default: '',
			placeholder: 'e.g. help.example.com',
			description: 'Domain the portal is served on instead of the Chatwoot address',
			routing: { send: { type: 'body', property: 'portal.custom_domain' } },
		},
		{
			displayName: 'Header Text',
			name: 'headerText',
			type: 'string',
			default: '',
			description: "Headline on the portal's home page",
			routing: { send: { type: 'body', property: 'portal.header_text' } },
		},
		{
			displayName: 'Homepage Link',
			name: 'homepageLink',
			type: 'string',
			default: '',
			placeholder: 'e.g. https://www.example.com',
			description: 'Address of your website, linked from the portal',
			routing: { send: { type: 'body', property: 'portal.homepage_link' } },
		},
		pickerIn(
			collection,
			inboxPicker(
				'A website inbox whose chat widget the portal shows. On update Chatwoot applies it only together with another portal field.',
				{
					displayName: 'Live Chat Inbox',
				},
			),
			'inbox_id',
		),
		{
			displayName: 'Page Title',
			name: 'pageTitle',
			type: 'string',
			default: '',
			description: 'Title browsers show for the portal',
			routing: { send: { type: 'body', property: 'portal.page_title' } },
		},
	];
}

export const portalFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[portalSlugField],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		name(true),
		slug(true),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: portalAttributes('additionalFields'),
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
				...portalAttributes('updateFields'),
				{
					displayName: 'Archived',
					name: 'archived',
					type: 'boolean',
					default: true,
					description: 'Whether the portal is archived, that is offline for visitors',
					routing: { send: { type: 'body', property: 'portal.archived' } },
				},
				name(false),
				slug(false),
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Help Center Portal', 'portal', 'Help center portals of the account'),
	operations: portalOperations,
	fields: [...listFields(RESOURCE, ['getAll']), ...portalFields],
};
