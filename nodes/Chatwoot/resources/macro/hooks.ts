import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { bodyOf, setPath } from '../../helpers/values';
import { chatwootApiRequest } from '../../../common/transport';

/** Value of a macro's Visibility on update that means "send the one it has now". */
export const KEEP_VISIBILITY = 'keep';

/**
 * Chatwoot sets a macro's visibility from every create and update request and clears it when the
 * request has none, which hides the macro from every list. So the update always sends one: the
 * one chosen, or the macro's current one, read first from the same address.
 */
export async function sendMacroVisibility(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	let visibility = this.getNodeParameter('visibility', KEEP_VISIBILITY) as string;
	if (visibility === KEEP_VISIBILITY) {
		const body = await chatwootApiRequest.call(this, {
			method: 'GET',
			path: requestOptions.url,
			itemIndex: this.getItemIndex(),
		});
		const macro = ((body as IDataObject | undefined)?.payload ?? body) as IDataObject | undefined;
		visibility = typeof macro?.visibility === 'string' ? macro.visibility : '';
	}
	if (visibility) setPath(bodyOf(requestOptions), 'visibility', visibility);
	return requestOptions;
}
