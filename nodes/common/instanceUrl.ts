/**
 * Resolves whatever a user pasted as the Chatwoot address to the instance root:
 * `https://chat.example.com/`, `https://chat.example.com/api/v1` and
 * `https://chat.example.com/app/accounts/3/dashboard` all become `https://chat.example.com`.
 */
const API_OR_APP_SUFFIX = /\/(?:app|api|platform\/api|public\/api|survey)(?:\/.*)?$/;

export function instanceRoot(rawUrl: unknown): string {
	let url = String(rawUrl ?? '').trim();
	if (url === '') return '';
	if (!/^https?:\/\//i.test(url)) url = `https://${url}`;
	// drop query and fragment before looking at the path
	url = url.replace(/[?#].*$/, '');
	url = url.replace(/\/+$/, '');
	const schemeEnd = url.indexOf('//') + 2;
	const pathStart = url.indexOf('/', schemeEnd);
	if (pathStart === -1) return url;
	const origin = url.slice(0, pathStart);
	const path = url.slice(pathStart).replace(API_OR_APP_SUFFIX, '');
	return `${origin}${path}`.replace(/\/+$/, '');
}

/** Left in a path when the node sets no Account ID; the credential fills in its Default Account ID. */
export const ACCOUNT_PLACEHOLDER = '{accountId}';

/**
 * `/api/v1/accounts/<account>` followed by `rest`: the given Account ID when it is a positive whole
 * number, else the placeholder the credential fills with its Default Account ID.
 */
export function accountPath(accountId: unknown, rest = ''): string {
	const text = String(accountId ?? '').trim();
	return `/api/v1/accounts/${/^[1-9][0-9]*$/.test(text) ? text : ACCOUNT_PLACEHOLDER}${rest}`;
}
