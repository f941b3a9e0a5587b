import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { pickedId } from '../../helpers/hooks';
import { AGENT_IDS_HINT } from '../../helpers/preSend';
import { refuse } from '../../../common/errors';
import { bodyOf, numericIds } from '../../helpers/values';

/** Inbox members: the inbox travels in the body, not the path, next to the agents. */
export async function sendInboxMembers(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const inboxId = this.getNodeParameter('inboxId', '', { extractValue: true }) as unknown;
	const body = bodyOf(requestOptions);
	body.inbox_id = Number(String(inboxId).trim());
	body.user_ids = numericIds(this, 'agentIds', { required: true, hint: AGENT_IDS_HINT });
	return requestOptions;
}

/** `agent_bot` is the bot's ID to connect it, or null to disconnect whichever bot the inbox has. */
export async function sendInboxAgentBot(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const body = bodyOf(requestOptions);
	if (this.getNodeParameter('agentBotAction', 'attach') === 'detach') {
		body.agent_bot = null;
		return requestOptions;
	}
	body.agent_bot = pickedId(this, 'agentBotId');
	return requestOptions;
}

/** A new inbox needs to know which kind of channel it is. */
export async function requireChannelType(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const channel = bodyOf(requestOptions).channel as IDataObject | undefined;
	if (!channel || typeof channel.type !== 'string' || channel.type.trim() === '') {
		refuse(
			this,
			'Channel needs a "type"',
			'Start the Channel JSON with the kind of inbox, for example {"type": "api"}; Chatwoot also takes web_widget, email, line, telegram, whatsapp and sms.',
		);
	}
	return requestOptions;
}

/**
 * An inbox keeps its channel type: a "type" in the Channel Settings of an update reaches
 * `channel.update!` and fails with a server error (docs/server-facts.md#inbox-update-channel-type).
 */
export async function refuseChannelType(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const channel = bodyOf(requestOptions).channel as IDataObject | undefined;
	if (channel && typeof channel === 'object' && !Array.isArray(channel) && 'type' in channel) {
		refuse(
			this,
			'Channel Settings cannot change "type"',
			'Remove "type" from Channel Settings: an inbox keeps its channel type, and Chatwoot fails with a server error when it is sent. Create a new inbox for another type.',
		);
	}
	return requestOptions;
}

/**
 * Chatwoot answers `{agent_bot: {...}}`, or `{agent_bot: {}}` when the inbox has no bot: the item
 * is the bot, or empty.
 */
export async function inboxAgentBot(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const bot = (response.body as IDataObject | undefined)?.agent_bot;
	return [
		{ json: bot && typeof bot === 'object' && !Array.isArray(bot) ? (bot as IDataObject) : {} },
	];
}
