import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { listFields, resourceOption } from '../../fields';
import { agentIdsField, MEMBER_CHANGES } from '../../commonFields';
import type { ResourceDescription } from '../types';
import { inboxIdField, RESOURCE } from './fields';
import * as addAgentsOperation from './addAgents.operation';
import * as createOperation from './create.operation';
import * as createCsatTemplateOperation from './createCsatTemplate.operation';
import * as deleteOperation from './delete.operation';
import * as deleteAvatarOperation from './deleteAvatar.operation';
import * as getOperation from './get.operation';
import * as getAgentBotOperation from './getAgentBot.operation';
import * as getAssignableAgentsOperation from './getAssignableAgents.operation';
import * as getCsatTemplateOperation from './getCsatTemplate.operation';
import * as getAllOperation from './getAll.operation';
import * as getAgentsOperation from './getAgents.operation';
import * as removeAgentsOperation from './removeAgents.operation';
import * as resetSecretOperation from './resetSecret.operation';
import * as setAgentBotOperation from './setAgentBot.operation';
import * as updateOperation from './update.operation';
import * as setAgentsOperation from './setAgents.operation';

export { inboxIdField } from './fields';

export const inboxOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		addAgentsOperation.option,
		createOperation.option,
		createCsatTemplateOperation.option,
		deleteOperation.option,
		deleteAvatarOperation.option,
		getOperation.option,
		getAgentBotOperation.option,
		getAgentsOperation.option,
		getAssignableAgentsOperation.option,
		getCsatTemplateOperation.option,
		getAllOperation.option,
		removeAgentsOperation.option,
		resetSecretOperation.option,
		setAgentBotOperation.option,
		setAgentsOperation.option,
		updateOperation.option,
	],
	default: 'getAll',
};

export const inboxFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: [
					'createCsatTemplate',
					'delete',
					'deleteAvatar',
					'get',
					'getAgentBot',
					'getAssignableAgents',
					'getCsatTemplate',
					'getAgents',
					'resetSecret',
					'setAgentBot',
					'update',
					...MEMBER_CHANGES,
				],
			},
		},
		[inboxIdField],
	),
	...createOperation.fields,
	...updateOperation.fields,
	...createCsatTemplateOperation.fields,
	...setAgentBotOperation.fields,
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Inbox',
		'inbox',
		'Channels conversations arrive through, their agents and their agent bot',
	),
	operations: inboxOperations,
	fields: [
		...listFields(RESOURCE, ['getAll']),
		...createOperation.nameFields,
		...updateDisplayOptions({ show: { resource: ['inbox'], operation: MEMBER_CHANGES } }, [
			agentIdsField,
		]),
		...inboxFields,
	],
};
