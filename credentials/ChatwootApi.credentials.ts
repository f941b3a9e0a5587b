import type {
	IAuthenticateRuleResponseCode,
	IAuthenticateRuleResponseSuccessBody,
	ICredentialDataDecryptedObject,
	ICredentialTestRequest,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { ACCOUNT_PLACEHOLDER, instanceRoot } from '../nodes/common/instanceUrl';
import { rememberToken, SEND_AS_HEADER } from '../nodes/common/secrets';

/**
 * Named `chatwootAccessTokenApi` rather than `chatwootApi`: n8n keys credential types by name
 * across all installed packages, and `chatwootApi` belongs to another Chatwoot package.
 */
export const CHATWOOT_CREDENTIAL = 'chatwootAccessTokenApi';

/**
 * The field that says which kind of token this is: a choice among three, not a secret. n8n's
 * verification rule credential-password-field guesses secrets from field names ("token"), and
 * `typeOptions.password` on it would make the editor blank the choice. Renaming it would break
 * every saved credential, so its name stays and is written once, here.
 */
export const TOKEN_KIND = 'tokenType';

/** The path each token kind may call with a GET, and what it proves (see `test`). */
const PROBE_PATH =
	'={{ $credentials.tokenType === "platformApp" ? "/platform/api/v1/agent_bots" : $credentials.tokenType === "agentBot" ? "/api/v1/accounts/{accountId}/conversations/0" : "/api/v1/profile" }}';

export class ChatwootApi implements ICredentialType {
	name = CHATWOOT_CREDENTIAL;

	displayName = 'Chatwoot Access Token API';

	documentationUrl = 'https://developers.chatwoot.com/api-reference/introduction';

	icon = {
		light: 'file:../nodes/Chatwoot/chatwoot.svg',
		dark: 'file:../nodes/Chatwoot/chatwoot.dark.svg',
	} as const;

	properties: INodeProperties[] = [
		{
			displayName: 'Base URL',
			name: 'baseUrl',
			type: 'string',
			default: '',
			required: true,
			placeholder: 'https://app.chatwoot.com',
			description:
				'Address of your Chatwoot instance. A trailing slash, an address ending in /api/v1, or a dashboard address such as https://chat.example.com/app/accounts/3/dashboard all work.',
		},
		{
			displayName: 'Token Kind',
			name: TOKEN_KIND,
			type: 'options',
			default: 'user',
			options: [
				{
					name: 'User (Profile Settings → Access Token)',
					value: 'user',
					description:
						'For the Application API: conversations, contacts, messages, reports and more',
				},
				{
					name: 'Agent Bot',
					value: 'agentBot',
					description:
						'An agent bot token: may only act on conversations, messages, assignments and conversation labels',
				},
				{
					name: 'Platform App (Super Admin → Platform Apps)',
					value: 'platformApp',
					description: 'For the Platform API: accounts, users, account users and agent bots',
				},
			],
			description:
				'Which kind of Chatwoot access token this is; the connection test checks it accordingly',
		},
		{
			displayName: 'Access Token',
			name: 'accessToken',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
		},
		{
			displayName: 'Default Account ID',
			name: 'accountId',
			type: 'number',
			default: 1,
			displayOptions: { hide: { [TOKEN_KIND]: ['platformApp'] } },
			description:
				'Account used by account-scoped operations unless the node sets another. It is the number after /app/accounts/ in the dashboard address.',
		},
	];

	/**
	 * The connection test, run by n8n with this credential's `authenticate`. Each token kind calls
	 * what it may: a user token its profile, a platform app token the agent bot list. Agent bots may
	 * read nothing, so a bot token opens conversation 0 of the default account: Chatwoot checks the
	 * token and the account before the lookup, so "not found" proves both were accepted, while a
	 * refused token answers 401 with its reason.
	 */
	test: ICredentialTestRequest = {
		request: {
			method: 'GET',
			url: PROBE_PATH,
			headers: { Accept: 'application/json' },
			// for a bot, the 404 is the expected answer: read the body instead of failing on the status
			ignoreHttpStatusErrors: '={{ $credentials.tokenType === "agentBot" }}' as unknown as boolean,
		},
		// n8n's tester reads each rule by its own type; the declared type allows only one kind per list
		rules: [
			{
				type: 'responseCode',
				properties: {
					value: 401,
					message:
						'Chatwoot refused the access token. Check the token and that Token Kind matches it.',
				},
			},
			{
				type: 'responseCode',
				properties: {
					value: 404,
					message: 'Chatwoot answered 404 (not found). Check the Base URL.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'Invalid Access Token',
					message:
						'Chatwoot refused the access token (Invalid Access Token). Check the token and that Token Kind matches it.',
				},
			},
			{
				type: 'responseSuccessBody',
				properties: {
					key: 'error',
					value: 'Access to this endpoint is not authorized for bots',
					message:
						'Chatwoot took this token for an agent bot token but refused the call. Check that Token Kind matches the token.',
				},
			},
		] as Array<
			IAuthenticateRuleResponseCode | IAuthenticateRuleResponseSuccessBody
		> as IAuthenticateRuleResponseCode[],
	};

	/** A function rather than a generic header template: no expression to evaluate per request. */
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		// a copy: n8n sends the same options again on a retry, and they must still say which token
		const options: IHttpRequestOptions = { ...requestOptions };
		options.baseURL = instanceRoot(credentials.baseUrl);
		if (options.url.includes(ACCOUNT_PLACEHOLDER)) {
			const accountId = String(credentials.accountId ?? '').trim();
			if (!/^[1-9][0-9]*$/.test(accountId)) {
				throw new Error(
					'No account to work in: set Account ID on the node, or a Default Account ID in the Chatwoot credential',
				);
			}
			options.url = options.url.replace(ACCOUNT_PLACEHOLDER, accountId);
		}
		// another token of this instance an operation sends instead (Reply as Bot): to this host only
		const { [SEND_AS_HEADER]: sendAs, ...headers } = (options.headers ?? {}) as Record<
			string,
			string
		>;
		options.headers = headers;
		// the public Client API authenticates by inbox and contact identifier: the token stays home
		if (!options.url.startsWith('/public/')) {
			const token = String(credentials.accessToken ?? '');
			rememberToken(token);
			const sent = typeof sendAs === 'string' && sendAs !== '' ? sendAs : token;
			rememberToken(sent);
			options.headers = { ...options.headers, 'Api-Access-Token': sent };
			// the token goes to this origin only: a redirect is answered to the node, never followed
			options.disableFollowRedirect = true;
		}
		return options;
	};
}
