import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { CHATWOOT_CREDENTIAL, TOKEN_KIND } from '../../credentials/ChatwootApi.credentials';
import { accountPath, matches, text } from '../common/listSearch';
import { chatwootApiRequest } from '../common/transport';

/**
 * The agent bots the credential may point at this trigger: the account's own bots for a user
 * token (bots shared by every account cannot be changed with it), the platform app's bots for a
 * platform app token.
 */
export async function searchTriggerAgentBots(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const credentials = await this.getCredentials(CHATWOOT_CREDENTIAL);
	const platform = String(credentials?.[TOKEN_KIND] ?? 'user') === 'platformApp';
	const answer = await chatwootApiRequest.call(this, {
		method: 'GET',
		path: platform ? '/platform/api/v1/agent_bots' : accountPath(this, '/agent_bots'),
	});
	const bots = Array.isArray(answer) ? (answer as IDataObject[]) : [];
	const results = bots
		.filter((bot) => platform || (bot.system_bot !== true && bot.account_id !== null))
		.filter((bot) => matches(filter, bot.name, bot.description, bot.id))
		.map((bot) => ({
			name: String(bot.name),
			value: String(bot.id),
			description: text(bot.outgoing_url)
				? `Posts to ${String(bot.outgoing_url)}`
				: text(bot.description),
		}));
	return { results };
}
