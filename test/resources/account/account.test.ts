import {
	describeRequests,
	expectEveryOperationCovered,
	type RequestCase,
} from '../../harness/cases';
import { Recorder } from '../../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const acme = {
	id: 1,
	name: 'Acme Support',
	locale: 'en',
	domain: 'support.acme.test',
	support_email: 'help@acme.test',
	status: 'active',
	features: { help_center: true },
	settings: {
		auto_resolve_after: 1440,
		auto_resolve_message: 'Closed after a day',
		auto_resolve_ignore_waiting: false,
	},
	custom_attributes: { industry: 'Software', company_size: '11-50', timezone: 'Europe/Berlin' },
	latest_chatwoot_version: '4.15.1',
};

const cases: RequestCase[] = [
	{
		name: 'get reads the credential’s default account',
		parameters: { resource: 'account', operation: 'get' },
		expect: { method: 'GET', path: '/api/v1/accounts/1' },
		reply: { body: acme },
		output: [acme],
	},
	{
		name: 'get reads the account set on the node',
		parameters: { resource: 'account', operation: 'get', accountId: '3' },
		expect: { method: 'GET', path: '/api/v1/accounts/3' },
		reply: { body: { ...acme, id: 3 } },
		output: [{ ...acme, id: 3 }],
	},
	{
		name: 'update sends every field at the top level of the body, as Chatwoot reads them',
		parameters: {
			resource: 'account',
			operation: 'update',
			updateFields: {
				name: 'Acme Customer Care',
				locale: 'de',
				domain: 'care.acme.test',
				supportEmail: 'care@acme.test',
				autoResolveAfter: 2880,
				autoResolveMessage: 'Closed after two days',
				autoResolveIgnoreWaiting: true,
				industry: 'Retail',
				companySize: '51-200',
				timezone: 'Europe/Vienna',
			},
		},
		expect: {
			method: 'PATCH',
			path: '/api/v1/accounts/1',
			body: {
				name: 'Acme Customer Care',
				locale: 'de',
				domain: 'care.acme.test',
				support_email: 'care@acme.test',
				auto_resolve_after: 2880,
				auto_resolve_message: 'Closed after two days',
				auto_resolve_ignore_waiting: true,
				industry: 'Retail',
				company_size: '51-200',
				timezone: 'Europe/Vienna',
			},
		},
		reply: { body: { ...acme, name: 'Acme Customer Care' } },
		output: [{ ...acme, name: 'Acme Customer Care' }],
	},
	{
		name: 'update sends only the fields set',
		parameters: {
			resource: 'account',
			operation: 'update',
			accountId: '2',
			updateFields: { name: 'Beta' },
		},
		expect: { method: 'PATCH', path: '/api/v1/accounts/2', body: { name: 'Beta' } },
		reply: { body: { ...acme, id: 2, name: 'Beta' } },
		output: [{ ...acme, id: 2, name: 'Beta' }],
	},
];

describe('Account', () => {
	describeRequests(server, cases);
	expectEveryOperationCovered('account', cases);
});
