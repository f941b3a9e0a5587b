import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath, matches } from '../../../common/listSearch';

const MODEL_NAMES: Record<string, string> = {
	contact_attribute: 'contact',
	conversation_attribute: 'conversation',
};

/** Custom attribute definitions of every model, in one request (no attribute_model lists them all). */
export async function searchCustomAttributes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const list = (await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/custom_attribute_definitions'),
	})) as IDataObject[];
	const results = (Array.isArray(list) ? list : [])
		.filter((definition) =>
			matches(filter, definition.attribute_display_name, definition.attribute_key),
		)
		.map((definition) => {
			const model = String(definition.attribute_model ?? '');
			return {
				name: `${String(definition.attribute_display_name)} (${MODEL_NAMES[model] ?? model.replace(/_attribute$/, '')})`,
				value: String(definition.id),
				description: String(definition.attribute_key ?? ''),
			};
		});
	return { results };
}
