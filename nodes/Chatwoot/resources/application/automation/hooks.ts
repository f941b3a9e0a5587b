import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { bodyOf, numericIds, refuse, setPath } from '../../../helpers/values';
import { chatwootApiRequest } from '../../../transport';

/** Value of the App field that means "the slug is in Custom App ID". */
export const OTHER_APP = '__other';

/** The integration's slug: one of the listed apps, or the one typed in Custom App ID. */
export async function sendAppId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	let appId = String(this.getNodeParameter('appId', '') ?? '').trim();
	if (appId === OTHER_APP) appId = String(this.getNodeParameter('customAppId', '') ?? '').trim();
	if (appId === '') {
		refuse(this, 'App ID is required', 'Pick the integration app, or choose Other and type its ID, such as dialogflow.');
	}
	setPath(bodyOf(requestOptions), 'hook.app_id', appId);
	return requestOptions;
}

/**
 * The record inside `payload`, or each record of a `payload` list; an answer without `payload` is
 * kept as it is. Chatwoot wraps some of these answers and not others (automation rules: create is
 * bare, show and update are wrapped), so one tolerant step serves them all.
 */
export async function unwrapPayload(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as IDataObject | undefined;
	if (!body || typeof body !== 'object' || Array.isArray(body) || !('payload' in body)) return items;
	const payload = body.payload as unknown;
	if (Array.isArray(payload)) return (payload as IDataObject[]).map((json) => ({ json }));
	if (payload && typeof payload === 'object') return [{ json: payload as IDataObject }];
	return items;
}

/** Label IDs as the audience of a one-off campaign: `[{ "type": "Label", "id": 4 }]`. */
export function sendLabelAudience(parameterPath: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const ids = numericIds(this, parameterPath, {
			required: true,
			hint: 'Enter the numeric IDs of the labels whose contacts receive the campaign, such as 4, 7.',
		});
		setPath(
			bodyOf(requestOptions),
			'audience',
			ids.map((id) => ({ type: 'Label', id })),
		);
		return requestOptions;
	};
}

/** Value of a macro's Visibility on update that means "send the one it has now". */
export const KEEP_VISIBILITY = 'keep';

/**
 * Chatwoot sets a macro's visibility from every create and update request and clears it when the
 * request has none, which hides the macro from every list. So the update always sends one: the
 * one chosen, or the macro's current one, read first from the same address.
 */
export async function sendMacroVisibility(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	let visibility = this.getNodeParameter('visibility', KEEP_VISIBILITY) as string;
	if (visibility === KEEP_VISIBILITY) {
		const body = await chatwootApiRequest.call(this, { method: 'GET', path: requestOptions.url, itemIndex: this.getItemIndex() });
		const macro = ((body as IDataObject | undefined)?.payload ?? body) as IDataObject | undefined;
		visibility = typeof macro?.visibility === 'string' ? macro.visibility : '';
	}
	if (visibility) setPath(bodyOf(requestOptions), 'visibility', visibility);
	return requestOptions;
}
