import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath, matches } from '../../../common/listSearch';
import { payloadOf } from './helpCenter';

export async function searchAutomationRules(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/automation_rules'),
	});
	const results = payloadOf(body)
		.filter((rule) => matches(filter, rule.name, rule.description, rule.event_name))
		.map((rule) => ({
			name: String(rule.name),
			value: String(rule.id),
			description:
				[rule.event_name, rule.active === false ? 'inactive' : undefined]
					.filter(Boolean)
					.join(', ') || undefined,
		}));
	return { results };
}
