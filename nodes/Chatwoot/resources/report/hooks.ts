import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { dispositionFileName } from '../../helpers/download';
import { refuse } from '../../../common/errors';
import { fieldLabel, type PreSend } from '../../helpers/values';

/**
 * Chatwoot's report downloads answer CSV text: one item whose binary `data` is the file, named
 * as the server names it (Content-Disposition) or `fileName`.
 */
export function csvFileOutput(fileName: string) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body as unknown;
		// text stays text; a body the JSON parser took for a number or an object goes back to its text
		const text =
			typeof body === 'string'
				? body
				: Buffer.isBuffer(body)
					? body.toString('utf8')
					: body === undefined || body === null
						? ''
						: JSON.stringify(body);
		const disposition = (response.headers ?? {})['content-disposition'];
		const name =
			dispositionFileName(
				String(Array.isArray(disposition) ? disposition[0] : (disposition ?? '')),
			) ?? fileName;
		const data = await this.helpers.prepareBinaryData(Buffer.from(text, 'utf8'), name, 'text/csv');
		return [
			{
				json: { file_name: name, mime_type: 'text/csv', size: Buffer.byteLength(text, 'utf8') },
				binary: { data },
			},
		];
	};
}

/** Refuses a report Chatwoot cannot build without a range (it fails or counts nothing) when Since or Until is missing. */
export function requireDateRange(collection: string, why: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const missing = ['since', 'until'].filter((key) => {
			const value = this.getNodeParameter(`${collection}.${key}`, '') as unknown;
			return value === '' || value === undefined || value === null;
		});
		if (missing.length) {
			refuse(
				this,
				`${missing.map((key) => fieldLabel(key)).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required for this report`,
				`Add Since and Until to the options: ${why}`,
			);
		}
		return requestOptions;
	};
}

/**
 * The conversation traffic download fails with a server error without `timezone_offset`
 * (docs/server-facts.md#report-conversation-traffic-offset): send 0 (UTC) when the option is not set.
 */
export async function defaultTimezoneOffset(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const qs: IDataObject = requestOptions.qs ?? {};
	if (qs.timezone_offset === undefined || qs.timezone_offset === null || qs.timezone_offset === '')
		qs.timezone_offset = 0;
	requestOptions.qs = qs;
	return requestOptions;
}
