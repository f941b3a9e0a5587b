import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { limitItems } from './hooks';
import { prepareRequest, sendRouted } from './request';

/** Reads `a.b.c` from a response body; an empty path is the body itself. */
function at(body: unknown, path: string): unknown {
	if (!path) return body;
	return path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as IDataObject)[key] : undefined), body);
}

export interface PageStrategy {
	/** `page=1,2,…` until a short page, the total (`total`) or `hasMore` false. */
	type: 'page';
	pageSize: number;
	/** Where the records are in each answer: `payload`, `data.payload`, or '' for a bare array. */
	records: string;
	/** Where the total number of records is, when the server says it: ends the loop without an empty last page. */
	total?: string;
	/** Where a "more pages" flag is, when the server has one. */
	hasMore?: string;
}

export interface BeforeCursorStrategy {
	/** `before=<oldest id so far>` from the newest page back, for message lists. */
	type: 'before';
	pageSize: number;
	records: string;
}

export type ListStrategy = PageStrategy | BeforeCursorStrategy;

/** The records of one answer: items are the checked response, one item holding the body unless it was an array. */
function recordsOf(items: INodeExecutionData[], strategy: ListStrategy): IDataObject[] {
	if (!strategy.records) return items.map((item) => item.json);
	const records = at(items[0]?.json, strategy.records);
	return Array.isArray(records) ? (records as IDataObject[]) : [];
}

/**
 * Return All and Limit for a list Chatwoot pages: as few requests as the limit allows, no record
 * twice, exactly `limit` records without Return All. Used as `routing.operations.pagination`
 * together with `routing.send.paginate: true`.
 */
export function paginate(strategy: ListStrategy) {
	return async function (
		this: IExecutePaginationFunctions,
		requestData: DeclarativeRestApiSettings.ResultOptions,
	): Promise<INodeExecutionData[]> {
		const returnAll = this.getNodeParameter('returnAll', false) as boolean;
		const limit = returnAll ? Infinity : (this.getNodeParameter('limit', 50) as number);
		const collected: IDataObject[] = [];
		const seen = new Set<unknown>();
		prepareRequest(this, requestData.options);
		const baseQs = (requestData.options.qs ?? {}) as IDataObject;
		// The limit is applied here, over all pages: per page it would keep the wrong records. n8n
		// post-processes every page with this very object, so the change must be made in place.
		requestData.postReceive = requestData.postReceive.map((step) => ({
			...step,
			actions: step.actions.filter((action) => action !== limitItems),
		}));

		let page = 1;
		let cursor: unknown;
		for (;;) {
			const qs: IDataObject = { ...baseQs };
			if (strategy.type === 'page') qs.page = page;
			else if (cursor !== undefined) qs.before = cursor;
			const items = await sendRouted(this, requestData, { ...requestData.options, qs });
			const records = recordsOf(items, strategy);
			const fresh = records.filter((record) => {
				const id = record.id ?? JSON.stringify(record);
				if (seen.has(id)) return false;
				seen.add(id);
				return true;
			});
			if (strategy.type === 'before') {
				// each page is oldest-first: older pages go in front, so the result stays in time order
				collected.unshift(...fresh);
				cursor = records[0]?.id;
			} else {
				collected.push(...fresh);
			}
			if (collected.length >= limit || records.length < strategy.pageSize || fresh.length === 0) break;
			if (strategy.type === 'page') {
				const body = items[0]?.json;
				const total = strategy.total ? Number(at(body, strategy.total)) : NaN;
				if (Number.isFinite(total) && page * strategy.pageSize >= total) break;
				if (strategy.hasMore && at(body, strategy.hasMore) === false) break;
				page++;
			}
		}
		const kept = strategy.type === 'before' ? collected.slice(Math.max(0, collected.length - limit)) : collected.slice(0, limit);
		return kept.map((json) => ({ json }));
	};
}
