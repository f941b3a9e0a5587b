import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { runNode } from '../../harness/engine';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const inbox = (value: number | string, mode = 'id') => ({ __rl: true, mode, value });

const orderUpdate = {
	id: '1084',
	name: 'order_update',
	language: 'en_US',
	status: 'APPROVED',
	category: 'UTILITY',
	components: [{ type: 'BODY', text: 'Your order {{1}} has shipped.' }],
};
const orderUpdateEs = { ...orderUpdate, id: '1086', language: 'es' };
const springSale = {
	id: '1085',
	name: 'spring_sale',
	language: 'en_US',
	status: 'REJECTED',
	category: 'MARKETING',
	components: [],
};
const whatsappInbox = {
	id: 3,
	name: 'WhatsApp support',
	channel_type: 'Channel::Whatsapp',
	message_templates: [orderUpdate, springSale, orderUpdateEs],
};

const cases: RequestCase[] = [
	{
		name: 'getAll reads the inbox and returns one item per stored template',
		parameters: {
			resource: 'whatsappTemplate',
			operation: 'getAll',
			inboxId: inbox(3),
			returnAll: true,
		},
		expect: { method: 'GET', path: '/api/v1/accounts/1/inboxes/3/' },
		reply: { body: whatsappInbox },
		output: [orderUpdate, springSale, orderUpdateEs],
	},
	{
		name: 'sync asks Chatwoot to fetch the templates again and passes its answer on',
		parameters: { resource: 'whatsappTemplate', operation: 'sync', inboxId: inbox('3', 'list') },
		expect: { method: 'POST', path: '/api/v1/accounts/1/inboxes/3/sync_templates' },
		reply: { body: { message: 'Template sync initiated successfully' } },
		output: [{ message: 'Template sync initiated successfully' }],
	},
];

describe('WhatsApp Template', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('whatsappTemplate', cases);
});

describe('WhatsApp Template → Get Many', () => {
	const run = (parameters: Record<string, unknown>, body: unknown = whatsappInbox) => {
		server.on(() => ({ body }));
		return runNode({
			baseUrl: server.baseUrl,
			continueOnFail: true,
			parameters: {
				resource: 'whatsappTemplate',
				operation: 'getAll',
				inboxId: inbox(3),
				returnAll: true,
				...parameters,
			},
		});
	};

	test('Status keeps the templates with that status, whatever the case of the stored one', async () => {
		const result = await run({ filters: { status: 'approved' } });
		expect(result.output).toEqual([orderUpdate, orderUpdateEs]);
	});

	test('Name keeps names containing the text, Language the exact language, Category the category', async () => {
		expect((await run({ filters: { name: 'ORDER', language: 'es' } })).output).toEqual([
			orderUpdateEs,
		]);
		expect((await run({ filters: { category: 'marketing' } })).output).toEqual([springSale]);
	});

	test('Limit keeps the first templates when Return All is off', async () => {
		expect((await run({ returnAll: false, limit: 1 })).output).toEqual([orderUpdate]);
	});

	test('an inbox whose templates were never fetched gives no items', async () => {
		const result = await run({}, { ...whatsappInbox, message_templates: null });
		expect(result.output).toEqual([]);
		expect(result.error).toBeUndefined();
	});

	test('a Twilio inbox gives its content templates, and Name also matches their friendly name', async () => {
		const twilio = {
			content_sid: 'HX1',
			friendly_name: 'order_update',
			language: 'en',
			status: 'approved',
			category: 'utility',
			body: 'Hi {{1}}',
		};
		const body = {
			id: 4,
			name: 'Twilio',
			channel_type: 'Channel::TwilioSms',
			content_templates: { templates: [twilio] },
		};
		expect((await run({ filters: { name: 'order', status: 'approved' } }, body)).output).toEqual([
			twilio,
		]);
	});

	test('an inbox that is not a WhatsApp one is refused by name', async () => {
		const result = await run({}, { id: 5, name: 'Website', channel_type: 'Channel::WebWidget' });
		expect(result.output[0].error).toBe('Inbox 5 "Website" is not a WhatsApp inbox (item 0)');
	});
});
