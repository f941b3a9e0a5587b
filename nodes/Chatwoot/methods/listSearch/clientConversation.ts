import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { matches } from '../../../common/listSearch';

/** A fixed value the list needs from the node; an expression cannot be resolved while editing. */
export function fixedValue(context: ILoadOptionsFunctions, name: string, label: string): string {
	let value: unknown;
	try {
		value = context.getCurrentNodeParameter(name, { extractValue: true });
	} catch {
		value = undefined;
	}
	const text = typeof value === 'string' || typeof value === 'number' ? String(value).trim() : '';
	if (text === '' || text.startsWith('=')) {
		throw new NodeOperationError(
			context.getNode(),
			`Enter ${label} as a fixed value to list from it`,
			{
				description:
					'The list is read from Chatwoot with the values above it; an expression is only known when the workflow runs.',
			},
		);
	}
	return encodeURIComponent(text);
}

export function conversationsPath(context: ILoadOptionsFunctions): string {
	const inbox = fixedValue(context, 'inboxIdentifier', 'Inbox Identifier');
	const contact = fixedValue(context, 'contactIdentifier', 'Contact Identifier');
	return `/public/api/v1/inboxes/${inbox}/contacts/${contact}/conversations`;
}

export function excerpt(text: unknown): string {
	const words = String(text ?? '')
		.replace(/\s+/g, ' ')
		.trim();
	return words.length > 60 ? `${words.slice(0, 59)}…` : words;
}

/** The contact’s conversations in the inbox, newest first. */
export async function searchClientConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const conversations = (await chatwootApiRequest.call(this, {
		method: 'GET',
		path: conversationsPath(this),
	})) as unknown;
	const results = (Array.isArray(conversations) ? (conversations as IDataObject[]) : [])
		.map((conversation) => {
			const messages = (conversation.messages as IDataObject[] | undefined) ?? [];
			return { conversation, last: excerpt(messages[messages.length - 1]?.content) };
		})
		.filter(({ conversation, last }) => matches(filter, conversation.id, conversation.status, last))
		.sort((a, b) => Number(b.conversation.id) - Number(a.conversation.id))
		.map(({ conversation, last }) => ({
			name: `#${String(conversation.id)} (${String(conversation.status ?? 'open')})${last ? `: ${last}` : ''}`,
			value: String(conversation.id),
		}));
	return { results };
}
