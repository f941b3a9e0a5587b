import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { CHATWOOT_CREDENTIAL, TOKEN_KIND } from '../../credentials/ChatwootApi.credentials';
import { accountPath } from '../common/instanceUrl';
import { chatwootApiRequest } from '../common/transport';
import { inboxIdOf } from '../common/triggerFilters';
import { triggerState } from './registration';

/**
 * What the trigger remembers of the agent bot it points at one of its URLs (test or production),
 * keyed by that URL so the test registration never overwrites the production one.
 */
export interface BotRegistration extends IDataObject {
	botId: number;
	/** The bot's `outgoing_url` before this trigger took it over; '' when it had none or it is unknown. */
	previousUrl: string;
	secret?: string;
}

type Context = IHookFunctions | IWebhookFunctions;

interface AgentBot extends IDataObject {
	id: number;
	name?: string;
	outgoing_url?: string | null;
	secret?: string;
	account_id?: number | null;
	system_bot?: boolean;
}

type BotApi = 'account' | 'platform';

/** Whether the trigger listens as an agent bot rather than as an account webhook. */
export const isAgentBot = (context: Context): boolean =>
	context.getNodeParameter('source', 'webhook') === 'agentBot';

/** The stored registrations, without creating any. */
function storedRegistrations(context: Context): Record<string, BotRegistration> {
	const stored = triggerState(context).agentBots;
	return stored && typeof stored === 'object' ? (stored as Record<string, BotRegistration>) : {};
}

export function botRegistrations(context: Context): Record<string, BotRegistration> {
	const state = triggerState(context);
	if (!state.agentBots || typeof state.agentBots !== 'object') state.agentBots = {};
	return state.agentBots as Record<string, BotRegistration>;
}

function ownUrl(context: Context): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(context.getNode(), 'n8n gave this trigger no webhook URL');
	return url;
}

/** Which API manages the bot: the account API for a user token, the Platform API for a platform app token. */
export async function botApi(context: Context): Promise<BotApi> {
	const credentials = await context.getCredentials(CHATWOOT_CREDENTIAL);
	const kind = String(credentials?.[TOKEN_KIND] ?? 'user');
	if (kind === 'platformApp') return 'platform';
	if (kind === 'agentBot') {
		throw new NodeOperationError(
			context.getNode(),
			'An agent bot token cannot point an agent bot at this trigger',
			{
				description:
					"Chatwoot lets an agent bot's own token act only on conversations and messages. Choose a credential with a user token of an account administrator (for the account's bots) or a platform app token (for the platform app's bots).",
			},
		);
	}
	return 'account';
}

function chosenBotId(context: Context): number {
	const raw = context.getNodeParameter('agentBotId', '', { extractValue: true });
	const id = inboxIdOf(raw);
	if (id === undefined) {
		throw new NodeOperationError(
			context.getNode(),
			`Agent Bot must be a bot from the list or a numeric ID, not "${String(raw ?? '')}"`,
		);
	}
	return id;
}

function botPath(context: Context, api: BotApi, botId: number, rest = ''): string {
	return api === 'platform'
		? `/platform/api/v1/agent_bots/${botId}${rest}`
		: accountPath(context.getNodeParameter('accountId', ''), `/agent_bots/${botId}${rest}`);
}

async function getBot(context: Context, api: BotApi, botId: number): Promise<AgentBot> {
	return (await chatwootApiRequest.call(context, {
		method: 'GET',
		path: botPath(context, api, botId),
	})) as AgentBot;
}

const option = <T>(context: IHookFunctions, name: string, fallback: T): T =>
	context.getNodeParameter(`options.${name}`, fallback) as T;

/** The secret the bot signs with, or undefined when deliveries are not verified and none is known. */
async function botSecret(
	context: IHookFunctions,
	api: BotApi,
	bot: AgentBot,
	mayReset: { done: boolean },
	known?: string,
): Promise<string | undefined> {
	const verify = option(context, 'verifySignature', true);
	if (typeof bot.secret === 'string' && bot.secret) return bot.secret;
	// a secret this trigger already holds for the bot, e.g. from a reset on an earlier activation
	if (known) return known;
	if (!verify) return undefined;
	if (api === 'platform') {
		throw new NodeOperationError(
			context.getNode(),
			`Chatwoot's Platform API does not tell the secret agent bot ${bot.id} signs its deliveries with, so they cannot be verified`,
			{
				description:
					'Use a credential with a user token of an administrator of the bot’s account (the account API returns the secret to administrators), or turn off Options → Verify Signature to accept unsigned deliveries.',
			},
		);
	}
	if (!option(context, 'resetSecret', false)) {
		throw new NodeOperationError(
			context.getNode(),
			`Chatwoot did not return the secret of agent bot ${bot.id}, so its deliveries cannot be verified`,
			{
				description:
					'Chatwoot shows a bot’s secret only to account administrators, and versions before 4.12 have none. Use an administrator’s token, turn on Options → Reset Bot Secret to let the trigger make a new secret (anything verifying with the old one stops matching), or turn off Options → Verify Signature.',
			},
		);
	}
	mayReset.done = true;
	return undefined;
}

