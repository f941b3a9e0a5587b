import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { sendJson, successWhenEmpty } from '../../helpers/hooks';
import { paginate } from '../../helpers/pagination';
import { byDisplayName, pickerIn, resourceLocatorField } from '../../fields';
import { agentPicker } from '../../pickers';
import { unwrapPayload } from '../../helpers/postReceive';
import { PORTALS } from '../portal';
import type { ResourceDescription } from '../types';
import { portalSlugField } from '../portal';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'article';
const ARTICLES = `${PORTALS}/{portalSlug}/articles`;

export const articleOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Create',
			value: 'create',
			action: 'Create an article',
			description: 'Create an article; it is a draft unless Status is set',
			routing: {
				request: { method: 'POST', url: ARTICLES },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete an article',
			description: 'Delete an article of a portal. Returns { success: true }.',
			routing: {
				request: { method: 'DELETE', url: `${ARTICLES}/{articleId}` },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get an article',
			description: 'Get one article with its content, status, category and author',
			routing: {
				request: { method: 'GET', url: `${ARTICLES}/{articleId}` },
				output: { postReceive: [unwrapPayload] },
			},
		},
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many articles',
			description:
				'List the articles of a portal, 25 per request, newest change first (by position with a category)',
			routing: {
				request: { method: 'GET', url: ARTICLES },
				send: { paginate: true },
				operations: { pagination: paginateArticles },
			},
		},
		{
			name: 'Update',
			value: 'update',
			action: 'Update an article',
			description:
				'Change only the fields you set (Meta is replaced whole); set Status to Published to publish a draft',
			routing: {
				request: { method: 'PATCH', url: `${ARTICLES}/{articleId}` },
				output: { postReceive: [unwrapPayload] },
			},
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
	placeholder: 'e.g. How to request a refund',
	routing: { send: { type: 'body', property: 'article.title' } },
});

const content = (required: boolean): INodeProperties => ({
	displayName: 'Content',
	name: 'content',
	type: 'string',
	required,
	default: '',
	typeOptions: { rows: 6 },
	description: 'Body of the article, in Markdown',
	routing: { send: { type: 'body', property: 'article.content' } },
});

/**
 * The count in the list's meta that is the exact total of a filtered list: `meta.articles_count`
 * leaves out the status and author filters, the per-status counts leave out only the author
 * (docs/server-facts.md#article-list-counts). With an author filter no count fits: a short page ends the loop.
 */
const STATUS_TOTAL: Record<string, string> = {
	archived: 'meta.archived_articles_count',
	draft: 'meta.draft_articles_count',
	published: 'meta.published_count',
};

async function paginateArticles(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const byAuthor = filters.authorId !== undefined && filters.authorId !== '';
	const status = typeof filters.status === 'string' ? filters.status : '';
	const total = byAuthor ? undefined : status ? STATUS_TOTAL[status] : 'meta.articles_count';
	return paginate({ type: 'page', pageSize: 25, records: 'payload', total }).call(
		this,
		requestData,
	);
}

/** The agent shown as the author, picked from the account's agents; sent as a number. */
const authorPicker = (description: string, bodyKey?: string): INodeProperties =>
	agentPicker('authorId', 'Author', description, bodyKey);

