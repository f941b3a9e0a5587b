import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath, matches } from '../../../common/listSearch';
import { payloadOf } from './helpCenter';

export async function searchMacros(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/macros'),
	});
	const results = payloadOf(body)
		.filter((macro) => matches(filter, macro.name, macro.id))
		.map((macro) => ({
			name: String(macro.name),
			value: String(macro.id),
			description: typeof macro.visibility === 'string' ? macro.visibility : undefined,
		}));
	return { results };
}
