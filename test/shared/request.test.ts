import axios from 'axios';
import type { IHttpRequestOptions, INode } from 'n8n-workflow';

import { ChatwootApi } from '../../credentials/ChatwootApi.credentials';
import { chatwootApiRequest, type ChatwootContext } from '../../nodes/common/transport';
import { Recorder } from '../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const node = { name: 'Chatwoot', type: '@n8n-nodes-chatwoot/n8n-nodes-chatwoot.chatwoot' } as INode;
const credential = new ChatwootApi();

/** A context whose authenticated request applies the real credential and sends with axios, as n8n does. */
function context(baseUrl: string, usedCredentials: string[] = []): ChatwootContext {
	return {
		getNode: () => node,
		helpers: {
			async httpRequestWithAuthentication(name: string, options: IHttpRequestOptions) {
				usedCredentials.push(name);
				const authenticate = credential.authenticate as (
					c: object,
					o: IHttpRequestOptions,
				) => Promise<IHttpRequestOptions>;
				const request = await authenticate(
					{ baseUrl, accessToken: 'secret-token' },
					{ ...options },
				);
				const response = await axios.request({
					baseURL: request.baseURL,
					url: request.url,
					method: request.method,
					params: request.qs,
					data: request.body,
					headers: request.headers as Record<string, string>,
					validateStatus: () => true,
				});
				return { statusCode: response.status, body: response.data, headers: response.headers };
			},
		},
	} as unknown as ChatwootContext;
}

test('sends method, path, query and body through the credential and returns the body', async () => {
	server.reply('GET', '/api/v1/accounts/1/inboxes', { body: { payload: [{ id: 1 }] } });
	const used: string[] = [];
	const body = await chatwootApiRequest.call(context(`${server.baseUrl}/api/v1/`, used), {
		method: 'GET',
		path: '/api/v1/accounts/1/inboxes',
		qs: { page: 2 },
	});
	expect(body).toEqual({ payload: [{ id: 1 }] });
	expect(used).toEqual(['chatwootAccessTokenApi']);
	expect(server.requests[0]).toMatchObject({
		method: 'GET',
		path: '/api/v1/accounts/1/inboxes',
		query: { page: '2' },
	});
	expect(server.requests[0].headers['api-access-token']).toBe('secret-token');
});

test('a failed answer becomes the same error the declarative operations give', async () => {
	server.reply('POST', '/api/v1/accounts/1/labels', {
		status: 422,
		body: { message: 'Title has already been taken', attributes: ['title'] },
	});
	const request = chatwootApiRequest.call(context(server.baseUrl), {
		method: 'POST',
		path: '/api/v1/accounts/1/labels',
		body: { title: 'vip' },
		itemIndex: 3,
	});
	await expect(request).rejects.toMatchObject({
		message: 'Invalid input (422): Title has already been taken',
		description: expect.stringContaining('field title'),
		context: expect.objectContaining({ itemIndex: 3 }),
	});
	expect(server.requests[0].body).toEqual({ title: 'vip' });
});

test('an unreachable server says so and points at the Base URL', async () => {
	await expect(
		chatwootApiRequest.call(context('http://127.0.0.1:9'), {
			method: 'GET',
			path: '/api/v1/profile',
		}),
	).rejects.toMatchObject({
		message: expect.stringContaining('Could not reach Chatwoot'),
		description: expect.stringContaining('Base URL'),
	});
});
