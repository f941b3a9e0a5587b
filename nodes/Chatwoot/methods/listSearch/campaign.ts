import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { chatwootApiRequest } from '../../../common/transport';
import { accountPath, matches } from '../../../common/listSearch';

export async function searchCampaigns(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const body = await chatwootApiRequest.call(this, {
		method: 'GET',
		path: accountPath(this, '/campaigns'),
	});
	const results = (Array.isArray(body) ? (body as IDataObject[]) : [])
		.filter((campaign) =>
			matches(
				filter,
				campaign.title,
				campaign.description,
				(campaign.inbox as IDataObject | null)?.name,
				campaign.id,
			),
		)
		.map((campaign) => {
			const inbox = (campaign.inbox as IDataObject | null | undefined)?.name;
			return {
				name: String(campaign.title),
				value: String(campaign.id),
				description:
					[
						campaign.campaign_type === 'one_off' ? 'one-off' : 'ongoing',
						inbox ? String(inbox) : undefined,
						campaign.enabled === false ? 'disabled' : undefined,
						campaign.campaign_status === 'completed' ? 'completed' : undefined,
					]
						.filter(Boolean)
						.join(', ') || undefined,
			};
		});
	return { results };
}
