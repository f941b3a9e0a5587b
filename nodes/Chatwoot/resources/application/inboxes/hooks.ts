import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { pickedId } from '../../../helpers/hooks';
import { bodyOf, listOf, numericIds, refuse, sendIdList } from '../../../helpers/values';

/** How to fill an Agent IDs field, for the error that refuses one. */
export const AGENT_IDS_HINT = 'Enter the numeric IDs of agents separated by commas, such as 3, 7, or map a list of IDs from an earlier node.';

/** Agents as the whole numbers `user_ids` holds: members of teams and conversations. Chatwoot compares them with numeric IDs, so IDs sent as text would never match. */
export const sendAgentIds = sendIdList('agentIds', 'body', 'user_ids', AGENT_IDS_HINT);

/** An address as Chatwoot's sign-in accepts it: something, one `@`, something, no spaces. */
const EMAIL = /^[^\s@]+@[^\s@]+$/;

/**
 * Agents invited in bulk: `emails` is a list of addresses. Chatwoot answers 200 even for addresses
 * it cannot use and skips them silently, so malformed ones are refused here, before any request.
 */
export async function sendAgentEmails(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const emails = listOf(this.getNodeParameter('emails', ''));
	const hint = 'Enter email addresses separated by commas, such as lena@acme.com, omar@acme.com, or map a list from an earlier node.';
	if (!emails.length) refuse(this, 'Emails is required', hint);
	const wrong = emails.find((email) => !EMAIL.test(email));
	if (wrong !== undefined) refuse(this, `Emails must be email addresses, got "${wrong}"`, hint);
	bodyOf(requestOptions).emails = emails;
	return requestOptions;
}

/** Inbox members: the inbox travels in the body, not the path, next to the agents. */
export async function sendInboxMembers(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const inboxId = this.getNodeParameter('inboxId', '', { extractValue: true }) as unknown;
	const body = bodyOf(requestOptions);
	body.inbox_id = Number(String(inboxId).trim());
	body.user_ids = numericIds(this, 'agentIds', { required: true, hint: AGENT_IDS_HINT });
	return requestOptions;
}

/** `agent_bot` is the bot's ID to connect it, or null to disconnect whichever bot the inbox has. */
export async function sendInboxAgentBot(this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
	const body = bodyOf(requestOptions);
	if (this.getNodeParameter('agentBotAction', 'attach') === 'detach') {
		body.agent_bot = null;
		return requestOptions;
	}
	body.agent_bot = pickedId(this, 'agentBotId');
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
