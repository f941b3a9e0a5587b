import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { checkResponse, fillPathParameters, limitItems, requireNumericId } from '../helpers/hooks';

/**
 * A resource option. Its routing runs first for every operation of the resource: it fills the
 * path's `{parameter}` placeholders, and turns each failed response into a clear error before
 * any unwrapping.
 */
export function resourceOption(name: string, value: string, description: string): INodePropertyOptions {
	return {
		name,
		value,
		description,
		routing: { send: { preSend: [fillPathParameters] }, output: { postReceive: [checkResponse] } },
	};
}

/** List operations: every one of them offers Return All and Limit. */
export const LIST_OPERATIONS = ['getAll'];

export const returnAllField: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	displayOptions: { show: { operation: LIST_OPERATIONS } },
	description: 'Whether to return all results or only up to a given limit',
};

export const limitField: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	default: 50,
	typeOptions: { minValue: 1 },
	displayOptions: { show: { operation: LIST_OPERATIONS, returnAll: [false] } },
	description: 'Max number of results to return',
	routing: { output: { postReceive: [limitItems] } },
};

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

/** A JSON object field; `sendJsonObject` parses it so bad JSON is refused with the field's name. */
export function jsonObjectField(name: string, displayName: string, description: string): INodeProperties {
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
