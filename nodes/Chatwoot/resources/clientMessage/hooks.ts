import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { sendJson } from '../../helpers/hooks';
import { bodyOf } from '../../helpers/values';

/**
 * `submitted_values` of a message: a list (the option picked, the fields of a form) or an object
 * (a CSAT answer). `sendJson` handles objects and every error; lists pass here.
 */
export function sendSubmittedValues(parameterPath: string) {
	const asObject = sendJson(parameterPath, 'submitted_values');
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const raw = this.getNodeParameter(parameterPath, undefined) as unknown;
		let list: unknown = raw;
		if (typeof raw === 'string' && raw.trim().startsWith('[')) {
			try {
				list = JSON.parse(raw);
			} catch {
				list = undefined;
			}
		}
		if (!Array.isArray(list)) return await asObject.call(this, requestOptions);
		bodyOf(requestOptions).submitted_values = list;
		return requestOptions;
	};
}
