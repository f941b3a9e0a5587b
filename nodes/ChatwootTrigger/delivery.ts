import { createHmac, timingSafeEqual } from 'crypto';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { eventPasses, inboxIdOf, messageKind, type MessageFilters } from '../common/triggerFilters';
import { secretFromChatwoot, triggerState, type TriggerState } from './registration';
import { botSecretFromChatwoot, isAgentBot, storedBotSecret } from './botRegistration';

/** Deliveries older (or further in the future) than this are refused, so a captured one cannot be replayed later. */
export const MAX_SIGNATURE_AGE_SECONDS = 5 * 60;

/** How many delivery IDs are remembered to drop repeats. */
export const REMEMBERED_DELIVERIES = 500;

function header(headers: IDataObject, name: string): string | undefined {
	const value = headers[name];
	const text = Array.isArray(value) ? value[0] : value;
	return typeof text === 'string' && text !== '' ? text : undefined;
}

/** `sha256=<hex HMAC-SHA256(secret, "<timestamp>.<raw body>")>`, as Chatwoot signs (lib/webhooks/trigger.rb). */
export function chatwootSignature(
	secret: string,
	timestamp: string,
	rawBody: Buffer | string,
): string {
	const hmac = createHmac('sha256', secret);
	hmac.update(`${timestamp}.`);
	hmac.update(rawBody);
	return `sha256=${hmac.digest('hex')}`;
}

/** Why a delivery's signature is refused, or undefined when it is valid. */
export function signatureProblem(
	secret: string | undefined,
	headers: IDataObject,
	rawBody: Buffer | string,
	nowSeconds: number,
): string | undefined {
	if (!secret)
		return 'No webhook secret is stored for this trigger; deactivate and activate the workflow again';
	const signature = header(headers, 'x-chatwoot-signature');
	const timestamp = header(headers, 'x-chatwoot-timestamp');
	if (!signature || !timestamp)
		return 'Missing X-Chatwoot-Signature or X-Chatwoot-Timestamp header';
	if (
		!/^[0-9]+$/.test(timestamp) ||
		Math.abs(nowSeconds - Number(timestamp)) > MAX_SIGNATURE_AGE_SECONDS
	) {
		return 'Stale or invalid X-Chatwoot-Timestamp';
	}
	const expected = Buffer.from(chatwootSignature(secret, timestamp, rawBody));
	const given = Buffer.from(signature.trim());
	// timingSafeEqual needs equal lengths; a length mismatch is a wrong signature anyway
	if (given.length !== expected.length || !timingSafeEqual(given, expected))
		return 'Invalid X-Chatwoot-Signature';
	return undefined;
}

/** The exact bytes Chatwoot signed. n8n keeps them as `rawBody` when it parses a JSON body. */
async function rawBodyOf(context: IWebhookFunctions): Promise<Buffer | string> {
	const request = context.getRequestObject();
	// only a body nobody has read yet: reading a consumed stream could wait forever
	if (
		!request.rawBody &&
		typeof request.readRawBody === 'function' &&
		request.readableEnded === false
	) {
		try {
			await request.readRawBody();
		} catch {
			// the stream was already consumed: fall back below
		}
	}
	if (Buffer.isBuffer(request.rawBody) && request.rawBody.length) return request.rawBody;
	// best effort only: a re-serialised body rarely matches, so the delivery is then refused, never let through
	return JSON.stringify(context.getBodyData());
}

/**
 * Delivery IDs this n8n process accepted, per trigger. n8n stores a trigger's static data only when
 * the execution a delivery started has ended, so a repeat that arrives before then would find the
 * stored list without its ID. The stored list catches repeats after a restart in n8n 1.x only: n8n
 * 2.41 does not write the static data a webhook trigger changes while starting an execution (its
 * workflow runner builds a second workflow object on the same data, which resets the changed flag),
 * so there a repeat sent after a restart, or to another process, runs again.
 */
const acceptedHere = new Map<string, string[]>();

const keep = (ids: string[], id: string): string[] => [...ids, id].slice(-REMEMBERED_DELIVERIES);

