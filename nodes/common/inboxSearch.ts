import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { list, matches, text } from './listSearch';

/** `Channel::WebWidget` → `WebWidget inbox`. */
const channelName = (value: unknown) =>
	text(value) ? `${String(value).replace(/^Channel::/, '')} inbox` : undefined;

export async function searchInboxes(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const results = (await list(this, '/inboxes'))
		.filter((inbox) => matches(filter, inbox.name, inbox.channel_type, inbox.id))
		.map((inbox) => ({
			name: String(inbox.name),
			value: String(inbox.id),
			description: channelName(inbox.channel_type),
		}));
	return { results };
}
