import type { INodeProperties } from 'n8n-workflow';

import { resourceLocatorField } from './fields';

/** The dashboard shows an inbox at /app/accounts/1/settings/inboxes/3 or /app/accounts/1/inbox/3. */
export const INBOX_URL = '/app/accounts/\\d+/(?:settings/inboxes|inbox)/(\\d+)';
/** …and a team at /app/accounts/1/settings/teams/2/edit or /app/accounts/1/team/2. */
export const TEAM_URL = '/app/accounts/\\d+/(?:settings/teams|team)/(\\d+)';

/**
 * The pickers of the records other resources point at: an inbox, a team, an agent. Each lists the
 * account's records, takes an ID, and (inbox, team) a dashboard link; with `bodyKey` the picked ID
 * is sent as a number under that key. Inside a collection, wrap them with `pickerIn`.
 */
export const inboxPicker = (
	description: string,
	{ displayName = 'Inbox', bodyKey }: { displayName?: string; bodyKey?: string } = {},
): INodeProperties =>
	resourceLocatorField('inboxId', displayName, {
		searchListMethod: 'searchInboxes',
		noun: 'an inbox',
		urlPattern: INBOX_URL,
		description,
		bodyKey,
	});

export const teamPicker = (description: string): INodeProperties =>
	resourceLocatorField('teamId', 'Team', {
		searchListMethod: 'searchTeams',
		noun: 'a team',
		urlPattern: TEAM_URL,
		description,
	});

export const agentPicker = (
	name: string,
	displayName: string,
	description: string,
	bodyKey?: string,
): INodeProperties =>
	resourceLocatorField(name, displayName, {
		searchListMethod: 'searchAgents',
		noun: 'an agent',
		description,
		bodyKey,
	});
