import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { searchInboxes } from '../../../common/inboxSearch';
import { searchAgents } from './agent';
import { searchLabels } from './label';
import { searchTeams } from './team';

const BY_TYPE = {
	agent: searchAgents,
	inbox: searchInboxes,
	label: searchLabels,
	team: searchTeams,
};

/** The agents, inboxes, labels or teams of the account, as the report's Type says. */
export async function searchReportSubjects(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	let type: unknown;
	try {
		type = this.getCurrentNodeParameter('type');
	} catch {
		type = undefined;
	}
	const search = BY_TYPE[String(type) as keyof typeof BY_TYPE];
	if (!search) {
		throw new NodeOperationError(this.getNode(), 'Choose an agent, inbox, label or team as Type', {
			description: 'The list shows the records of the kind chosen in Type.',
		});
	}
	return await search.call(this, filter);
}
