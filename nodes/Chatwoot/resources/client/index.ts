import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resourceOption } from '../../fields';
import { sharedFields } from './common';
import { clientContactFields, clientContactOperations } from './contact';
import { clientConversationFields, clientConversationOperations } from './conversation';
import { csatSurveyFields, csatSurveyOperations } from './csatSurvey';
import { csatSurveyResponseFields, csatSurveyResponseOperations } from './csatSurveyResponse';
import { clientInboxOperations } from './inbox';
import { clientMessageFields, clientMessageOperations } from './message';
import { searchClientConversations, searchClientMessages } from './search';

/** Resources of the public Client API and CSAT surveys, each made with `resourceOption`. */
export const resources: INodePropertyOptions[] = [
	resourceOption('Client Contact', 'clientContact', 'A contact of an API inbox, acting as that contact (Client API, no token needed)'),
	resourceOption('Client Conversation', 'clientConversation', 'Conversations of a contact in an API inbox (Client API)'),
	resourceOption('Client Inbox', 'clientInbox', 'An API inbox as its contacts see it (Client API)'),
	resourceOption('Client Message', 'clientMessage', 'Messages of a contact’s conversation in an API inbox (Client API)'),
	resourceOption('CSAT Survey', 'csatSurvey', 'The satisfaction survey of a conversation, as the contact answers it'),
	resourceOption('CSAT Survey Response', 'csatSurveyResponse', 'Satisfaction ratings contacts gave in the account'),
];

/** The `operation` property of each resource. */
export const operations: INodeProperties[] = [
	clientContactOperations,
	clientConversationOperations,
	clientInboxOperations,
	clientMessageOperations,
	csatSurveyOperations,
	csatSurveyResponseOperations,
];

/** Every other field of the group's operations. */
export const fields: INodeProperties[] = [
	...sharedFields,
	...clientContactFields,
	...clientConversationFields,
	...clientMessageFields,
	...csatSurveyFields,
	...csatSurveyResponseFields,
];

/** The group's `methods.listSearch` functions. */
export const listSearch = { searchClientConversations, searchClientMessages };
