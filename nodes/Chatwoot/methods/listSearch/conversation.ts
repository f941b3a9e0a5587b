import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { accountPath } from '../../../common/listSearch';
import { chatwootApiRequest } from '../../../common/transport';

const SNIPPET_LENGTH = 60;

function snippet(conversation: IDataObject): string {
	const last = (conversation.last_non_activity_message ??
		(conversation.messages as IDataObject[] | undefined)?.at(-1)) as IDataObject | null | undefined;
	const text = String(last?.content ?? '')
		.replace(/\s+/g, ' ')
		.trim();
	return text.length > SNIPPET_LENGTH ? `${text.slice(0, SNIPPET_LENGTH - 1)}…` : text;
}

/** `#42 Maria Lopez — Where is my order?` */
export function conversationTitle(conversation: IDataObject): string {
	const sender = (conversation.meta as IDataObject | undefined)?.sender as IDataObject | undefined;
	const name = String(sender?.name ?? '').trim() || 'Unknown contact';
	const text = snippet(conversation);
	return `#${String(conversation.id)} ${name}${text ? ` — ${text}` : ''}`;
}

/**
 * The conversation picker: Chatwoot's own message search when the user types, else the first
 * page of open conversations, latest activity first. Values are display IDs, as in the dashboard.
 */
export async function searchConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const text = filter?.trim();
	const body = (await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/conversations'),
		qs: text ? { q: text } : { page: 1 },
	})) as { data?: { payload?: IDataObject[] } };
	const results = (body.data?.payload ?? []).map((conversation) => ({
		name: conversationTitle(conversation),
		value: String(conversation.id),
	}));
	return { results };
}
