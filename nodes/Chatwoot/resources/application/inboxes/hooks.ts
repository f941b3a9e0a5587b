import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { bodyOf, refuse } from '../../../helpers/values';

/** The Agent IDs field as whole numbers: `3, 7`, one number, or a list mapped from an earlier node. */
export function agentIdList(context: IExecuteSingleFunctions): number[] {
	const raw = context.getNodeParameter('agentIds', '') as unknown;
	const parts = (Array.isArray(raw) ? raw : String(raw ?? '').split(','))
		.map((part) => String(part ?? '').trim())
		.filter((part) => part !== '');
	const hint = 'Enter the numeric IDs of agents separated by commas, such as 3, 7, or map a list of IDs from an earlier node.';
	if (!parts.length) refuse(context, 'Agent IDs is required', hint);
	const wrong = parts.find((part) => !/^[1-9][0-9]*$/.test(part));
	if (wrong !== undefined) refuse(context, `Agent IDs must be whole numbers, got "${wrong}"`, hint);
	return [...new Set(parts.map(Number))];
}

/** Inbox members: the inbox travels in the body, not the path, next to the agents. */
export async function sendInboxMembers(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const inboxId = this.getNodeParameter('inboxId', '', { extractValue: true }) as unknown;
	const body = bodyOf(requestOptions);
	body.inbox_id = Number(String(inboxId).trim());
	body.user_ids = agentIdList(this);
	return requestOptions;
}

/** Team members: the team is in the path, the agents in the body. */
export async function sendTeamMembers(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	bodyOf(requestOptions).user_ids = agentIdList(this);
	return requestOptions;
}

/** `agent_bot` is the bot's ID to connect it, or null to disconnect whichever bot the inbox has. */
export async function sendInboxAgentBot(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = bodyOf(requestOptions);
	if (this.getNodeParameter('agentBotAction', 'attach') === 'detach') {
		body.agent_bot = null;
		return requestOptions;
	}
	const botId = String(this.getNodeParameter('agentBotId', '', { extractValue: true }) ?? '').trim();
	if (!/^[1-9][0-9]*$/.test(botId)) {
		refuse(
			this,
			botId === '' || botId === '0' ? 'Agent Bot is required' : `Agent Bot must be a numeric ID, got "${botId}"`,
			'Pick the agent bot to connect, or choose Detach to disconnect the current one.',
		);
	}
	body.agent_bot = Number(botId);
	return requestOptions;
}

/** A new inbox needs to know which kind of channel it is. */
export async function requireChannelType(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
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
 * Chatwoot answers `{agent_bot: {...}}`, or `{agent_bot: {}}` when the inbox has no bot: the item
 * is the bot, or empty.
 */
export async function inboxAgentBot(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const bot = (response.body as IDataObject | undefined)?.agent_bot;
	return [{ json: bot && typeof bot === 'object' && !Array.isArray(bot) ? (bot as IDataObject) : {} }];
}
