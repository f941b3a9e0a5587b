import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath, matches } from '../../../common/listSearch';
import { payloadOf } from './helpCenter';

export async function searchIntegrationHooks(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/integrations/apps'),
	});
	const results = payloadOf(body).flatMap((app) =>
		(Array.isArray(app.hooks) ? (app.hooks as IDataObject[]) : [])
			.map((hook) => {
				const inbox = (hook.inbox as IDataObject | null | undefined)?.name;
				return {
					name: `${String(app.name ?? app.id)} #${String(hook.id)}${inbox ? ` (${String(inbox)})` : ''}`,
					value: String(hook.id),
					description: hook.status === false ? 'disabled' : undefined,
				};
			})
			.filter((item) => matches(filter, item.name, app.id)),
	);
	return { results };
}
