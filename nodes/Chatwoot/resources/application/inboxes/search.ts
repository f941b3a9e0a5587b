import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { accountPath, matches } from '../../../methods/listSearch/common';
import { chatwootApiRequest } from '../../../transport';

async function list(context: ILoadOptionsFunctions, rest: string): Promise<IDataObject[]> {
	const body = (await chatwootApiRequest.call(context, { method: 'GET', path: accountPath(context, rest) })) as
		| IDataObject[]
		| { payload?: IDataObject[] };
	if (Array.isArray(body)) return body;
	return Array.isArray(body?.payload) ? body.payload : [];
}

const text = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : String(value));

/** `Channel::WebWidget` → `WebWidget inbox`. */
const channelName = (value: unknown) => (text(value) ? `${String(value).replace(/^Channel::/, '')} inbox` : undefined);

export async function searchInboxes(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const results = (await list(this, '/inboxes'))
		.filter((inbox) => matches(filter, inbox.name, inbox.channel_type, inbox.id))
		.map((inbox) => ({ name: String(inbox.name), value: String(inbox.id), description: channelName(inbox.channel_type) }));
	return { results };
}

export async function searchTeams(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const results = (await list(this, '/teams'))
		.filter((team) => matches(filter, team.name, team.description, team.id))
		.map((team) => ({ name: String(team.name), value: String(team.id), description: text(team.description) }));
	return { results };
}

export async function searchAgents(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const results = (await list(this, '/agents'))
		.filter((agent) => matches(filter, agent.name, agent.available_name, agent.email, agent.id))
		.map((agent) => ({
			name: agent.email ? `${String(agent.name)} (${String(agent.email)})` : String(agent.name),
			value: String(agent.id),
			description: text(agent.role),
		}));
	return { results };
}

export async function searchAgentBots(this: ILoadOptionsFunctions, filter?: string): Promise<INodeListSearchResult> {
	const results = (await list(this, '/agent_bots'))
		.filter((bot) => matches(filter, bot.name, bot.description, bot.id))
		.map((bot) => ({ name: String(bot.name), value: String(bot.id), description: text(bot.description) }));
	return { results };
}
