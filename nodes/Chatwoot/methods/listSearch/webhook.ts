import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { accountPath, matches } from '../../../common/listSearch';
import { chatwootApiRequest } from '../../../common/transport';

export async function searchWebhooks(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = (await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/webhooks'),
	})) as {
		payload?: { webhooks?: IDataObject[] };
	};
	const results = (body.payload?.webhooks ?? [])
		.filter((webhook) => matches(filter, webhook.name, webhook.url))
		.map((webhook) => ({
			name: String(webhook.name || webhook.url),
			value: String(webhook.id),
			description: webhook.name ? (webhook.url as string) : undefined,
		}));
	return { results };
}
