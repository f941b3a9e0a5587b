import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resourceOption } from '../../../fields';
import { agentFields, agentOperations } from './agent';
import { agentBotFields, agentBotOperations } from './agentBot';
import { sharedFields } from './common';
import { inboxFields, inboxOperations } from './inbox';
import { searchAgentBots, searchAgents, searchInboxes, searchTeams } from './search';
import { teamFields, teamOperations } from './team';

/** Resources of this group, each made with `resourceOption`. */
export const resources: INodePropertyOptions[] = [
	resourceOption('Agent', 'agent', 'People who answer conversations in the account, and their role'),
	resourceOption('Agent Bot', 'agentBot', 'Bots of the account that answer conversations through a webhook'),
	resourceOption('Inbox', 'inbox', 'Channels conversations arrive through, their agents and their agent bot'),
	resourceOption('Team', 'team', 'Groups of agents that conversations can be assigned to'),
];

/** The `operation` property of each resource. */
export const operations: INodeProperties[] = [agentOperations, agentBotOperations, inboxOperations, teamOperations];

/** Every other field of the group's operations. */
export const fields: INodeProperties[] = [...sharedFields, ...agentFields, ...agentBotFields, ...inboxFields, ...teamFields];

/** The group's `methods.listSearch` functions. */
export const listSearch = { searchAgentBots, searchAgents, searchInboxes, searchTeams };
