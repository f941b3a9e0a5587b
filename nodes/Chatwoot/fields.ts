import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import {
	accountIdProperty,
	locatorField,
	type LocatorOptions as BaseLocatorOptions,
} from '../common/fields';
import { limitItems, requireNumericId, sendPickedId } from './helpers/hooks';

/** An entry of the Resource list; the routing every operation shares sits on the Resource property. */
export function resourceOption(
	name: string,
	value: string,
	description: string,
): INodePropertyOptions {
	return { name, value, description };
}

/** The `operation` property of one resource: its options in alphabetical order of their names. */
export function operationsOf(
	resource: string,
	options: INodePropertyOptions[],
	defaultOperation: string,
): INodeProperties {
	return {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource] } },
		options: byName(options),
		default: defaultOperation,
	};
}

/**
 * Return All and Limit of a resource's list operations. `paged` ones page through `paginate`, which
 * applies the limit over all pages itself; the others keep the first `limit` items of one answer.
 */
export function listFields(
	resource: string,
	operations: string[],
	{ paged = false } = {},
): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			displayOptions: { show: { resource: [resource], operation: operations } },
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			default: 50,
			typeOptions: { minValue: 1 },
			displayOptions: { show: { resource: [resource], operation: operations, returnAll: [false] } },
			description: 'Max number of results to return',
			...(paged ? {} : { routing: { output: { postReceive: [limitItems] } } }),
		},
	];
}

/** A required numeric ID. Written in one place so that it can become a searchable picker. */
export function numericIdField(
	name: string,
	displayName: string,
	description: string,
	bodyKey?: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'number',
		required: true,
		default: 0,
		typeOptions: { minValue: 1, numberPrecision: 0 },
		description,
		routing: {
			send: {
				preSend: [requireNumericId(name)],
				...(bodyKey ? { type: 'body' as const, property: bodyKey } : {}),
			},
		},
	};
}

/** A JSON object field; `sendJson` parses it so bad JSON is refused with the field's name. */
export function jsonObjectField(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'json',
		default: '{}',
		description,
	};
}

/** Collection options in the alphabetical order n8n shows them in. */
export function byDisplayName(options: INodeProperties[]): INodeProperties[] {
	return [...options].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Resources of the Platform API: they have no account in their path. */
export const PLATFORM_RESOURCES = [
	'platformAccount',
	'platformAccountUser',
	'platformAgentBot',
	'platformUser',
];

/** Resources of the public Client API: addressed by inbox identifier, no account, no token. */
export const CLIENT_RESOURCES = [
	'clientContact',
	'clientConversation',
	'clientInbox',
	'clientMessage',
	'csatSurvey',
];

/** Resources that need no account. */
export const ACCOUNTLESS_RESOURCES = [...PLATFORM_RESOURCES, ...CLIENT_RESOURCES, 'profile'];

/** The account an Application API operation works in; empty means the credential's default. */
export const accountIdField: INodeProperties = {
	...accountIdProperty,
	displayOptions: { hide: { resource: ACCOUNTLESS_RESOURCES } },
};

export interface LocatorOptions extends BaseLocatorOptions {
	/** Sends the picked ID, as a number, under this body key. */
	bodyKey?: string;
}

/** A record picker of the action node; path placeholders receive the extracted ID. */
export function resourceLocatorField(
	name: string,
	displayName: string,
	options: LocatorOptions,
): INodeProperties {
	const field = locatorField(name, displayName, options);
	return options.bodyKey
		? { ...field, routing: { send: { preSend: [sendPickedId(name, options.bodyKey)] } } }
		: field;
}

/** Options in alphabetical order of their names, as n8n lists them. */
export function byName(options: INodePropertyOptions[]): INodePropertyOptions[] {
	return [...options].sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * A picker among the optional fields of a collection (Additional Fields, Filters, Options): there
 * only when added, so not required; an added one is sent as a number from `collection.<name>` under
 * `key`, in the body (dots nest) or the query. A bare number saved while the field was a number
 * field still works (`pickedId` reads it).
 */
export function pickerIn(
	collection: string,
	field: INodeProperties,
	key: string,
	target: 'body' | 'query' = 'body',
): INodeProperties {
	return {
		...field,
		required: false,
		routing: { send: { preSend: [sendPickedId(`${collection}.${field.name}`, key, target)] } },
	};
}

/**
 * The node's request settings. n8n adds its own Request Options (batching, proxy, timeout, SSL) to
 * every declarative node and merges these into the same collection, shown under Settings.
 */
export const requestOptionsField: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	isNodeSetting: true,
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Retry When Rate Limited or Unavailable',
			name: 'retry',
			type: 'boolean',
			default: true,
			description:
				'Whether to repeat a request that Chatwoot refused for too many requests (429, any method) or that a proxy answered 502, 503 or 504 (GET, PUT and DELETE only: a create is never sent twice), waiting as long as Chatwoot asks',
		},
		{
			displayName: 'Max Tries',
			name: 'maxTries',
			type: 'number',
			default: 3,
			typeOptions: { minValue: 1, maxValue: 10, numberPrecision: 0 },
			description:
				'How many times in all a rate-limited or unavailable request is sent before the item fails',
		},
		{
			displayName: 'Max Total Wait (Seconds)',
			name: 'maxWaitSeconds',
			type: 'number',
			default: 60,
			typeOptions: { minValue: 0, numberPrecision: 0 },
			description:
				'The longest this node waits in all between tries of one request; when Chatwoot asks for longer, the item fails with the wait Chatwoot asked for',
		},
	],
};

/** The standard ending of a multi-select field filled from Chatwoot. */
const PICK_OR_MAP =
	'Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>';

/**
 * Several records picked from a list Chatwoot gives (`methods.loadOptions`), sent as the list the
 * server expects (label titles, numeric IDs). An expression may give an array or text separated
 * by commas, as the earlier free-text field took, so saved values keep working.
 */
export function multiPickerField(
	name: string,
	displayName: string,
	loadOptionsMethod: 'getAgents' | 'getInboxes' | 'getLabelIds' | 'getLabelTitles',
	what: string,
	extra: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod, loadOptionsDependsOn: ['accountId'] },
		default: [],
		description: `${what}. ${PICK_OR_MAP}.`,
		...extra,
	};
}
