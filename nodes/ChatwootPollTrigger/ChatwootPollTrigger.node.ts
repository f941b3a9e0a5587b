import type {
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CHATWOOT_CREDENTIAL } from '../../credentials/ChatwootApi.credentials';
import { searchInboxes } from '../common/inboxSearch';
import {
	inboxFilterField,
	includePrivateNotesField,
	messageTypeField,
	triggerAccountIdField,
} from '../common/triggerFilters';
import { pollChatwoot } from './poll';

const MESSAGE_EVENTS = { show: { events: ['messageCreated'] } };

/**
 * Polling lives in its own node: n8n runs a node either as a webhook or as a poller, never both.
 * For when Chatwoot cannot reach n8n (private network, no public URL).
 */
export class ChatwootPollTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chatwoot Poll Trigger',
		name: 'chatwootPollTrigger',
		icon: { light: 'file:../Chatwoot/chatwoot.svg', dark: 'file:../Chatwoot/chatwoot.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{($parameter["events"] || []).join(", ")}}',
		description:
			'Starts the workflow on new Chatwoot conversations and messages, asking Chatwoot on a schedule',
		defaults: { name: 'Chatwoot Poll Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CHATWOOT_CREDENTIAL, required: true }],
		properties: [
			{
				displayName:
					'Asks Chatwoot for new records on the schedule below, so it works when Chatwoot cannot reach n8n. The Chatwoot Trigger reacts at once and to more events, if Chatwoot can reach this n8n.',
				name: 'notice',
				type: 'notice',
				default: '',
			},
			triggerAccountIdField,
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				default: ['conversationCreated', 'messageCreated'],
				options: [
					{
						name: 'New Conversation',
						value: 'conversationCreated',
						description: 'A conversation was started',
					},
					{
						name: 'New Message',
						value: 'messageCreated',
						description: 'A message was added to a conversation',
					},
				],
				description: 'What starts the workflow. Each record is returned once, oldest first.',
			},
			inboxFilterField,
			messageTypeField(MESSAGE_EVENTS),
			includePrivateNotesField(MESSAGE_EVENTS),
		],
	};

	methods = {
		listSearch: { searchInboxes },
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		return await pollChatwoot.call(this);
	}
}
