import { createHmac } from 'crypto';
import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { refuse } from '../../../common/errors';
import { bodyOf, queryOf } from '../../helpers/values';

/** The hex HMAC-SHA256 of a contact's identifier, keyed with the inbox's HMAC token, as Chatwoot checks it. */
export function identifierHash(identifier: string, hmacToken: string): string {
	return createHmac('sha256', hmacToken).update(identifier).digest('hex');
}

/**
 * Identity validation: when HMAC Token is set in `collection`, sends `identifier_hash` next to the
 * `identifier` the request already carries (body, or query for a GET).
 */
export function sendIdentifierHash(collection: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const token = String(this.getNodeParameter(`${collection}.hmacToken`, '') ?? '');
		if (token === '') return requestOptions;
		const target =
			requestOptions.method === 'GET' ? queryOf(requestOptions) : bodyOf(requestOptions);
		const identifier =
			target.identifier === undefined || target.identifier === null
				? ''
				: String(target.identifier);
		if (identifier === '') {
			refuse(
				this,
				'HMAC Token needs an Identifier',
				'Identity validation signs the contact’s Identifier: add Identifier next to HMAC Token, or remove HMAC Token.',
			);
		}
		target.identifier_hash = identifierHash(identifier, token);
		return requestOptions;
	};
}
