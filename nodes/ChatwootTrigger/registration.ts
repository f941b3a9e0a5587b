import type { IDataObject, IHookFunctions, IWebhookFunctions } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { chatwootApiRequest } from '../common/transport';
import { accountPath } from '../common/instanceUrl';
import { inboxIdOf } from '../common/triggerFilters';

/** What the trigger keeps in the node's static data between activation and deliveries. */
export interface TriggerState extends IDataObject {
	webhookId?: number;
	/** The URL the stored webhook posts to: test and production registrations must not mix. */
	webhookUrl?: string;
	webhookSecret?: string;
	/** Agent bots pointed at this trigger, by the trigger URL they post to (see botRegistration.ts). */
	agentBots?: IDataObject;
	/** Recent `X-Chatwoot-Delivery` IDs, newest last. */
	deliveries?: string[];
}

interface ChatwootWebhook extends IDataObject {
	id: number;
	url?: string;
	subscriptions?: string[];
	secret?: string;
	inbox?: { id?: number } | null;
	inbox_id?: number | null;
}

export function triggerState(context: {
	getWorkflowStaticData(type: string): IDataObject;
}): TriggerState {
	return context.getWorkflowStaticData('node') as TriggerState;
}

/** `/api/v1/accounts/<node's Account ID, or the credential's default>/webhooks`. */
function webhooksPath(context: IHookFunctions | IWebhookFunctions): string {
	return accountPath(context.getNodeParameter('accountId', ''), '/webhooks');
}

async function listWebhooks(
	context: IHookFunctions | IWebhookFunctions,
): Promise<ChatwootWebhook[]> {
	// docs/server-facts.md#webhook-shapes: `{ payload: { webhooks: [...] } }`
	const body = (await chatwootApiRequest.call(context, {
		method: 'GET',
		subject: 'this trigger',
		path: webhooksPath(context),
	})) as IDataObject;
	const webhooks = (body?.payload as IDataObject | undefined)?.webhooks;
	return Array.isArray(webhooks) ? (webhooks as ChatwootWebhook[]) : [];
}

function ownUrl(context: IHookFunctions | IWebhookFunctions): string {
	const url = context.getNodeWebhookUrl('default');
	if (!url) throw new NodeOperationError(context.getNode(), 'n8n gave this trigger no webhook URL');
	return url;
}

/**
 * The secret of the webhook posting to this trigger, asked of Chatwoot when none is stored: n8n 2.x
 * may hand a delivery that arrives right after activation the static data from before the secret
 * was stored. Remembered in the static data; undefined when Chatwoot has no webhook for this URL.
 */
export async function secretFromChatwoot(context: IWebhookFunctions): Promise<string | undefined> {
	const url = ownUrl(context);
	const webhook = (await listWebhooks(context)).find((candidate) => candidate.url === url);
	if (typeof webhook?.secret !== 'string' || !webhook.secret) return undefined;
	const state = triggerState(context);
	state.webhookSecret = webhook.secret;
	state.webhookId ??= Number(webhook.id);
	state.webhookUrl ??= url;
	return webhook.secret;
}

/** The subscription and inbox the node asks for. */
function wanted(context: IHookFunctions): { subscriptions: string[]; inboxId?: number } {
	const subscriptions = [...((context.getNodeParameter('events', []) as string[]) ?? [])].sort();
	if (!subscriptions.length) {
		throw new NodeOperationError(context.getNode(), 'Choose at least one event', {
			description: 'Chatwoot refuses a webhook without events.',
		});
	}
	const inboxId = inboxIdOf(context.getNodeParameter('inboxId', '', { extractValue: true }));
	return { subscriptions, inboxId };
}

function inboxOfWebhook(webhook: ChatwootWebhook): number | undefined {
	const id = webhook.inbox?.id ?? webhook.inbox_id;
	return id === undefined || id === null ? undefined : Number(id);
}

function sameSetup(
	webhook: ChatwootWebhook,
	want: { subscriptions: string[]; inboxId?: number },
): boolean {
	const have = [...(webhook.subscriptions ?? [])].sort();
	return (
		have.join(',') === want.subscriptions.join(',') && inboxOfWebhook(webhook) === want.inboxId
	);
}

