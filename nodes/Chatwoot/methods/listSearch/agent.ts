import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { list, matches, text } from '../../../common/listSearch';

export async function searchAgents(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const results = (await list(this, '/agents'))
		.filter((agent) => matches(filter, agent.name, agent.available_name, agent.email, agent.id))
		.map((agent) => ({
			name: agent.email ? `${String(agent.name)} (${String(agent.email)})` : String(agent.name),
			value: String(agent.id),
			description: text(agent.role),
		}));
	return { results };
}
