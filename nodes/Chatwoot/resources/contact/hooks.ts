import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

import { parameterLabel, refuse } from '../../../common/errors';
import { binaryFilePart, sendMultipart } from '../../helpers/multipart';
import { bodyOf, listOf, queryOf } from '../../helpers/values';

/** The order a contact list is paged in when no Sort is chosen: newest created first. */
export const DEFAULT_CONTACT_SORT = '-created_at';

/**
 * Without `sort` Chatwoot's contact lists have no ORDER BY, so pages taken one after another may
 * overlap or skip contacts (docs/server-facts.md#contact-lists-unordered); a chosen Sort is kept.
 */
export async function sendDefaultSort(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const qs = queryOf(requestOptions);
	if (qs.sort === undefined || qs.sort === '') qs.sort = DEFAULT_CONTACT_SORT;
	return requestOptions;
}

/** Merging needs two different contacts: Chatwoot would otherwise delete the one it keeps. */
export async function requireTwoContacts(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const body = bodyOf(requestOptions);
	if (body.base_contact_id === body.mergee_contact_id) {
		refuse(
			this,
			`Cannot merge contact ${String(body.base_contact_id)} into itself`,
			'Pick two different contacts: the one to keep and the duplicate to merge into it.',
		);
	}
	return requestOptions;
}

const VALUELESS_OPERATORS = ['is_present', 'is_not_present'];
/** The only operators whose every value Chatwoot's contact filter reads; the others read the first. */
const MANY_VALUE_OPERATORS = ['contains', 'does_not_contain'];

interface Condition {
	attributeKey?: string;
	filterOperator?: string;
	values?: unknown;
	queryOperator?: string;
}

/**
 * The contact filter's `payload`: one entry per condition, each joined to the next by its
 * operator. The last entry carries no operator, because Chatwoot appends it to the query text.
 */
export async function sendContactConditions(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const conditions = (this.getNodeParameter('conditions.condition', []) as Condition[]) ?? [];
	const hint =
		'Add at least one condition with an attribute such as email, an operator and the values to compare with.';
	if (!conditions.length) refuse(this, 'Conditions are required', hint);
	const payload = conditions.map((condition, index) => {
		const attributeKey = String(condition.attributeKey ?? '').trim();
		if (!attributeKey) refuse(this, `Condition ${index + 1} has no attribute`, hint);
		const filterOperator = condition.filterOperator ?? 'equal_to';
		const values = listOf(condition.values);
		if (!values.length && !VALUELESS_OPERATORS.includes(filterOperator)) {
			refuse(
				this,
				`Condition ${index + 1} (${attributeKey}) has no value`,
				'Enter one value, or for Contains and Does Not Contain several separated by commas.',
			);
		}
		// docs/server-facts.md#contact-filter-values
		if (filterOperator === 'starts_with') {
			refuse(
				this,
				`Condition ${index + 1} (${attributeKey}): Starts With is not supported`,
				'Chatwoot compares the whole value with it, as Equal To does. Use Equal To for the whole value or Contains for a part.',
			);
		}
		if (
			values.length > 1 &&
			!MANY_VALUE_OPERATORS.includes(filterOperator) &&
			!VALUELESS_OPERATORS.includes(filterOperator)
		) {
			refuse(
				this,
				`Condition ${index + 1} (${attributeKey}) has ${values.length} values, but its operator reads only one`,
				'Chatwoot compares only the first value with this operator. Enter one value, or add one condition per value joined by Or.',
			);
		}
		return {
			attribute_key: attributeKey,
			filter_operator: filterOperator,
			values,
			query_operator:
				index === conditions.length - 1 ? null : (condition.queryOperator ?? 'and').toUpperCase(),
		};
	});
	bodyOf(requestOptions).payload = payload;
	return requestOptions;
}

/**
 * Create answers `{payload: {contact, contact_inbox}}` (docs/server-facts.md#contact-answers). The item is the contact, with the
 * inbox link made for it under `contact_inbox` (`{inbox, source_id}`), or null when no inbox was given.
 */
export async function createdContact(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const payload = (item.json.payload ?? {}) as IDataObject;
		const contact = (payload.contact ?? {}) as IDataObject;
		const link = payload.contact_inbox as IDataObject | undefined;
		return { json: { ...contact, contact_inbox: link && link.inbox ? link : null } };
	});
}

/**
 * Custom attribute keys to remove from a contact, sent as `custom_attributes: [...]`. An empty
 * list would change nothing, so it is refused.
 */
export async function sendAttributeKeys(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const keys = listOf(this.getNodeParameter('attributeKeys', ''));
	if (!keys.length) {
		refuse(
			this,
			'Attribute Keys is required',
			'Enter the keys of the custom attributes to remove, separated by commas, such as plan, seats.',
		);
	}
	bodyOf(requestOptions).custom_attributes = keys;
	return requestOptions;
}

/**
 * Sends the input item's binary property named in `parameterName` as the multipart part
 * `import_file`, the one field Chatwoot's contact import reads.
 */
export function sendImportFile(parameterName: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const name = String(this.getNodeParameter(parameterName, '') ?? '').trim();
		if (!name)
			refuse(
				this,
				`${parameterLabel(parameterName)} is required`,
				'Name the binary property of the input item that holds the CSV file, such as data.',
			);
		const file = await binaryFilePart(
			this,
			name,
			'import_file',
			'Set the binary property that holds the CSV file.',
		);
		// a file built in the workflow may come without a name or a type
		if (file.fileName === name) file.fileName = `${name}.csv`;
		if (file.mimeType === 'application/octet-stream') file.mimeType = 'text/csv';
		return sendMultipart(requestOptions, {}, [file]);
	};
}