/** Article fields; `collection` names the parameter they live in. */
function articleAttributes(collection: string): INodeProperties[] {
	return [
		pickerIn(
			collection,
			resourceLocatorField('associatedArticleId', 'Associated Article', {
				searchListMethod: 'searchArticles',
				noun: 'an article',
				description: 'The same article in another language of the portal',
			}),
			'article.associated_article_id',
		),
		pickerIn(
			collection,
			resourceLocatorField('categoryId', 'Category', {
				searchListMethod: 'searchCategories',
				noun: 'a category',
				description:
					collection === 'updateFields'
						? 'The category the article belongs to, in the portal above. A new category moves the article to the end of it, overriding a Position sent with it.'
						: 'The category the article belongs to, in the portal above',
			}),
			'article.category_id',
		),
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			default: '',
			description: 'Short summary shown in article lists',
			routing: { send: { type: 'body', property: 'article.description' } },
		},
		{
			displayName: 'Meta',
			name: 'meta',
			type: 'json',
			default: '{}',
			description:
				'JSON object of search details; only the keys title, description and tags are kept, e.g. {"title": "Refunds", "description": "How refunds work", "tags": ["billing"]}' +
				(collection === 'updateFields'
					? '. Replaces the stored meta whole: keys left out are erased.'
					: ''),
			routing: { send: { preSend: [sendJson(`${collection}.meta`, 'article.meta', 'object')] } },
		},
		{
			displayName: 'Locale',
			name: 'locale',
			type: 'string',
			default: '',
			placeholder: 'e.g. fr',
			description:
				"Language code of the article, applied only to an article without a category (one in a category always takes the category's language); unset, the portal's default language",
			routing: { send: { type: 'body', property: 'article.locale' } },
		},
		{
			displayName: 'Position',
			name: 'position',
			type: 'number',
			default: 1,
			typeOptions: { numberPrecision: 0 },
			description:
				collection === 'updateFields'
					? 'Place of the article in its category; lower comes first. Ignored when Category ID changes in the same update.'
					: 'Place of the article in its category; lower comes first',
			routing: { send: { type: 'body', property: 'article.position' } },
		},
		{
			displayName: 'Slug',
			name: 'slug',
			type: 'string',
			default: '',
			placeholder: 'e.g. request-a-refund',
			description:
				'Name of the article in links; Chatwoot makes one from the title when none is sent',
			routing: { send: { type: 'body', property: 'article.slug' } },
		},
	];
}

const STATUSES = [
	{ name: 'Archived', value: 'archived' },
	{ name: 'Draft', value: 'draft' },
	{ name: 'Published', value: 'published' },
];

const statusField = (description?: string): INodeProperties => ({
	displayName: 'Status',
	name: 'status',
	type: 'options',
	options: STATUSES,
	default: 'published',
	...(description ? { description } : {}),
	routing: { send: { type: 'body', property: 'article.status' } },
});

export const articleFields: INodeProperties[] = [
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['delete', 'get', 'update'] } },
		[
			resourceLocatorField('articleId', 'Article', {
				searchListMethod: 'searchArticles',
				noun: 'an article',
				description: 'The article to work on, in the portal above',
			}),
		],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['create'] } }, [
		title(true),
		content(true),
		authorPicker('The agent shown as the author of the article', 'article.author_id'),
		{
			displayName: 'Additional Fields',
			name: 'additionalFields',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			options: byDisplayName([
				...articleAttributes('additionalFields'),
				statusField('Draft unless set'),
			]),
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
				pickerIn('filters', authorPicker('Only articles by this agent'), 'author_id', 'query'),
				{
					displayName: 'Category Slug',
					name: 'categorySlug',
					type: 'string',
					default: '',
					placeholder: 'e.g. billing',
					description: 'Only articles of the category with this slug',
					routing: { send: { type: 'query', property: 'category_slug' } },
				},
				{
					displayName: 'Locale',
					name: 'locale',
					type: 'string',
					default: '',
					placeholder: 'e.g. en',
					description: 'Only articles in this language',
					routing: { send: { type: 'query', property: 'locale' } },
				},
				{
					displayName: 'Search',
					name: 'query',
					type: 'string',
					default: '',
					placeholder: 'e.g. refund',
					description: 'Only articles whose title, description or content matches these words',
					routing: { send: { type: 'query', property: 'query' } },
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					options: STATUSES,
					default: 'published',
					description: 'Only articles with this status',
					routing: { send: { type: 'query', property: 'status' } },
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
			options: byDisplayName([
				...articleAttributes('updateFields'),
				pickerIn(
					'updateFields',
					authorPicker('The agent shown as the author of the article'),
					'article.author_id',
				),
				content(false),
				statusField(),
				title(false),
			]),
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption('Help Center Article', 'article', 'Articles of a help center portal'),
	operations: articleOperations,
	fields: [
		...listFields(RESOURCE, ['getAll'], { paged: true }),
		...updateDisplayOptions({ show: { resource: ['article'] } }, [portalSlugField]),
		...articleFields,
	],
};
