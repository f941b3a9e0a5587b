import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { idProblem } from '../../../common/request';
import { refuse } from '../../../common/errors';
import { bodyOf, type PreSend } from '../../helpers/values';
import { CHATWOOT_CREDENTIAL } from '../../../common/transport';

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

/**
 * Sends the account a profile setting applies to as `profile.account_id`: the node's Account ID,
 * or the credential's Default Account ID when the node has none. Chatwoot reads it from the body.
 */
export async function sendProfileAccountId(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	let accountId = String(this.getNodeParameter('accountId', '') ?? '').trim();
	if (accountId === '') {
		const credentials = await this.getCredentials(CHATWOOT_CREDENTIAL);
		accountId = String(credentials.accountId ?? '').trim();
	}
	const problem = idProblem(accountId);
	if (problem) {
		refuse(
			this,
			accountId === '' || accountId === '0'
				? 'Account ID is required'
				: `Account ID ${problem}, got "${accountId}"`,
			'Set Account ID on the node, or a Default Account ID in the Chatwoot credential: the setting is kept per account.',
		);
	}
	const body = bodyOf(requestOptions);
	body.profile = {
		...((body.profile as IDataObject | undefined) ?? {}),
		account_id: Number(accountId),
	};
	return requestOptions;
}
