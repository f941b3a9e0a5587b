import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { refuse } from '../../../common/errors';
import { bodyOf, listOf } from '../../helpers/values';

/** An address as Chatwoot's sign-in accepts it: something, one `@`, something, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Agents invited in bulk: `emails` is a list of addresses. Chatwoot answers 200 even for addresses
 * it cannot use and skips them silently, so malformed ones are refused here, before any request.
 */
export async function sendAgentEmails(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const emails = listOf(this.getNodeParameter('emails', ''));
	const hint =
		'Enter email addresses separated by commas, such as lena@acme.com, omar@acme.com, or map a list from an earlier node.';
	if (!emails.length) refuse(this, 'Emails is required', hint);
	const wrong = emails.find((email) => !EMAIL.test(email));
	if (wrong !== undefined) refuse(this, `Emails must be email addresses, got "${wrong}"`, hint);
	bodyOf(requestOptions).emails = emails;
	return requestOptions;
}
