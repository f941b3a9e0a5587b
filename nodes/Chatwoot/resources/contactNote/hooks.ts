import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { parameterLabel, refuse } from '../../../common/errors';
import { bodyOf, setPath } from '../../helpers/values';

/** A text that must not be blank, sent at `bodyPath`: Chatwoot refuses, or on some updates ignores, an empty one. */
export function sendRequiredText(parameterName: string, bodyPath: string, hint: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const text = String(this.getNodeParameter(parameterName, '') ?? '');
		if (text.trim() === '') refuse(this, `${parameterLabel(parameterName)} is required`, hint);
		setPath(bodyOf(requestOptions), bodyPath, text);
		return requestOptions;
	};
}
