import type { INodeProperties } from 'n8n-workflow';

import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { requestProblems, spec } from '../../harness/openapi';
import { description } from '../../harness/operations';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const hook = {
	id: 12,
	app_id: 'dialogflow',
	status: true,
	inbox: { id: 3, name: 'Website' },
	account_id: 1,
	hook_type: 'inbox',
	settings: { project_id: 'support-bot' },
};
const dialogflow = {
	id: 'dialogflow',
	name: 'Dialogflow',
	description: 'Chatbots',
	enabled: true,
	hooks: [hook],
};
const openai = {
	id: 'openai',
	name: 'OpenAI',
	description: 'Reply suggestions',
	enabled: false,
	hooks: [],
};
const locator = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getApps unwraps payload into one item per app',
		parameters: { resource: 'integration', operation: 'getApps' },
		expect: { method: 'GET', path: '/api/v1/accounts/1/integrations/apps' },
		reply: { body: { payload: [dialogflow, openai] } },
		output: [dialogflow, openai],
	},
	{
		name: 'createHook sends the app as its text ID, wrapped under hook (docs/server-facts.md#integration-hook-app-id)',
		parameters: {
			resource: 'integration',
			operation: 'createHook',
			appId: 'dialogflow',
			additionalFields: {
				inboxId: locator('3', 'list'),
				settings: '{"project_id": "support-bot", "credentials": {"type": "service_account"}}',
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/integrations/hooks',
			body: {
				hook: {
					app_id: 'dialogflow',
					inbox_id: 3,
					settings: { project_id: 'support-bot', credentials: { type: 'service_account' } },
				},
			},
		},
		reply: { body: hook },
		output: [hook],
	},
	{
		name: 'createHook with an app the list does not have, typed as Other',
		parameters: {
			resource: 'integration',
			operation: 'createHook',
			appId: '__other',
			customAppId: ' leadsquared ',
			additionalFields: { status: 'disabled' },
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/integrations/hooks',
			body: { hook: { app_id: 'leadsquared', status: 'disabled' } },
		},
		reply: {
			body: {
				...hook,
				id: 13,
				app_id: 'leadsquared',
				status: false,
				inbox: null,
				hook_type: 'account',
			},
		},
		output: [
			{ ...hook, id: 13, app_id: 'leadsquared', status: false, inbox: null, hook_type: 'account' },
		],
	},
	{
		name: 'updateHook sends only status and settings, under hook',
		parameters: {
			resource: 'integration',
			operation: 'updateHook',
			hookId: locator(12),
			updateFields: { status: 'disabled' },
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1/integrations/hooks/12',
			body: { hook: { status: 'disabled' } },
		},
		reply: { body: { ...hook, status: false } },
		output: [{ ...hook, status: false }],
	},
	{
		name: 'deleteHook',
		parameters: { resource: 'integration', operation: 'deleteHook', hookId: locator('12', 'list') },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/integrations/hooks/12' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Integration', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('integration', cases);
});

