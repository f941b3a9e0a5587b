/**
 * The access tokens this process has sent, so that server text echoing one (a proxy or debug page
 * that repeats the request headers, a profile that returns the caller's own token) is redacted
 * before it reaches an item, an error or a log. The credential's `authenticate` records each token
 * it sends; every reader of a Chatwoot answer passes the answer through `redact`.
 */
const MAX_TOKENS = 32;
const MIN_TOKEN_LENGTH = 6;
const tokens: string[] = [];

export const REDACTED = '[redacted]';

export function rememberToken(token: string): void {
	if (token.length < MIN_TOKEN_LENGTH || tokens.includes(token)) return;
	tokens.push(token);
	if (tokens.length > MAX_TOKENS) tokens.shift();
}

function redactText(text: string): string {
	let result = text;
	for (const token of tokens)
		if (result.includes(token)) result = result.split(token).join(REDACTED);
	return result;
}

function redactDeep(value: unknown): unknown {
	if (typeof value === 'string') return redactText(value);
	if (Array.isArray(value)) return value.map(redactDeep);
	if (value && typeof value === 'object' && !Buffer.isBuffer(value)) {
		const copy: Record<string, unknown> = {};
		for (const [key, entry] of Object.entries(value as Record<string, unknown>))
			copy[redactText(key)] = redactDeep(entry);
		return copy;
	}
	return value;
}

/** Whether any remembered token occurs in the value (strings, or JSON of objects). */
export function containsToken(value: unknown): boolean {
	if (!tokens.length || value === undefined || value === null) return false;
	if (Buffer.isBuffer(value)) return false;
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	return typeof text === 'string' && tokens.some((token) => text.includes(token));
}

/** The value with every remembered token replaced by `[redacted]`; the same value when none occurs. */
export function redact<T>(value: T): T {
	return containsToken(value) ? (redactDeep(value) as T) : value;
}

/**
 * Header through which an operation asks the credential to send another token of the same
 * instance instead of its own (an agent bot's, read with the credential's user token). The
 * credential's `authenticate` moves it into the token header, remembers it and removes the marker,
 * so it never leaves the process under this name and never goes to another host.
 */
export const SEND_AS_HEADER = 'x-n8n-chatwoot-send-as-token';