/**
 * With an inbox chosen and a user token: the inbox must deliver to this bot. Connects it when the
 * inbox has no bot and Connect Bot to Inbox is on; otherwise refuses with what to do. Returns
 * whether the inbox needs connecting (done after every other check passed).
 */
async function inboxNeedsBot(
	context: IHookFunctions,
	api: BotApi,
	botId: number,
): Promise<number | undefined> {
	const inboxId = inboxIdOf(context.getNodeParameter('inboxId', '', { extractValue: true }));
	if (inboxId === undefined || api !== 'account') return undefined;
	const answer = (await chatwootApiRequest.call(context, {
		method: 'GET',
		path: accountPath(context.getNodeParameter('accountId', ''), `/inboxes/${inboxId}/agent_bot`),
	})) as IDataObject;
	const current = (answer?.agent_bot ?? {}) as AgentBot;
	if (current.id !== undefined && Number(current.id) === botId) return undefined;
	if (current.id !== undefined) {
		throw new NodeOperationError(
			context.getNode(),
			`Inbox ${inboxId} delivers to another agent bot ("${String(current.name ?? current.id)}", ID ${current.id}), not to agent bot ${botId}`,
			{
				description:
					'Chatwoot connects one bot per inbox. Choose that bot, or connect this one in Chatwoot (Settings → Inboxes → the inbox → Bot Configuration).',
			},
		);
	}
	if (!option(context, 'connectBotToInbox', false)) {
		throw new NodeOperationError(
			context.getNode(),
			`Inbox ${inboxId} has no agent bot, so agent bot ${botId} gets none of its events`,
			{
				description:
					'Turn on Options → Connect Bot to Inbox, or connect the bot in Chatwoot (Settings → Inboxes → the inbox → Bot Configuration).',
			},
		);
	}
	return inboxId;
}

/** Checks, then makes the changes: new secret if consented, inbox connection, then the bot's URL. */
async function takeOver(
	context: IHookFunctions,
	api: BotApi,
	bot: AgentBot,
	url: string,
): Promise<string | undefined> {
	const held = storedRegistrations(context)[url];
	const known = held?.botId === bot.id && bot.outgoing_url === url ? held.secret : undefined;
	if (api === 'account' && (bot.system_bot === true || bot.account_id === null)) {
		throw new NodeOperationError(
			context.getNode(),
			`Agent bot ${bot.id} is shared by every account; an account token cannot change it`,
			{ description: 'Use a platform app token, or an agent bot of the account.' },
		);
	}
	const reset = { done: false };
	let secret = await botSecret(context, api, bot, reset, known);
	const inboxToConnect = await inboxNeedsBot(context, api, bot.id);
	if (reset.done) {
		const renewed = (await chatwootApiRequest.call(context, {
			method: 'POST',
			path: botPath(context, api, bot.id, '/reset_secret'),
		})) as AgentBot;
		secret = typeof renewed?.secret === 'string' && renewed.secret ? renewed.secret : undefined;
		if (!secret) {
			throw new NodeOperationError(
				context.getNode(),
				`Chatwoot made a new secret for agent bot ${bot.id} but did not return it`,
				{
					description:
						'Only account administrators see a bot’s secret. Use an administrator’s token, or turn off Options → Verify Signature.',
				},
			);
		}
	}
	if (inboxToConnect !== undefined) {
		await chatwootApiRequest.call(context, {
			method: 'POST',
			path: accountPath(
				context.getNodeParameter('accountId', ''),
				`/inboxes/${inboxToConnect}/set_agent_bot`,
			),
			body: { agent_bot: bot.id },
		});
	}
	return secret;
}

/** Activation, step one: does the chosen bot already post to this URL? Adopts it if so. */
export async function botExists(this: IHookFunctions): Promise<boolean> {
	const api = await botApi(this);
	const botId = chosenBotId(this);
	const url = ownUrl(this);
	const bot = await getBot(this, api, botId);
	if (bot.outgoing_url !== url) return false;
	const secret = await takeOver(this, api, bot, url);
	const registrations = botRegistrations(this);
	const known = registrations[url];
	registrations[url] = {
		botId,
		// adopted without a record of what it pointed at before: cleared on deactivation, never left pointing here
		previousUrl: known?.botId === botId ? known.previousUrl : '',
		...(secret ? { secret } : {}),
	};
	return true;
}

