import type { INodeProperties } from 'n8n-workflow';

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
export const agentIdsField: INodeProperties = {
	displayName: 'Agent IDs',
	name: 'agentIds',
	type: 'string',
	required: true,
	default: '',
	placeholder: 'e.g. 3, 7',
	description:
		'Numeric IDs of the agents, separated by commas, or a list mapped from an earlier node. Get Many on the Agent resource lists them.',
};
