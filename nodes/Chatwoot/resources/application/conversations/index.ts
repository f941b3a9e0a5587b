import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resourceOption } from '../../../fields';
import { conversationFields, conversationOperations } from './conversation';
import { messageFields, messageOperations } from './message';
import { searchConversations } from './search';

/** Resources of this group, each made with `resourceOption`. */
export const resources: INodePropertyOptions[] = [
	resourceOption('Conversation', 'conversation', 'Conversations with contacts: status, assignment, labels and more'),
	resourceOption('Message', 'message', 'Messages and private notes in a conversation'),
];

/** The `operation` property of each resource. */
export const operations: INodeProperties[] = [conversationOperations, messageOperations];

/** Every other field of the group's operations. */
export const fields: INodeProperties[] = [...conversationFields, ...messageFields];

/** The group's `methods.listSearch` functions. */
export const listSearch = { searchConversations };
