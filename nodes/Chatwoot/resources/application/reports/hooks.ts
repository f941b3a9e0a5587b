import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { dispositionFileName } from '../../../helpers/download';
import { idProblem } from '../../../helpers/request';
import { bodyOf, fieldLabel, type PreSend, refuse } from '../../../helpers/values';
import { CHATWOOT_CREDENTIAL } from '../../../transport';

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
export async function sendProfileAccountId(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	let accountId = String(this.getNodeParameter('accountId', '') ?? '').trim();
	if (accountId === '') {
		const credentials = await this.getCredentials(CHATWOOT_CREDENTIAL);
		accountId = String(credentials.accountId ?? '').trim();
	}
	const problem = idProblem(accountId);
	if (problem) {
		refuse(
			this,
			accountId === '' || accountId === '0' ? 'Account ID is required' : `Account ID ${problem}, got "${accountId}"`,
			'Set Account ID on the node, or a Default Account ID in the Chatwoot credential: the setting is kept per account.',
		);
	}
	const body = bodyOf(requestOptions);
	body.profile = { ...((body.profile as IDataObject | undefined) ?? {}), account_id: Number(accountId) };
	return requestOptions;
}

/** Chatwoot answers the unread count as a bare number; one item `{ unread_count }` is easier to use. */
export async function unreadCountOutput(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const text = String((response.body as unknown) ?? '').trim();
	return [{ json: { unread_count: /^[0-9]+$/.test(text) ? Number(text) : null } }];
}

/** Limits "mark all as read" to one conversation: Chatwoot reads it as the notifications' primary actor. */
export function sendConversationActor(parameterPath: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const id = Number(this.getNodeParameter(parameterPath, 0));
		if (!Number.isInteger(id) || id < 1) {
			refuse(this, `${fieldLabel(parameterPath)} must be a whole number above 0`, 'Enter the internal ID of the conversation, the primary_actor_id of its notifications.');
		}
		const body = bodyOf(requestOptions);
		body.primary_actor_type = 'Conversation';
		body.primary_actor_id = id;
		return requestOptions;
	};
}

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
		const text = typeof body === 'string' ? body : Buffer.isBuffer(body) ? body.toString('utf8') : body === undefined || body === null ? '' : JSON.stringify(body);
		const disposition = (response.headers ?? {})['content-disposition'];
		const name = dispositionFileName(String(Array.isArray(disposition) ? disposition[0] : (disposition ?? ''))) ?? fileName;
		const data = await this.helpers.prepareBinaryData(Buffer.from(text, 'utf8'), name, 'text/csv');
		return [{ json: { file_name: name, mime_type: 'text/csv', size: Buffer.byteLength(text, 'utf8') }, binary: { data } }];
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
			refuse(this, `${missing.map((key) => fieldLabel(key)).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} required for this report`, `Add Since and Until to the options: ${why}`);
		}
		return requestOptions;
	};
}
