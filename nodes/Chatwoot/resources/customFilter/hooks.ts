import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { bodyOf, setPath } from '../../helpers/values';

/** `filter_type` selects a list in the query, and is a field of the filter in a create (docs/server-facts.md#custom-filter-body). */
export async function sendFilterType(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const filterType = this.getNodeParameter('filterType', 'conversation') as string;
	if (requestOptions.method === 'GET') {
		requestOptions.qs = { ...(requestOptions.qs ?? {}), filter_type: filterType };
	} else {
		setPath(bodyOf(requestOptions), 'custom_filter.filter_type', filterType);
	}
	return requestOptions;
}
