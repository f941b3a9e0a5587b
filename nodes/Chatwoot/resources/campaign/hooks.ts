import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { bodyOf, numericIds, setPath } from '../../helpers/values';

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