function remember(
	context: IHookFunctions,
	state: TriggerState,
	webhook: ChatwootWebhook,
	url: string,
): void {
	state.webhookId = Number(webhook.id);
	state.webhookUrl = url;
	// an adopted webhook keeps its secret; Chatwoot only leaves it out before 4.11.2, which signs nothing
	if (typeof webhook.secret === 'string' && webhook.secret) state.webhookSecret = webhook.secret;
	const verify = context.getNodeParameter('options.verifySignature', true) as boolean;
	if (verify && !state.webhookSecret) {
		throw new NodeOperationError(
			context.getNode(),
			'Chatwoot gave the webhook no secret, so its deliveries cannot be verified',
			{
				description:
					'Chatwoot signs webhooks from version 4.11.2 on. Upgrade Chatwoot, or turn off Options → Verify Signature to accept unsigned deliveries.',
			},
		);
	}
}

/** Activation, step one: is there already a webhook for this URL with these events? Adopts it if so. */
export async function webhookExists(this: IHookFunctions): Promise<boolean> {
	const url = ownUrl(this);
	const want = wanted(this);
	const existing = (await listWebhooks(this)).find((webhook) => webhook.url === url);
	if (!existing || !sameSetup(existing, want)) return false;
	remember(this, triggerState(this), existing, url);
	return true;
}

/** Activation, step two: registers the webhook, or updates the one already posting to this URL. */
export async function createWebhook(this: IHookFunctions): Promise<boolean> {
	const url = ownUrl(this);
	const want = wanted(this);
	const body: IDataObject = { url, subscriptions: want.subscriptions, name: webhookName(this) };
	if (want.inboxId !== undefined) body.inbox_id = want.inboxId;

	// Chatwoot allows one webhook per URL and account: adopt it rather than fail on the duplicate
	const existing = (await listWebhooks(this)).find((webhook) => webhook.url === url);
	const response = existing
		? await chatwootApiRequest.call(this, {
				method: 'PATCH',
				subject: 'this trigger',
				path: `${webhooksPath(this)}/${existing.id}`,
				// null clears an inbox the adopted webhook was scoped to
				body: { subscriptions: want.subscriptions, inbox_id: want.inboxId ?? null },
			})
		: await chatwootApiRequest.call(this, {
				method: 'POST',
				subject: 'this trigger',
				path: webhooksPath(this),
				body,
			});

	// docs/server-facts.md#webhook-shapes: `{ payload: { webhook: {...} } }`
	const webhook = ((response as IDataObject)?.payload as IDataObject | undefined)?.webhook as
		ChatwootWebhook | undefined;
	if (!webhook?.id) {
		throw new NodeOperationError(
			this.getNode(),
			'Chatwoot answered without the webhook it registered',
			{
				description:
					'Expected payload.webhook.id in the answer. Check that the Base URL points at a Chatwoot server.',
			},
		);
	}
	remember(this, triggerState(this), { ...existing, ...webhook }, url);
	return true;
}

function webhookName(context: IHookFunctions): string {
	let workflowName: string | undefined;
	try {
		workflowName = context.getWorkflow().name;
	} catch {
		workflowName = undefined;
	}
	return workflowName ? `n8n: ${workflowName}` : 'n8n Chatwoot Trigger';
}

function isNotFound(error: unknown): boolean {
	return error instanceof NodeApiError && String(error.httpCode) === '404';
}

/**
 * Deactivation: removes the webhook by its stored ID, or, when the static data was lost or
 * belongs to another URL, every webhook posting to this trigger's URL.
 */
export async function deleteWebhook(this: IHookFunctions): Promise<boolean> {
	const state = triggerState(this);
	const url = ownUrl(this);
	const storedId =
		state.webhookUrl === undefined || state.webhookUrl === url ? state.webhookId : undefined;
	let deleted = false;
	if (storedId !== undefined) {
		try {
			await chatwootApiRequest.call(this, {
				method: 'DELETE',
				subject: 'this trigger',
				path: `${webhooksPath(this)}/${storedId}`,
			});
			deleted = true;
		} catch (error) {
			// already gone: look for it by URL below
			if (!isNotFound(error)) return false;
		}
	}
	if (!deleted) {
		try {
			for (const webhook of (await listWebhooks(this)).filter(
				(candidate) => candidate.url === url,
			)) {
				await chatwootApiRequest.call(this, {
					method: 'DELETE',
					subject: 'this trigger',
					path: `${webhooksPath(this)}/${webhook.id}`,
				});
			}
		} catch (error) {
			if (!isNotFound(error)) return false;
		}
	}
	delete state.webhookId;
	delete state.webhookUrl;
	delete state.webhookSecret;
	delete state.deliveries;
	return true;
}
