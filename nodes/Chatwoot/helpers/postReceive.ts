import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

/**
 * The record inside `payload`, or each record of a `payload` list; an answer without `payload` is
 * kept as it is. Chatwoot wraps some of these answers and not others (automation rules: create is
 * bare, show and update are wrapped), so one tolerant step serves them all.
 */
export async function unwrapPayload(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as IDataObject | undefined;
	if (!body || typeof body !== 'object' || Array.isArray(body) || !('payload' in body))
		return items;
	const payload = body.payload as unknown;
	if (Array.isArray(payload)) return (payload as IDataObject[]).map((json) => ({ json }));
	if (payload && typeof payload === 'object') return [{ json: payload as IDataObject }];
	return items;
}

/** `{payload: ['a', 'b']}` → one item `{labels: ['a', 'b']}`: labels are strings, and an item must be an object. */
export async function labelsOutput(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const payload = (response.body as IDataObject | undefined)?.payload;
	return [{ json: { labels: Array.isArray(payload) ? payload : [] } }];
}
