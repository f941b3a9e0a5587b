import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode, searchList } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const website = { id: 3, name: 'Website', channel_type: 'Channel::WebWidget' };
const sms = { id: 5, name: 'SMS', channel_type: 'Channel::Sms' };
const dana = { id: 7, name: 'Dana Reyes', email: 'dana@example.com', role: 'administrator' };
const greeting = {
	id: 1,
	title: 'Pricing page greeting',
	description: 'Offer help on pricing',
	account_id: 1,
	inbox: website,
	sender: dana,
	message: 'Questions about our plans?',
	campaign_status: 'active',
	enabled: true,
	campaign_type: 'ongoing',
	trigger_rules: { url: 'https://www.example.com/pricing', time_on_page: 10 },
	trigger_only_during_business_hours: false,
	created_at: '2026-06-01T09:30:00.000Z',
	updated_at: '2026-06-01T09:30:00.000Z',
};
const sale = {
	...greeting,
	id: 2,
	title: 'Spring sale',
	description: null,
	inbox: sms,
	sender: {},
	message: 'Spring sale: 20% off',
	campaign_type: 'one_off',
	scheduled_at: 1783328400,
	audience: [{ type: 'Label', id: 4 }],
	trigger_rules: {},
};
const picked = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const cases: RequestCase[] = [
	{
		name: 'getAll turns the bare list into one item per campaign, up to the limit',
		parameters: { resource: 'campaign', operation: 'getAll', returnAll: false, limit: 1 },
		expect: { method: 'GET', path: '/api/v1/accounts/1/campaigns' },
		reply: { body: [greeting, sale] },
		output: [greeting],
	},
	{
		name: 'getAll with Return All',
		parameters: { resource: 'campaign', operation: 'getAll', returnAll: true },
		expect: { method: 'GET', path: '/api/v1/accounts/1/campaigns' },
		reply: { body: [greeting, sale] },
		output: [greeting, sale],
	},
	{
		name: 'create of an ongoing campaign: picked inbox and sender as numbers, page URL and time on page as the trigger rules',
		parameters: {
			resource: 'campaign',
			operation: 'create',
			title: 'Pricing page greeting',
			message: 'Questions about our plans?',
			inboxId: picked('3', 'list'),
			additionalFields: {
				description: 'Offer help on pricing',
				senderId: picked('7', 'list'),
				url: 'https://www.example.com/pricing',
				timeOnPage: 10,
				triggerOnlyDuringBusinessHours: false,
			},
		},
		expect: {
			method: 'POST',
			path: '/api/v1/accounts/1/campaigns',
			body: {
				title: 'Pricing page greeting',
				message: 'Questions about our plans?',
				inbox_id: 3,
				description: 'Offer help on pricing',
				sender_id: 7,
				trigger_rules: { url: 'https://www.example.com/pricing', time_on_page: 10 },
				trigger_only_during_business_hours: false,
			},
		},
		reply: { body: greeting },
		output: [greeting],
	},
	{
		name: 'get by the campaign’s number in the account',
		parameters: { resource: 'campaign', operation: 'get', campaignId: picked('2', 'list') },
		expect: { method: 'GET', path: '/api/v1/accounts/1/campaigns/2' },
		reply: { body: sale },
		output: [sale],
	},
	{
		name: 'update sends only the fields set, in the account set on the node',
		parameters: {
			resource: 'campaign',
			operation: 'update',
			accountId: '3',
			campaignId: picked(1),
			updateFields: {
				enabled: false,
				inboxId: picked('https://chat.example.com/app/accounts/3/settings/inboxes/9', 'url'),
			},
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/3/campaigns/1',
			body: { enabled: false, inbox_id: 9 },
		},
		reply: { body: { ...greeting, enabled: false } },
		output: [{ ...greeting, enabled: false }],
	},
	{
		name: 'delete',
		parameters: { resource: 'campaign', operation: 'delete', campaignId: picked(2) },
		expect: { method: 'DELETE', path: '/api/v1/accounts/1/campaigns/2' },
		reply: { status: 200, body: undefined },
		output: [{ success: true }],
	},
];

