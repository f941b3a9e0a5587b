import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { list, matches, text } from '../../../common/listSearch';

export async function searchTeams(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const results = (await list(this, '/teams'))
		.filter((team) => matches(filter, team.name, team.description, team.id))
		.map((team) => ({
			name: String(team.name),
			value: String(team.id),
			description: text(team.description),
		}));
	return { results };
}
