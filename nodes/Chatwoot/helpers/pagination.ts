import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	INodeExecutionData,
} from 'n8n-workflow';

import { prepareRequest, sendRouted } from '../../common/request';

/** Reads `a.b.c` from a response body; an empty path is the body itself. */
function at(body: unknown, path: string): unknown {
	if (!path) return body;
	return path
		.split('.')
		.reduce<unknown>(
			(value, key) =>
				value && typeof value === 'object' ? (value as IDataObject)[key] : undefined,
			body,
		);
}

export interface PageStrategy {
	/**
	 * `page=1,2,…` until the server's own end signal: the total (`total`) reached, `hasMore` false,
	 * or, where the page size is the server's fixed one, a short page; always on an empty page.
	 */
	type: 'page';
	pageSize: number;
	/**
	 * False where a server setting chooses the page size (conversation lists read
	 * CONVERSATION_RESULTS_PER_PAGE): a short page then says nothing, and only the total or an
	 * empty page ends the loop.
	 */
	fixedPageSize?: boolean;
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
	/**
	 * For Return All: walk forward from the first record with `after=<newest id so far>` instead,
	 * oldest first, this many a page (the server gives up to 100 that way, 20 with `before`).
	 */
	afterPageSize?: number;
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
 * twice, exactly `limit` records without Return All (the Limit of a paged list has no post-receive
 * step: per page it would keep the wrong records). Used as `routing.operations.pagination`
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

		// Return All over a message list walks forward with `after`: five times fewer requests
		const forward = strategy.type === 'before' && returnAll && strategy.afterPageSize !== undefined;
		const pageSize = forward
			? (strategy as BeforeCursorStrategy).afterPageSize!
			: strategy.pageSize;
		let page = 1;
		let cursor: unknown;
		for (;;) {
			const qs: IDataObject = { ...baseQs };
			if (strategy.type === 'page') qs.page = page;
			else if (forward) qs.after = cursor ?? 0;
			else if (cursor !== undefined) qs.before = cursor;
			const items = await sendRouted(this, requestData, { ...requestData.options, qs });
			const records = recordsOf(items, strategy);
			const fresh = records.filter((record) => {
				const id = record.id ?? JSON.stringify(record);
				if (seen.has(id)) return false;
				seen.add(id);
				return true;
			});
			if (strategy.type === 'before' && !forward) {
				// each page is oldest-first: older pages go in front, so the result stays in time order
				collected.unshift(...fresh);
				cursor = records[0]?.id;
			} else {
				collected.push(...fresh);
				cursor = records[records.length - 1]?.id;
			}
			if (collected.length >= limit || fresh.length === 0) break;
			if (strategy.type !== 'page') {
				if (records.length < pageSize) break;
				continue;
			}
			const body = items[0]?.json;
			const total = strategy.total ? Number(at(body, strategy.total)) : NaN;
			if (Number.isFinite(total)) {
				// the server's count of every match: short pages (a smaller page size) do not end it
				if (seen.size >= total) break;
			} else if (strategy.hasMore) {
				if (at(body, strategy.hasMore) !== true) break;
			} else if (strategy.fixedPageSize !== false && records.length < pageSize) {
				break;
			}
			page++;
		}
		const kept =
			strategy.type === 'before' && !forward
				? collected.slice(Math.max(0, collected.length - limit))
				: collected.slice(0, limit);
		return kept.map((json) => ({ json }));
	};
}