describe('integration hooks against the server (docs/server-facts.md#integration-hook-app-id)', () => {
	test('an update with no field is refused before any request, naming what to do (Chatwoot would answer 422 "param is missing")', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'integration',
				operation: 'updateHook',
				hookId: locator(12),
				updateFields: {},
			},
		});
		expect(result.error?.message).toMatch(/^Nothing to update/);
		expect(server.requests).toHaveLength(0);
	});

	test('what the server does with an app ID and with settings is stated, in the node and in openapi/ (docs/server-facts.md#integration-hook-effects)', () => {
		const fields = description.properties.filter((property) =>
			(property.displayOptions?.show?.resource as string[] | undefined)?.includes('integration'),
		);
		const app = fields.find((property) => property.name === 'appId');
		expect(app?.description).toMatch(/unknown ID is saved anyway/);
		const update = fields.find(
			(property) =>
				property.name === 'updateFields' &&
				(property.displayOptions?.show?.operation as string[]).includes('updateHook'),
		);
		expect(
			(update?.options as INodeProperties[]).find((option) => option.name === 'settings')
				?.description,
		).toMatch(/Replaces the stored settings whole/);
		const hookPath = spec.paths[
			'/api/v1/accounts/{account_id}/integrations/hooks/{hook_id}'
		] as Record<string, { description?: string }>;
		expect(hookPath.patch.description).toMatch(/replaces the stored settings whole/);
	});
	test('app_id is a text slug: a numeric app ID, as the published description has it, is not what the node sends nor what openapi/ accepts', async () => {
		server.on(() => ({ body: hook }));
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { resource: 'integration', operation: 'createHook', appId: 'google_translate' },
		});
		const [request] = server.requests;
		expect((request.body as { hook: { app_id: unknown } }).hook.app_id).toBe('google_translate');
		expect(requestProblems({ ...request, body: { hook: { app_id: 1 } } })).not.toEqual([]);
		expect(requestProblems({ ...request, body: { app_id: 'google_translate' } })).not.toEqual([]);
	});

	test('the hook status comes back as a boolean and is passed through as Chatwoot sends it', async () => {
		server.on(() => ({ body: { ...hook, status: false } }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'integration',
				operation: 'updateHook',
				hookId: locator(12),
				updateFields: { status: 'disabled' },
			},
		});
		expect(result.output[0].status).toBe(false);
		expect(
			(spec.components.schemas.IntegrationHook as { properties: { status: { type: string } } })
				.properties.status.type,
		).toBe('boolean');
	});

	test('an empty Custom App ID is refused by n8n; an ID mapped from an item that has none is refused before any request', async () => {
		await expect(
			runNode({
				baseUrl: server.baseUrl,
				parameters: {
					resource: 'integration',
					operation: 'createHook',
					appId: '__other',
					customAppId: '',
				},
			}),
		).rejects.toThrow('Parameter "Custom App ID" is required');
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			items: [{ json: { app: 'openai' } }, { json: {} }],
			parameters: {
				resource: 'integration',
				operation: 'createHook',
				appId: '__other',
				customAppId: '={{ $json.app }}',
			},
		});
		expect(server.requests.map((request) => (request.body as { hook: object }).hook)).toEqual([
			{ app_id: 'openai' },
		]);
		expect(result.output[1].error).toBe('App ID is required (item 1)');
	});

	test('settings that are not a JSON object are refused with the field name', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: {
				resource: 'integration',
				operation: 'createHook',
				appId: 'openai',
				additionalFields: { settings: '["sk-1"]' },
			},
		});
		expect(server.requests).toHaveLength(0);
		expect(result.output[0].error).toBe('Settings must be a JSON object (item 0)');
	});
});

describe('the hook picker', () => {
	test('lists the hooks of every app, named by app and inbox, filtered by the search text', async () => {
		const translate = {
			id: 'google_translate',
			name: 'Google Translate',
			enabled: true,
			hooks: [{ id: 20, app_id: 'google_translate', status: false, inbox: null }],
		};
		server.reply('GET', '/api/v1/accounts/1/integrations/apps', {
			body: { payload: [dialogflow, openai, translate] },
		});
		const all = await searchList({
			method: 'searchIntegrationHooks',
			baseUrl: server.baseUrl,
			parameters: { resource: 'integration' },
		});
		expect(all.results).toEqual([
			{ name: 'Dialogflow #12 (Website)', value: '12', description: undefined },
			{ name: 'Google Translate #20', value: '20', description: 'disabled' },
		]);
		const filtered = await searchList({
			method: 'searchIntegrationHooks',
			baseUrl: server.baseUrl,
			parameters: { resource: 'integration' },
			filter: 'google_',
		});
		expect(filtered.results.map((item) => item.value)).toEqual(['20']);
	});
});
