import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { queryOf } from '../../helpers/values';

/**
 * Chatwoot filters by date only when both ends are sent: an open end becomes the epoch or now.
 * Runs after the Since/Until hooks have written the query.
 */
export async function completeDateRange(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const qs = queryOf(requestOptions);
	if (qs.since !== undefined && qs.until === undefined)
		qs.until = String(Math.ceil(Date.now() / 1000));
	if (qs.until !== undefined && qs.since === undefined) qs.since = '0';
	return requestOptions;
}
