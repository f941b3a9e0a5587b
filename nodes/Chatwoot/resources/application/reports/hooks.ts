import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { type PreSend, refuse } from '../../../helpers/values';

/** Moves a body key that another hook wrote at the top level under `parent`, e.g. `profile`. */
export function nestBodyKey(hook: PreSend, parent: string, key: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		await hook.call(this, requestOptions);
		const body = requestOptions.body as IDataObject | undefined;
		if (body && typeof body === 'object' && key in body) {
			body[parent] = { ...((body[parent] as IDataObject | undefined) ?? {}), [key]: body[key] };
			delete body[key];
		}
		return requestOptions;
	};
}

/** Chatwoot only changes a password together with the current one; say so before sending. */
export function requireCurrentPassword(collection: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const current = this.getNodeParameter(`${collection}.currentPassword`, '') as string;
		if (current === '') {
			refuse(
				this,
				'Current Password is required to set a new password',
				'Add Current Password to the fields: Chatwoot refuses a new password without the one in use.',
			);
		}
		return requestOptions;
	};
}
