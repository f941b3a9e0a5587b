/**
 * Which kind of Chatwoot token may call which endpoint: the one rule the action node, its pickers
 * and both triggers apply before any request, so that a token of the wrong kind is refused with a
 * message naming the kind and the token to use instead, rather than with whatever Chatwoot (or the
 * credential) says about it. docs/server-facts.md#token-kinds says where each part comes from.
 */
import type {
	ICredentialDataDecryptedObject,
	IExecuteSingleFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CHATWOOT_CREDENTIAL, TOKEN_KIND } from '../../credentials/ChatwootApi.credentials';

export type TokenKind = 'user' | 'agentBot' | 'platformApp';

/** The API a path belongs to: which token kinds Chatwoot accepts there. */
export type ApiFamily = 'platform' | 'account' | 'profile' | 'client' | 'other';

/** The token kind a credential holds; credentials saved before the choice existed hold user tokens. */
export function tokenKindOf(credentials: ICredentialDataDecryptedObject | undefined): TokenKind {
	const kind = credentials?.[TOKEN_KIND];
	return kind === 'agentBot' || kind === 'platformApp' ? kind : 'user';
}

/** The API family of a path below the instance root (query ignored). */
export function apiFamily(path: string): ApiFamily {
	const route = path.split('?')[0];
	if (route.startsWith('/platform/api/')) return 'platform';
	if (route.startsWith('/public/api/')) return 'client';
	if (/^\/api\/v1\/profile(?:\/|$)/.test(route)) return 'profile';
	if (route.startsWith('/api/')) return 'account';
	return 'other';
}

const ACCOUNT = String.raw`/api/v1/accounts/(?:\d+|\{accountId\})`;
const CONVERSATION = String.raw`${ACCOUNT}/conversations/(?:\d+|\{conversationId\})`;

/**
 * The calls Chatwoot lets an agent bot token make: AccessTokenAuthHelper::BOT_ACCESSIBLE_ENDPOINTS
 * (controller → actions), written as the routes those actions answer. Every other Application API
 * call answers a bot 401 "Access to this endpoint is not authorized for bots".
 */
export const BOT_ACCESSIBLE: ReadonlyArray<{
	methods: IHttpRequestMethods[];
	route: RegExp;
	action: string;
}> = [
	{ methods: ['GET'], route: new RegExp(`^${CONVERSATION}$`), action: 'conversations#show' },
	{
		methods: ['PATCH', 'PUT'],
		route: new RegExp(`^${CONVERSATION}$`),
		action: 'conversations#update',
	},
	{
		methods: ['POST'],
		route: new RegExp(`^${ACCOUNT}/conversations$`),
		action: 'conversations#create',
	},
	{
		methods: ['POST'],
		route: new RegExp(
			`^${CONVERSATION}/(?:toggle_status|toggle_typing_status|toggle_priority|custom_attributes)$`,
		),
		action: 'conversations#toggle_status, toggle_typing_status, toggle_priority, custom_attributes',
	},
	{
		methods: ['POST'],
		route: new RegExp(`^${CONVERSATION}/messages$`),
		action: 'conversations/messages#create',
	},
	{
		methods: ['POST'],
		route: new RegExp(`^${CONVERSATION}/assignments$`),
		action: 'conversations/assignments#create',
	},
	{
		methods: ['GET', 'POST'],
		route: new RegExp(`^${CONVERSATION}/labels$`),
		action: 'conversations/labels#index, create',
	},
];

/** Whether Chatwoot lets an agent bot token make this call. */
export function botMayCall(method: string, path: string): boolean {
	const route = path.split('?')[0];
	const verb = method.toUpperCase();
	return BOT_ACCESSIBLE.some(
		(entry) => entry.methods.includes(verb as IHttpRequestMethods) && entry.route.test(route),
	);
}

const KIND_NAMES: Record<TokenKind, string> = {
	user: 'a user access token',
	agentBot: 'an agent bot token',
	platformApp: 'a platform app token',
};

const WHERE_TO_GET: Record<TokenKind, string> = {
	user: 'a user access token (Profile settings → Access Token)',
	agentBot: 'an agent bot token (Settings → Bots)',
	platformApp: 'a platform app token (Super Admin → Platform Apps)',
};