/** Remembers a delivery ID; true when it was already seen. */
function seenBefore(context: IWebhookFunctions, state: TriggerState, deliveryId: string): boolean {
	const node = context.getNode();
	const trigger = `${context.getWorkflow().id ?? ''}/${node.id ?? node.name}`;
	const recent = acceptedHere.get(trigger) ?? [];
	const stored = Array.isArray(state.deliveries) ? state.deliveries : [];
	if (recent.includes(deliveryId) || stored.includes(deliveryId)) return true;
	acceptedHere.set(trigger, keep(recent, deliveryId));
	state.deliveries = keep(stored, deliveryId);
	return false;
}

function filtersOf(context: IWebhookFunctions): MessageFilters {
	return {
		inboxId: inboxIdOf(context.getNodeParameter('inboxId', '', { extractValue: true })),
		messageType: context.getNodeParameter('messageType', 'any') as MessageFilters['messageType'],
		includePrivateNotes: context.getNodeParameter('includePrivateNotes', false) as boolean,
	};
}

/**
 * What an agent bot source lets through besides its events and inbox: by default no message sent by
 * an agent bot (the bot's own answers come back as `message_created`) and no private note, so an
 * assistant never answers itself; never an activity message (Chatwoot 4.15 sends bots none, see
 * docs/server-facts.md#agent-bot-delivery; a server that did would otherwise feed the bot its own
 * status changes).
 */
export function botEventPasses(
	payload: IDataObject,
	include: { botMessages: boolean; privateNotes: boolean },
): boolean {
	if (!String(payload.event ?? '').startsWith('message_')) return true;
	const sender =
		payload.sender && typeof payload.sender === 'object' ? (payload.sender as IDataObject) : {};
	if (sender.type === 'agent_bot' && !include.botMessages) return false;
	if (payload.private === true && !include.privateNotes) return false;
	if (messageKind(payload.message_type) === 'activity') return false;
	return true;
}

/** An answer that starts nothing: n8n replies 200 with this body. */
const ignored = (reason: string): IWebhookResponseData => ({
	webhookResponse: { received: true, ignored: reason },
});

/** Handles one delivery: verify, drop repeats, filter, then start the workflow with the event. */
export async function receiveDelivery(this: IWebhookFunctions): Promise<IWebhookResponseData> {
	const state = triggerState(this);
	const headers = this.getHeaderData() as IDataObject;
	const body = this.getBodyData();
	const asBot = isAgentBot(this);

	if (this.getNodeParameter('options.verifySignature', true) as boolean) {
		const secret = asBot
			? (storedBotSecret(this) ?? (await botSecretFromChatwoot(this).catch(() => undefined)))
			: (state.webhookSecret ?? (await secretFromChatwoot(this).catch(() => undefined)));
		const problem = signatureProblem(
			secret,
			headers,
			await rawBodyOf(this),
			Math.floor(Date.now() / 1000),
		);
		if (problem) {
			this.getResponseObject().status(401).json({ message: problem });
			return { noWebhookResponse: true };
		}
	}

	const deliveryId = header(headers, 'x-chatwoot-delivery');
	if (deliveryId && seenBefore(this, state, deliveryId)) return ignored('repeated delivery');

	const events = this.getNodeParameter(asBot ? 'botEvents' : 'events', []) as string[];
	if (!events.includes(String(body.event))) return ignored('event not chosen');
	if (asBot) {
		const inboxOnly: MessageFilters = {
			inboxId: filtersOf(this).inboxId,
			messageType: 'any',
			includePrivateNotes: true,
		};
		const include = {
			botMessages: this.getNodeParameter('options.includeBotMessages', false) as boolean,
			privateNotes: this.getNodeParameter('options.includePrivateNotes', false) as boolean,
		};
		if (!eventPasses(body, inboxOnly) || !botEventPasses(body, include))
			return ignored('filtered out');
	} else if (!eventPasses(body, filtersOf(this))) return ignored('filtered out');

	return { workflowData: [this.helpers.returnJsonArray(body)] };
}
