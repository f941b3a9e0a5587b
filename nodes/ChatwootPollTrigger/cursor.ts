import type { IDataObject } from 'n8n-workflow';

/**
 * Records are read again this many seconds behind the newest one seen, and the IDs read in
 * that window are remembered: a record that commits late, or shares a second with others,
 * is still returned once.
 */
export const LOOKBACK_SECONDS = 60;

/** Upper bound on remembered IDs, should a window hold an unusual burst. */
const MAX_REMEMBERED = 5000;

/** One stream's cursor: the newest `created_at` seen, and the IDs seen in the window behind it. */
export interface Cursor extends IDataObject {
	watermark: number;
	seen: Record<string, number>;
}

export interface Stamped {
	id: string;
	createdAt: number;
	record: IDataObject;
}

/** The oldest `created_at` a poll must still read. */
export function windowStart(cursor: Cursor): number {
	return cursor.watermark - LOOKBACK_SECONDS;
}

/**
 * Advances a cursor past the records just read; returns the ones not returned before.
 * Every record read is remembered, whether or not the node's filters let it through.
 */
export function advance(cursor: Cursor, read: Stamped[]): Stamped[] {
	const fresh = read.filter((item) => cursor.seen[item.id] === undefined);
	const watermark = Math.max(cursor.watermark, ...read.map((item) => item.createdAt));
	const seen: Record<string, number> = { ...cursor.seen };
	for (const item of read) seen[item.id] = item.createdAt;
	// forget what the next poll can no longer read: it starts at watermark - LOOKBACK_SECONDS
	const kept = Object.entries(seen)
		.filter(([, createdAt]) => createdAt >= watermark - LOOKBACK_SECONDS)
		.sort((a, b) => b[1] - a[1])
		.slice(0, MAX_REMEMBERED);
	cursor.watermark = watermark;
	cursor.seen = Object.fromEntries(kept);
	return fresh;
}

/** A Chatwoot time in unix seconds: REST lists send integers, some records ISO strings. */
export function seconds(value: unknown): number {
	if (typeof value === 'number') return value;
	const text = String(value ?? '');
	if (/^[0-9]+$/.test(text)) return Number(text);
	const parsed = Date.parse(text);
	return Number.isNaN(parsed) ? 0 : Math.floor(parsed / 1000);
}