/** Activation, step two: points the bot's `outgoing_url` at this URL, remembering the one it had. */
export async function botCreate(this: IHookFunctions): Promise<boolean> {
	const api = await botApi(this);
	const botId = chosenBotId(this);
	const url = ownUrl(this);
	const bot = await getBot(this, api, botId);
	const secret = await takeOver(this, api, bot, url);
	const registrations = storedRegistrations(this);
	const current = String(bot.outgoing_url ?? '');
	let previousUrl = current;
	if (current === url || sameTrigger(current, url)) {
		// the bot already posts to this trigger (this URL, or its test/production twin): what it had
		// before that is the URL to give back, never a URL of this trigger that stops working
		const known = registrations[current];
		previousUrl = known?.botId === botId ? known.previousUrl : '';
	}
	const updated = (await chatwootApiRequest.call(this, {
		method: 'PATCH',
		path: botPath(this, api, botId),
		body: { outgoing_url: url },
	})) as AgentBot;
	if (updated?.outgoing_url !== undefined && updated.outgoing_url !== url) {
		throw new NodeOperationError(
			this.getNode(),
			`Chatwoot kept agent bot ${botId} pointing at another address`,
			{ description: 'Expected its outgoing_url to become this trigger’s URL.' },
		);
	}
	const renewed = typeof updated?.secret === 'string' && updated.secret ? updated.secret : secret;
	botRegistrations(this)[url] = { botId, previousUrl, ...(renewed ? { secret: renewed } : {}) };
	return true;
}

/** Whether two URLs are this trigger's test and production URLs (same host, same webhook path after the prefix). */
function sameTrigger(a: string, b: string): boolean {
	const tail = (url: string) => {
		const match = /^(https?:\/\/[^/]+)\/.*?(\/[^/]+\/[^/]+)$/.exec(url);
		return match ? `${match[1]}${match[2]}` : undefined;
	};
	const left = tail(a);
	return left !== undefined && left === tail(b);
}

function isNotFound(error: unknown): boolean {
	return error instanceof NodeApiError && String(error.httpCode) === '404';
}

/**
 * Deactivation: gives the bot back the `outgoing_url` it had before, if it still points here. When
 * someone pointed it elsewhere meanwhile, that address is theirs: it is left as it is.
 */
export async function botDelete(this: IHookFunctions): Promise<boolean> {
	const url = ownUrl(this);
	const registrations = storedRegistrations(this);
	const known = registrations[url];
	let botId: number | undefined = known?.botId;
	if (botId === undefined) {
		try {
			botId = chosenBotId(this);
		} catch {
			botId = undefined;
		}
	}
	if (botId !== undefined) {
		let api: BotApi;
		try {
			api = await botApi(this);
		} catch {
			// an agent bot token never changed a bot: nothing to give back
			api = 'account';
			botId = undefined;
		}
		if (botId !== undefined) {
			try {
				const bot = await getBot(this, api, botId);
				if (bot.outgoing_url === url) {
					await chatwootApiRequest.call(this, {
						method: 'PATCH',
						path: botPath(this, api, botId),
						body: { outgoing_url: known?.previousUrl ?? '' },
					});
				} else {
					this.logger?.warn(
						`Chatwoot Trigger: agent bot ${botId} no longer posts to this workflow (someone changed its outgoing URL), so it was left as it is`,
					);
				}
			} catch (error) {
				// the bot is gone: nothing to give back; any other failure keeps the record for a later try
				if (!isNotFound(error)) return false;
			}
		}
	}
	delete registrations[url];
	const state = triggerState(this);
	if (!Object.keys(registrations).length) delete state.agentBots;
	delete state.deliveries;
	return true;
}

/**
 * The secret of the bot posting to this URL, asked of Chatwoot when none is stored (n8n 2.x may
 * hand an early delivery the static data from before activation stored it).
 */
export async function botSecretFromChatwoot(
	context: IWebhookFunctions,
): Promise<string | undefined> {
	const url = ownUrl(context);
	const api = await botApi(context);
	const botId = chosenBotId(context);
	const bot = await getBot(context, api, botId);
	if (bot.outgoing_url !== url || typeof bot.secret !== 'string' || !bot.secret) return undefined;
	const registrations = botRegistrations(context);
	registrations[url] = {
		previousUrl: registrations[url]?.previousUrl ?? '',
		botId,
		secret: bot.secret,
	};
	return bot.secret;
}

/** The stored secret of the bot posting to this URL. */
export function storedBotSecret(context: IWebhookFunctions): string | undefined {
	const url = context.getNodeWebhookUrl('default');
	const registrations = triggerState(context).agentBots as
		Record<string, BotRegistration> | undefined;
	return url ? registrations?.[url]?.secret : undefined;
}
