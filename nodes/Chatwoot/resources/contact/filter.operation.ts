import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import { sendContactConditions, sendDefaultSort } from './hooks';
import { CONTACTS, PAGE_SIZE, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Filter',
	value: 'filter',
	action: 'Filter contacts',
	description:
		'Find contacts with an email, a phone number or an identifier matching conditions on their attributes, 15 per page',
	routing: {
		request: { method: 'POST', url: `${CONTACTS}/filter` },
		send: { paginate: true, preSend: [sendDefaultSort] },
		operations: {
			pagination: paginate({
				type: 'page',
				pageSize: PAGE_SIZE,
				records: 'payload',
				total: 'meta.count',
			}),
		},
	},
};

const FILTER_OPERATORS = [
	{ name: 'Contains', value: 'contains' },
	{
		name: 'Days Before',
		value: 'days_before',
		description: 'For dates: more than this many days ago',
	},
	{ name: 'Does Not Contain', value: 'does_not_contain' },
	{ name: 'Equal To', value: 'equal_to', description: 'Equal to the value (one value)' },
	{ name: 'Is Greater Than', value: 'is_greater_than', description: 'For dates and numbers' },
	{ name: 'Is Less Than', value: 'is_less_than', description: 'For dates and numbers' },
	{
		name: 'Is Not Present',
		value: 'is_not_present',
		description: 'Has no value; Values is ignored',
	},
	{ name: 'Is Present', value: 'is_present', description: 'Has any value; Values is ignored' },
	{
		name: 'Not Equal To',
		value: 'not_equal_to',
		description: 'Not equal to the value (one value)',
	},
];

const conditions: INodeProperties = {
	displayName: 'Conditions',
	name: 'conditions',
	type: 'fixedCollection',
	required: true,
	placeholder: 'Add Condition',
	typeOptions: { multipleValues: true, sortable: true },
	default: { condition: [{ attributeKey: 'email', filterOperator: 'contains', values: '' }] },
	description: 'Contacts must match these conditions, each joined to the next by its operator',
	options: [
		{
			displayName: 'Condition',
			name: 'condition',
			values: [
				{
					displayName: 'Attribute',
					name: 'attributeKey',
					type: 'string',
					default: 'email',
					placeholder: 'e.g. email',
					description:
						'Key of a contact attribute: name, email, phone_number, identifier, country_code, city, company_name, created_at, last_activity_at, blocked, labels, or the key of a custom attribute',
				},
				{
					displayName: 'Operator',
					name: 'filterOperator',
					type: 'options',
					default: 'equal_to',
					options: FILTER_OPERATORS,
				},
				{
					displayName: 'Values',
					name: 'values',
					type: 'string',
					default: '',
					placeholder: 'e.g. @example.com',
					description:
						'Value to compare with. Contains and Does Not Contain take several, separated by commas (any of them, none of them); every other operator takes one.',
				},
				{
					displayName: 'Then',
					name: 'queryOperator',
					type: 'options',
					default: 'AND',
					description: 'How this condition joins the next one; ignored on the last condition',
					options: [
						{ name: 'And', value: 'AND' },
						{ name: 'Or', value: 'OR' },
					],
				},
			],
		},
	],
	routing: { send: { preSend: [sendContactConditions] } },
};

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['filter'] } },
	[conditions],
);
