import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { accountPath, matches } from '../../../common/listSearch';
import { chatwootApiRequest } from '../../../common/transport';

export async function searchLabels(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = (await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/labels'),
	})) as {
		payload?: IDataObject[];
	};
	const results = (body.payload ?? [])
		.filter((label) => matches(filter, label.title, label.description))
		.map((label) => ({
			name: String(label.title),
			value: String(label.id),
			description: label.description as string | undefined,
		}));
	return { results };
}
