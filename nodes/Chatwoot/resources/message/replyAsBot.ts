import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { CHATWOOT_CREDENTIAL, TOKEN_KIND } from '../../../../credentials/ChatwootApi.credentials';
import { refuse } from '../../../common/errors';
import { retryPolicy } from '../../../common/request';
import { rememberToken, SEND_AS_HEADER } from '../../../common/secrets';
import { chatwootApiRequest } from '../../../common/transport';
import { pickedId } from '../../helpers/hooks';

const BOT = 'agentBotId';

function botPicked(context: IExecuteSingleFunctions): boolean {
	const value = context.getNodeParameter(BOT, '', { extractValue: true }) as unknown;
	return value !== undefined && value !== null && String(value).trim() !== '';
}

/**
 * Pre-send hook of Reply as Bot. Chatwoot shows a message as the agent bot's when the bot's own
 * token creates it. With an agent bot credential the request goes out as it is. With a user
 * credential the picked bot is read (`GET …/agent_bots/{id}`, whose answer carries the bot's
 * `access_token` for a bot of this account) and the credential sends the message with that token,
 * to the same Chatwoot; the token is remembered so that it is redacted like the credential's own.
 */
export async function sendAsAgentBot(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const credentials = await this.getCredentials(CHATWOOT_CREDENTIAL);
	const kind = String(credentials[TOKEN_KIND] ?? 'user');
	if (kind === 'agentBot') {
		if (botPicked(this)) {
			refuse(
				this,
				'Agent Bot must stay empty with an agent bot token',
				'The credential is an agent bot’s token, so the message is sent as that bot. Clear Agent Bot, or use a credential with a user token to pick the bot.',
			);
		}
		return requestOptions;
	}
	if (kind !== 'user') {
		refuse(
			this,
			'Reply as Bot needs a user or an agent bot token',
			'Choose a Chatwoot credential whose Token Kind is User (to pick the bot) or Agent Bot.',
		);
	}
	if (!botPicked(this)) {
		refuse(
			this,
			'Agent Bot is required',
			'Pick the agent bot the reply comes from: with a user token the node sends the message with that bot’s token.',
		);
	}
	const botId = pickedId(this, BOT);
	const botPath = requestOptions.url.replace(/\/conversations\/.*$/, `/agent_bots/${botId}`);
	const bot = await chatwootApiRequest.call(this, {
		method: 'GET',
		path: botPath,
		itemIndex: this.getItemIndex(),
		retry: retryPolicy(this.getNodeParameter('requestOptions', {}) as IDataObject),
		keepTokens: true,
	});
	const token = (bot as IDataObject | undefined)?.access_token;
	if (typeof token !== 'string' || token.trim() === '') {
		refuse(
			this,
			`Chatwoot gives no access token for agent bot ${botId}`,
			'Chatwoot shows a bot’s token only for a bot of this account, not for a bot shared by every account. Use one of the account’s own bots, or a credential with that bot’s token (Token Kind Agent Bot).',
		);
	}
	rememberToken(token);
	requestOptions.headers = { ...(requestOptions.headers ?? {}), [SEND_AS_HEADER]: token };
	return requestOptions;
}