const KIND_SETTING: Record<TokenKind, string> = {
	user: 'User',
	agentBot: 'Agent Bot',
	platformApp: 'Platform App',
};

/** What each kind can call, said after "which". */
const KIND_REACH: Record<TokenKind, string> = {
	user: 'can call the Application API but not the Platform API',
	agentBot:
		'Chatwoot accepts only for conversations (get, create, update, status, priority, typing, custom attributes), their messages (create), assignments and labels',
	platformApp: 'can only call the Platform API',
};

export interface TokenKindProblem {
	message: string;
	description: string;
	/** The kind the call needs. */
	needs: TokenKind;
}

/**
 * Why a token of `kind` cannot make this call, or undefined when it can. `subject` names the call
 * in the message: `"Get many contacts"`, `this list`, `this trigger`. The Client API
 * (`/public/api/...`) takes every kind: it reads no token, and the credential sends none there.
 */
export function tokenKindProblem(
	kind: TokenKind,
	method: string,
	path: string,
	subject: string,
	credentialName?: string,
): TokenKindProblem | undefined {
	const family = apiFamily(path);
	let needs: TokenKind | undefined;
	if (family === 'platform' && kind !== 'platformApp') needs = 'platformApp';
	else if ((family === 'account' || family === 'profile') && kind === 'platformApp') needs = 'user';
	else if (family === 'profile' && kind === 'agentBot') needs = 'user';
	else if (family === 'account' && kind === 'agentBot' && !botMayCall(method, path)) needs = 'user';
	if (needs === undefined) return undefined;
	const credential = credentialName ? `The credential "${credentialName}"` : 'The credential';
	// a call Chatwoot lets bots make takes either token an account has
	const wanted =
		needs === 'user' && kind === 'platformApp' && botMayCall(method, path)
			? `${WHERE_TO_GET.user} or ${WHERE_TO_GET.agentBot}`
			: WHERE_TO_GET[needs];
	return {
		needs,
		message: `${credential} holds ${KIND_NAMES[kind]}, which ${KIND_REACH[kind]}; ${subject} needs ${wanted}`,
		description: `Select a Chatwoot credential whose Token Kind is "${KIND_SETTING[needs]}" and that holds such a token, or create one. Token Kind must match the token: Chatwoot tells the kinds apart by the token itself.`,
	};
}

/** The node's Chatwoot credential, or undefined when there is none to read (then n8n says so when sending). */
export async function credentialsOf(context: {
	getCredentials(type: string): Promise<ICredentialDataDecryptedObject>;
}): Promise<ICredentialDataDecryptedObject | undefined> {
	try {
		return await context.getCredentials(CHATWOOT_CREDENTIAL);
	} catch {
		return undefined;
	}
}

/** The name the node gives its Chatwoot credential, for messages. */
export function credentialName(node: INode): string | undefined {
	return node.credentials?.[CHATWOOT_CREDENTIAL]?.name ?? undefined;
}

/** Throws the refusal of `tokenKindProblem` as a node error, or returns when the call is allowed. */
export function refuseWrongTokenKind(
	node: INode,
	credentials: ICredentialDataDecryptedObject | undefined,
	request: { method: string; path: string; subject: string; itemIndex?: number },
): void {
	const problem = tokenKindProblem(
		tokenKindOf(credentials),
		request.method,
		request.path,
		request.subject,
		credentialName(node),
	);
	if (!problem) return;
	throw new NodeOperationError(node, problem.message, {
		itemIndex: request.itemIndex,
		description: problem.description,
	});
}

/**
 * The node's check before any request of an item (a `preSend` of every operation, after the path
 * is filled): `actionOf` names the operation, e.g. `Get many contacts`.
 */
export function tokenKindCheck(actionOf: (resource: string, operation: string) => string) {
	return async function (
		this: IExecuteSingleFunctions,
		requestOptions: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const credentials = await credentialsOf(this);
		if (!credentials) return requestOptions;
		const resource = String(this.getNodeParameter('resource', ''));
		const operation = String(this.getNodeParameter('operation', ''));
		refuseWrongTokenKind(this.getNode(), credentials, {
			method: String(requestOptions.method ?? 'GET'),
			path: String(requestOptions.url ?? ''),
			subject: `"${actionOf(resource, operation)}"`,
			itemIndex: this.getItemIndex(),
		});
		return requestOptions;
	};
}
