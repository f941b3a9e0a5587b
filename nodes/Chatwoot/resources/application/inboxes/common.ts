import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

/** Operations that change who belongs to an inbox or a team; both resources name them alike. */
export const MEMBER_CHANGES = ['addMembers', 'removeMembers', 'updateMembers'];

/**
 * Fields written once for several resources of this group, so that each costs one property: the
 * name a new inbox, team, agent or agent bot gets, and the agents of a member change.
 */
export const sharedFields: INodeProperties[] = [
	...updateDisplayOptions({ show: { resource: ['agent', 'agentBot', 'inbox', 'team'], operation: ['create'] } }, [
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. Support',
			description: 'Name shown in the Chatwoot dashboard',
			routing: { send: { type: 'body', property: 'name' } },
		},
	]),
	...updateDisplayOptions({ show: { resource: ['inbox', 'team'], operation: MEMBER_CHANGES } }, [
		{
			displayName: 'Agent IDs',
			name: 'agentIds',
			type: 'string',
			required: true,
			default: '',
			placeholder: 'e.g. 3, 7',
			description:
				'Numeric IDs of the agents, separated by commas, or a list mapped from an earlier node. Get Many on the Agent resource lists them.',
		},
	]),
];