describe('Campaign', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('campaign', cases);
});

describe('one-off campaigns', () => {
	test('an update with no field is refused before any request, naming what to do (Chatwoot would answer 422 "param is missing")', async () => {
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				resource: 'campaign',
				operation: 'update',
				accountId: '3',
				campaignId: picked(1),
				updateFields: {},
			},
		});
		expect(result.error?.message).toMatch(/^Nothing to update/);
		expect(server.requests).toHaveLength(0);
	});
	const base = {
		resource: 'campaign',
		operation: 'create',
		title: 'Spring sale',
		message: 'Spring sale: 20% off',
		inboxId: picked(5),
	};

	test('audience label IDs become Label entries; a schedule without an offset is read in the workflow’s time zone and sent in UTC', async () => {
		server.on(() => ({ body: sale }));
		const result = await runNode({
			baseUrl: server.baseUrl,
			parameters: {
				...base,
				additionalFields: { audienceLabelIds: '4, 7', scheduledAt: '2026-07-01T09:00:00' },
			},
		});
		expect(result.error?.message).toBeUndefined();
		// the test workflow has n8n's default time zone, America/New_York: 09:00 there is 13:00 UTC in July
		expect(server.requests[0].body).toEqual({
			title: 'Spring sale',
			message: 'Spring sale: 20% off',
			inbox_id: 5,
			audience: [
				{ type: 'Label', id: 4 },
				{ type: 'Label', id: 7 },
			],
			scheduled_at: '2026-07-01T13:00:00.000Z',
		});
	});

	test('a WhatsApp template is sent as an object; one that is not valid JSON is refused before any request', async () => {
		server.on(() => ({ body: sale }));
		const template = { name: 'spring_sale', language: 'en', processed_params: { '1': '20%' } };
		await runNode({
			baseUrl: server.baseUrl,
			parameters: { ...base, additionalFields: { templateParams: JSON.stringify(template) } },
		});
		expect((server.requests[0].body as { template_params: unknown }).template_params).toEqual(
			template,
		);

		server.reset();
		const bad = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { ...base, additionalFields: { templateParams: '{name: spring_sale}' } },
		});
		expect(server.requests).toHaveLength(0);
		expect(bad.output[0].error).toBe('Template Params is not valid JSON (item 0)');
	});

	test('label IDs that are not numbers, and a sender added but left empty, are refused with the field’s name', async () => {
		const labels = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { ...base, additionalFields: { audienceLabelIds: '4, vip' } },
		});
		const sender = await runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: { ...base, additionalFields: { senderId: picked('', 'list') } },
		});
		expect(server.requests).toHaveLength(0);
		expect(labels.output[0].error).toBe(
			'Audience Label IDs must be numeric IDs, got "vip" (item 0)',
		);
		expect(sender.output[0].error).toBe('Sender ID is required (item 0)');
	});
});

describe('the campaign picker', () => {
	test('lists the campaigns of the node’s account by title, with their kind and inbox, filtered by the search text', async () => {
		server.reply('GET', '/api/v1/accounts/4/campaigns', {
			body: [greeting, { ...sale, enabled: false }],
		});
		const all = await searchList({
			method: 'searchCampaigns',
			baseUrl: server.baseUrl,
			parameters: { resource: 'campaign', accountId: '4' },
		});
		const sms = await searchList({
			method: 'searchCampaigns',
			baseUrl: server.baseUrl,
			parameters: { resource: 'campaign', accountId: '4' },
			filter: 'sms',
		});
		expect(all.results).toEqual([
			{ name: 'Pricing page greeting', value: '1', description: 'ongoing, Website' },
			{ name: 'Spring sale', value: '2', description: 'one-off, SMS, disabled' },
		]);
		expect(sms.results.map((result) => result.value)).toEqual(['2']);
	});
});
