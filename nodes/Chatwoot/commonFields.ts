import type { INodeProperties } from 'n8n-workflow';

import { multiPickerField } from './fields';

/** Operations that change who belongs to an inbox or a team; both resources name them alike. */
export const MEMBER_CHANGES = ['addAgents', 'removeAgents', 'setAgents'];

/** The name a new inbox, team, agent or agent bot gets. */
export const nameField: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. Support',
	description: 'Name shown in the Chatwoot dashboard',
	routing: { send: { type: 'body', property: 'name' } },
};

/** The agents of an inbox or team member change. */
export const agentIdsField: INodeProperties = multiPickerField(
	'agentIds',
	'Agent Names or IDs',
	'getAgents',
	'The agents, sent by numeric ID. An expression may give an array or IDs separated by commas',
	{ required: true },
);
