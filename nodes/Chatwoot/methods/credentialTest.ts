import type {
	ICredentialsDecrypted,
	ICredentialTestFunctions,
	IDataObject,
	INodeCredentialTestResult,
} from 'n8n-workflow';

import { chatwootErrorText } from '../helpers/errors';
import { instanceRoot } from '../transport/instanceUrl';

interface TestResponse {
	statusCode: number;
	body: unknown;
}

/** An authenticated endpoint each token kind may call, and what its answer proves. */
function probeFor(tokenType: string, accountId: unknown): { path: string; okStatuses: number[] } {
	switch (tokenType) {
		case 'platformApp':
			return { path: '/platform/api/v1/agent_bots', okStatuses: [200] };
		case 'agentBot':
			// Bots may only open conversations; 404 for a conversation that cannot exist proves the
			// token and account were accepted, since both are checked before the lookup.
			return { path: `/api/v1/accounts/${String(accountId)}/conversations/0`, okStatuses: [200, 404] };
		default:
			return { path: '/api/v1/profile', okStatuses: [200] };
	}
}

export async function chatwootConnectionTest(
	this: ICredentialTestFunctions,
	credential: ICredentialsDecrypted,
): Promise<INodeCredentialTestResult> {
	const data = (credential.data ?? {}) as IDataObject;
	const root = instanceRoot(data.baseUrl);
	if (!root) return { status: 'Error', message: 'Enter the Base URL of your Chatwoot instance' };
	const tokenType = String(data.tokenType ?? 'user');
	const probe = probeFor(tokenType, data.accountId);

	let response: TestResponse;
	try {
		response = (await this.helpers.request({
			method: 'GET',
			uri: `${root}${probe.path}`,
			headers: { 'Api-Access-Token': String(data.accessToken ?? ''), Accept: 'application/json' },
			json: true,
			simple: false,
			resolveWithFullResponse: true,
		})) as TestResponse;
	} catch (error) {
		return {
			status: 'Error',
			message: `Could not reach Chatwoot at ${root}: ${(error as Error).message}. Check the Base URL.`,
		};
	}

	const text = chatwootErrorText(response.body);
	if (response.statusCode === 401) {
		return {
			status: 'Error',
			message: `Chatwoot refused the access token${text ? ` (${text})` : ''}. Check the token and that Token Kind matches it.`,
		};
	}
	if (!probe.okStatuses.includes(response.statusCode)) {
		return {
			status: 'Error',
			message: `Chatwoot answered ${response.statusCode}${text ? ` (${text})` : ''} to ${probe.path}. Check the Base URL and the token.`,
		};
	}
	if (tokenType === 'user') {
		const accounts = ((response.body as IDataObject)?.accounts ?? []) as IDataObject[];
		const wanted = Number(data.accountId);
		if (wanted && accounts.length && !accounts.some((account) => Number(account.id) === wanted)) {
			const known = accounts.map((account) => `${account.id} (${account.name})`).join(', ');
			return {
				status: 'Error',
				message: `The token works, but its user is not in account ${wanted}. Its accounts: ${known}.`,
			};
		}
	}
	return { status: 'OK', message: 'Connection successful' };
}
