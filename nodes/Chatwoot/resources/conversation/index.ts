import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { listFields, resourceOption } from '../../fields';
import { agentIdsField } from '../../commonFields';
import type { ResourceDescription } from '../types';
import { conversationIdField, filters, PARTICIPANT_CHANGES, RESOURCE } from './fields';
import * as addLabelsOperation from './addLabels.operation';
import * as addParticipantsOperation from './addParticipants.operation';
import * as assignOperation from './assign.operation';
import * as changePriorityOperation from './changePriority.operation';
import * as changeStatusOperation from './changeStatus.operation';
import * as createOperation from './create.operation';
import * as deleteOperation from './delete.operation';
import * as filterOperation from './filter.operation';
import * as getOperation from './get.operation';
import * as getCountsOperation from './getCounts.operation';
import * as getLabelsOperation from './getLabels.operation';
import * as getAllOperation from './getAll.operation';
import * as getParticipantsOperation from './getParticipants.operation';
import * as getReportingEventsOperation from './getReportingEvents.operation';
import * as handOffOperation from './handOff.operation';
import * as keepWithBotOperation from './keepWithBot.operation';
import * as markUnreadOperation from './markUnread.operation';
import * as muteOperation from './mute.operation';
import * as removeLabelsOperation from './removeLabels.operation';
import * as removeParticipantsOperation from './removeParticipants.operation';
import * as searchOperation from './search.operation';
import * as emailTranscriptOperation from './emailTranscript.operation';
import * as setCustomAttributesOperation from './setCustomAttributes.operation';
import * as setLabelsOperation from './setLabels.operation';
import * as setTypingStatusOperation from './setTypingStatus.operation';
import * as unmuteOperation from './unmute.operation';
import * as updateOperation from './update.operation';
import * as setParticipantsOperation from './setParticipants.operation';

export { CONVERSATION_URL_PATTERN, conversationIdField } from './fields';

export const conversationOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		addLabelsOperation.option,
		addParticipantsOperation.option,
		assignOperation.option,
		changePriorityOperation.option,
		changeStatusOperation.option,
		createOperation.option,
		deleteOperation.option,
		emailTranscriptOperation.option,
		filterOperation.option,
		getOperation.option,
		getCountsOperation.option,
		getLabelsOperation.option,
		getAllOperation.option,
		getParticipantsOperation.option,
		getReportingEventsOperation.option,
		handOffOperation.option,
		keepWithBotOperation.option,
		markUnreadOperation.option,
		muteOperation.option,
		removeLabelsOperation.option,
		removeParticipantsOperation.option,
		searchOperation.option,
		setCustomAttributesOperation.option,
		setLabelsOperation.option,
		setParticipantsOperation.option,
		setTypingStatusOperation.option,
		unmuteOperation.option,
		updateOperation.option,
	],
	default: 'getAll',
};

export const conversationFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: [
					'addLabels',
					'addParticipants',
					'assign',
					'delete',
					'get',
					'getLabels',
					'getParticipants',
					'getReportingEvents',
					'handOff',
					'keepWithBot',
					'markUnread',
					'mute',
					'removeLabels',
					'removeParticipants',
					'emailTranscript',
					'setCustomAttributes',
					'setLabels',
					'changePriority',
					'changeStatus',
					'setTypingStatus',
					'unmute',
					'update',
					'setParticipants',
				],
			},
		},
		[conversationIdField()],
	),
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: ['getAll', 'getCounts'] } }, [
		filters,
	]),
	...filterOperation.fields,
	...createOperation.fields,
	...updateOperation.fields,
	...changeStatusOperation.fields,
	...changePriorityOperation.fields,
	...setTypingStatusOperation.fields,
	...setCustomAttributesOperation.fields,
	...addLabelsOperation.fields,
	...removeLabelsOperation.fields,
	...setLabelsOperation.fields,
	...assignOperation.fields,
	...handOffOperation.fields,
	...searchOperation.fields,
	...emailTranscriptOperation.fields,
	...updateDisplayOptions({ show: { resource: [RESOURCE], operation: PARTICIPANT_CHANGES } }, [
		agentIdsField,
	]),
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Conversation',
		'conversation',
		'Conversations with contacts: status, assignment, labels and more',
	),
	operations: conversationOperations,
	fields: [
		...listFields(RESOURCE, ['filter', 'getAll', 'search'], { paged: true }),
		...conversationFields,
	],
};
