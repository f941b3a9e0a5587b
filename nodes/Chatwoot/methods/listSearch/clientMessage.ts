import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { conversationsPath, excerpt, fixedValue } from './clientConversation';
import { matches } from '../../../common/listSearch';

/** The latest messages of the conversation, newest first. */
export async function searchClientMessages(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const conversation = fixedValue(this, 'conversationId', 'Conversation');
	const path = `${conversationsPath(this)}/${conversation}/messages`;
	const messages = (await chatwootApiRequest.call(this, { method: 'GET', path })) as unknown;
	const results = (Array.isArray(messages) ? (messages as IDataObject[]) : [])
		.filter((message) => matches(filter, message.id, message.content, message.content_type))
		.reverse()
		.map((message) => ({
			name: excerpt(message.content) || `Message ${String(message.id)}`,
			value: String(message.id),
			description: String(message.content_type ?? ''),
		}));
	return { results };
}
