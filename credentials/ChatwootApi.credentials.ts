import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';

import { ACCOUNT_PLACEHOLDER, instanceRoot } from '../nodes/Chatwoot/transport/instanceUrl';
import { rememberToken } from '../nodes/Chatwoot/transport/secrets';

/**
 * Named `chatwootAccessTokenApi` rather than `chatwootApi`: n8n keys credential types by name
 * across all installed packages, and `chatwootApi` belongs to another Chatwoot package.
 */
export const CHATWOOT_CREDENTIAL = 'chatwootAccessTokenApi';

export class ChatwootApi implements ICredentialType {
	name = CHATWOOT_CREDENTIAL;

	displayName = 'Chatwoot Access Token API';

	documentationUrl = 'https://developers.chatwoot.com/api-reference/introduction';

	icon = { light: 'file:../nodes/Chatwoot/chatwoot.svg', dark: 'file:../nodes/Chatwoot/chatwoot.dark.svg' } as const;

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
			name: 'tokenType',
			type: 'options',
			default: 'user',
			options: [
				{
					name: 'User (Profile Settings → Access Token)',
					value: 'user',
					description: 'For the Application API: conversations, contacts, messages, reports and more',
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
			description: 'Which kind of Chatwoot access token this is; the connection test checks it accordingly',
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
			displayOptions: { hide: { tokenType: ['platformApp'] } },
			description:
				'Account used by account-scoped operations unless the node sets another. It is the number after /app/accounts/ in the dashboard address.',
		},
	];

	/** A function rather than a generic header template: no expression to evaluate per request. */
	authenticate = async (
		credentials: ICredentialDataDecryptedObject,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> => {
		requestOptions.baseURL = instanceRoot(credentials.baseUrl);
		if (requestOptions.url.includes(ACCOUNT_PLACEHOLDER)) {
			const accountId = String(credentials.accountId ?? '').trim();
			if (!/^[1-9][0-9]*$/.test(accountId)) {
				throw new Error(
					'No account to work in: set Account ID on the node, or a Default Account ID in the Chatwoot credential',
				);
			}
			requestOptions.url = requestOptions.url.replace(ACCOUNT_PLACEHOLDER, accountId);
		}
		// the public Client API authenticates by inbox and contact identifier: the token stays home
		if (!requestOptions.url.startsWith('/public/')) {
			const token = String(credentials.accessToken ?? '');
			rememberToken(token);
			requestOptions.headers = { ...requestOptions.headers, 'Api-Access-Token': token };
			// the token goes to this origin only: a redirect is answered to the node, never followed
			requestOptions.disableFollowRedirect = true;
		}
		return requestOptions;
	};
}
