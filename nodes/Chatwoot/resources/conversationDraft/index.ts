import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { conversationIdField } from '../conversation';
import { sendRequiredText } from '../contactNote/hooks';
import type { ResourceDescription } from '../types';
import { resourceOption } from '../../fields';

const RESOURCE = 'conversationDraft';
// One draft per conversation, kept in Redis under the conversation alone: not per user, no expiry
const DRAFT = '/api/v1/accounts/{accountId}/conversations/{conversationId}/draft_messages';

export const conversationDraftOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Delete',
			value: 'delete',
			action: 'Delete the draft reply of a conversation',
			description:
				'Remove the conversation’s draft, whoever saved it; answers { success: true }, also when there was none',
			routing: {
				request: { method: 'DELETE', url: DRAFT },
				output: { postReceive: [successWhenEmpty] },
			},
		},
		{
			name: 'Get',
			value: 'get',
			action: 'Get the draft reply of a conversation',
			description:
				'Read the one draft the conversation has, whoever saved it: has_draft, and the text as message when there is one',
			routing: { request: { method: 'GET', url: DRAFT } },
		},
		{
			name: 'Save',
			value: 'save',
			action: 'Save the draft reply of a conversation',
			description:
				'Replace the conversation’s one draft, shared by everyone who can open it, with this text; it does not expire. Answers { success: true }.',
			routing: {
				request: { method: 'PATCH', url: DRAFT },
				output: { postReceive: [successWhenEmpty] },
			},
		},
	],
	default: 'get',
};

const TEXT_HINT =
	'Enter the text of the draft, or map it from an earlier node. To remove the draft, use Delete.';

export const conversationDraftFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: [RESOURCE] } }, [conversationIdField()]),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['save'] } }, [
		{
			displayName: 'Text',
			name: 'text',
			type: 'string',
			required: true,
			typeOptions: { rows: 4 },
			default: '',
			placeholder: 'e.g. Thanks for waiting, your refund was approved',
			description:
				'The unsent reply to keep on the conversation; it replaces any draft already there. Not shown in the dashboard’s reply box, which keeps its drafts in the browser.',
			// Chatwoot reads draft_message.message and saves an empty draft when it is missing
			routing: {
				send: { preSend: [sendRequiredText('text', 'draft_message.message', TEXT_HINT)] },
			},
		},
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Conversation Draft',
		'conversationDraft',
		'The unsent reply kept on a conversation through the API, one per conversation, shared by its agents',
	),
	operations: conversationDraftOperations,
	fields: conversationDraftFields,
};
