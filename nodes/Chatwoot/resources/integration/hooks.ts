import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { refuse } from '../../../common/errors';
import { bodyOf, setPath } from '../../helpers/values';

/** Value of the App field that means "the slug is in Custom App ID". */
export const OTHER_APP = '__other';

/** The integration's slug: one of the listed apps, or the one typed in Custom App ID. */
export async function sendAppId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	let appId = String(this.getNodeParameter('appId', '') ?? '').trim();
	if (appId === OTHER_APP) appId = String(this.getNodeParameter('customAppId', '') ?? '').trim();
	if (appId === '') {
		refuse(
			this,
			'App ID is required',
			'Pick the integration app, or choose Other and type its ID, such as dialogflow.',
		);
	}
	setPath(bodyOf(requestOptions), 'hook.app_id', appId);
	return requestOptions;
}
