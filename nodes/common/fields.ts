/** Fields the action node and both triggers share: the account to work in and a record picker. */
import type { INodeProperties } from 'n8n-workflow';

/** The account an operation or a trigger works in; empty means the credential's default. */
export const accountIdProperty: INodeProperties = {
	displayName: 'Account ID',
	name: 'accountId',
	type: 'string',
	default: '',
	placeholder: 'Default Account ID of the credential',
	description:
		'Numeric ID of the Chatwoot account to work in, the number after /app/accounts/ in the dashboard address. Leave empty to use the Default Account ID of the credential.',
};

export interface LocatorOptions {
	/** `methods.listSearch` function that lists the records to pick from. */
	searchListMethod: string;
	/** Describes the thing in sentences: "the inbox". */
	noun: string;
	/** Dashboard link pattern whose first group is the ID, e.g. `/app/accounts/\d+/contacts/(\d+)`. */
	urlPattern?: string;
	required?: boolean;
	description?: string;
}

/**
 * A record picker: search a list (backed by the shared request helper), type an ID, or paste a
 * dashboard link where Chatwoot has one. Used by the action node (which adds how the ID is sent)
 * and by both triggers.
 */
export function locatorField(
	name: string,
	displayName: string,
	options: LocatorOptions,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: options.required ?? true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				placeholder: `Select ${options.noun}...`,
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: 'e.g. 42',
				validation: [
					{ type: 'regex', properties: { regex: '^[0-9]+$', errorMessage: 'Enter a numeric ID' } },
				],
			},
			...(options.urlPattern
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: 'https://chat.example.com/app/accounts/1/…',
							extractValue: { type: 'regex' as const, regex: options.urlPattern },
							validation: [
								{
									type: 'regex' as const,
									properties: {
										regex: `.*${options.urlPattern}.*`,
										errorMessage: `Paste the dashboard link of ${options.noun}`,
									},
								},
							],
						},
					]
				: []),
		],
	};
}
