import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { list, matches, text } from '../../../common/listSearch';

export async function searchAgentBots(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const results = (await list(this, '/agent_bots'))
		.filter((bot) => matches(filter, bot.name, bot.description, bot.id))
		.map((bot) => ({
			name: String(bot.name),
			value: String(bot.id),
			description: text(bot.description),
		}));
	return { results };
}
