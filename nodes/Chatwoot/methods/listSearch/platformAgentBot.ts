import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { matches, text } from '../../../common/listSearch';

/** The agent bots this platform app created: the only ones the Platform API lets it see. */
export async function searchPlatformAgentBots(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, {
		method: 'GET',
		path: '/platform/api/v1/agent_bots',
	});
	const results = (Array.isArray(body) ? (body as IDataObject[]) : [])
		.filter((bot) => bot?.id !== undefined && bot?.id !== null)
		.filter((bot) => matches(filter, bot.name, bot.description, bot.id))
		.map((bot) => ({
			name: String(bot.name ?? bot.id),
			value: String(bot.id),
			description: text(bot.description),
		}));
	return { results };
}
