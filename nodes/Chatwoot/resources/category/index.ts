import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { paginate } from '../../helpers/pagination';
import { byDisplayName, pickerIn, resourceLocatorField } from '../../fields';
import { unwrapPayload } from '../../helpers/postReceive';
import { PORTALS } from '../portal';
import type { ResourceDescription } from '../types';
import { portalSlugField } from '../portal';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'category';
const CATEGORIES = `${PORTALS}/{portalSlug}/categories`;

export const categoryOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create a category',
			description: 'Create a category in a portal; returns the new category',
			routing: {
				request: { method: 'POST', url: CATEGORIES },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete a category',
			description: 'Delete a category of a portal. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: `${CATEGORIES}/{categoryId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get a category',
			description: 'Get one category of a portal with its name, slug, locale and position',
			routing: {
				request: { method: 'GET', url: `${CATEGORIES}/{categoryId}` },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many categories',
			description: 'List the categories of a portal, in their order of position, 1000 per request',
			routing: {
				request: { method: 'GET', url: CATEGORIES },
				send: { paginate: true },
				// docs/server-facts.md#category-page-size
				operations: { pagination: paginate({ type: 'page', pageSize: 1000, records: 'payload' }) },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update a category',
			description: 'Change only the fields you set',
			routing: {
				request: { method: 'PATCH', url: `${CATEGORIES}/{categoryId}` },
				output: { postReceive: [unwrapPayload] },
			},
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
	placeholder: 'e.g. Billing',
	routing: { send: { type: 'body', property: 'category.name' } },
});

const slug = (required: boolean): INodeProperties => ({
	displayName: 'Slug',
	name: 'slug',
	type: 'string',
	required,
	default: '',
	placeholder: 'e.g. billing',
	description: 'Name of the category in links; unique per language of the portal',
	routing: { send: { type: 'body', property: 'category.slug' } },
});

/** A category of the portal above, picked or given by ID, sent as a number at `bodyKey`. */
const categoryIn = (
	collection: string,
	name: string,
	displayName: string,
	description: string,
	bodyKey: string,
): INodeProperties =>
	pickerIn(
		collection,
		resourceLocatorField(name, displayName, {
			searchListMethod: 'searchCategories',
			noun: 'a category',
			description,
		}),
		bodyKey,
	);

/** Category fields; `collection` names the parameter they live in. */
function categoryAttributes(collection: string): INodeProperties[] {
	return [
		categoryIn(
			collection,
			'associatedCategoryId',
			'Associated Category',
			'The same category in another language of the portal',
			'category.associated_category_id',
		),
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			routing: { send: { type: 'body', property: 'category.description' } },
		},
		{
			displayName: 'Icon',
			name: 'icon',
			type: 'string',
			default: '',
			placeholder: 'e.g. 💳',
			description: 'An emoji shown next to the category',
			routing: { send: { type: 'body', property: 'category.icon' } },
		},
		{
			displayName: 'Locale',
			name: 'locale',
			type: 'string',
			default: 'en',
			placeholder: 'e.g. en',
			description:
				"Language of the category; one of the portal's allowed locales. Chatwoot uses en when none is sent.",
			routing: { send: { type: 'body', property: 'category.locale' } },
		},
		categoryIn(
			collection,
			'parentCategoryId',
			'Parent Category',
			'The category this one sits under',
			'category.parent_category_id',
		),
		{
			displayName: 'Position',
			name: 'position',
			type: 'number',
			default: 1,
			typeOptions: { numberPrecision: 0 },
			description: 'Place of the category in the portal; lower comes first',
			routing: { send: { type: 'body', property: 'category.position' } },
		},
	];
}

export const categoryIdField = resourceLocatorField('categoryId', 'Category', {
	searchListMethod: 'searchCategories',
	noun: 'a category',
	description: 'The category to work on, in the portal above',
});

export const categoryFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[categoryIdField],
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
			options: categoryAttributes('additionalFields'),
		},
	]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getAll'] } }, [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Locale',
					name: 'locale',
					type: 'string',
					default: '',
					placeholder: 'e.g. en',
					description: 'Only categories in this language',
					routing: { send: { type: 'query', property: 'locale' } },
				},
			],
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
			options: byDisplayName([...categoryAttributes('updateFields'), name(false), slug(false)]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Help Center Category',
		'category',
		'Categories that group the articles of a help center portal',
	),
	operations: categoryOperations,
	fields: [
		...listFields(RESOURCE, ['getAll'], { paged: true }),
		...updateDisplayOptions({ show: { resource: ['category'] } }, [portalSlugField]),
		...categoryFields,
	],
};
