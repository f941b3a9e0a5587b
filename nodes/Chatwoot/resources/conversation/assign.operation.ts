import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { resourceLocatorField } from '../../fields';
import { agentPicker, teamPicker } from '../../pickers';
import { assignmentOutput, sendAssignment } from './hooks';
import { CONVERSATION, RESOURCE } from './fields';

export const option: INodePropertyOptions = {
	name: 'Assign',
	value: 'assign',
	action: 'Assign or unassign a conversation',
	description:
		'Assign a conversation to an agent, an agent bot or a team, or take the assignment away. An ID Chatwoot does not find is an error; an unknown agent or team ID has already removed the current one.',
	routing: {
		request: { method: 'POST', url: `${CONVERSATION}/assignments` },
		send: { preSend: [sendAssignment] },
		output: { postReceive: [assignmentOutput] },
	},
};

const assignFields: INodeProperties[] = [
	{
		displayName: 'Assign To',
		name: 'assignTo',
		type: 'options',
		noDataExpression: true,
		default: 'agent',
		options: [
			{ name: 'Agent', value: 'agent' },
			{ name: 'Agent Bot', value: 'agentBot' },
			{ name: 'No Team (Remove the Team)', value: 'noTeam' },
			{ name: 'Nobody (Remove the Agent or Bot)', value: 'nobody' },
			{ name: 'Team', value: 'team' },
		],
	},
	// Agent and Agent Bot share the name assigneeId, so workflows saved with either keep their ID
	{
		...agentPicker('assigneeId', 'Agent', 'The agent the conversation is assigned to'),
		displayOptions: { show: { assignTo: ['agent'] } },
	},
	{
		...resourceLocatorField('assigneeId', 'Agent Bot', {
			searchListMethod: 'searchAgentBots',
			noun: 'an agent bot',
			description: 'The agent bot the conversation is handed to',
		}),
		displayOptions: { show: { assignTo: ['agentBot'] } },
	},
	{
		...teamPicker('The team the conversation is assigned to'),
		displayOptions: { show: { assignTo: ['team'] } },
	},
];

export const fields: INodeProperties[] = updateDisplayOptions(
	{ show: { resource: [RESOURCE], operation: ['assign'] } },
	assignFields,
);
