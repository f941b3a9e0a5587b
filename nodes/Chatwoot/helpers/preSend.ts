import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { bodyOf, sendIdList } from './values';

/** How to fill an Agent IDs field, for the error that refuses one. */
export const AGENT_IDS_HINT =
	'Enter the numeric IDs of agents separated by commas, such as 3, 7, or map a list of IDs from an earlier node.';

/** Agents as the whole numbers `user_ids` holds: members of teams and conversations. Chatwoot compares them with numeric IDs, so IDs sent as text would never match. */
export const sendAgentIds = sendIdList('agentIds', 'body', 'user_ids', AGENT_IDS_HINT);

/**
 * Sends a text only when it is not empty, so an empty optional text is left out rather than sent
 * as "" (Chatwoot takes an empty string as a value); `trim` also drops surrounding spaces.
 */
export function sendText(
	parameterPath: string,
	bodyKey: string,
	{ trim = false }: { trim?: boolean } = {},
) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const raw = this.getNodeParameter(parameterPath, '') as unknown;
		if (raw === '' || raw === null || raw === undefined) return requestOptions;
		const text = trim ? String(raw).trim() : String(raw);
		if (text !== '') bodyOf(requestOptions)[bodyKey] = text;
		return requestOptions;
	};
}
