import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { list, matches, text } from '../../../common/listSearch';

export async function searchAssignmentPolicies(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const results = (await list(this, '/assignment_policies'))
		.filter((policy) => matches(filter, policy.name, policy.description, policy.id))
		.map((policy) => ({
			name: String(policy.name),
			value: String(policy.id),
			description: text(policy.description),
		}));
	return { results };
}
