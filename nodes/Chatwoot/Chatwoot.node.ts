import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CHATWOOT_CREDENTIAL } from '../../credentials/ChatwootApi.credentials';
import { sendRequest } from './helpers/request';
import { listSearch } from './methods/listSearch';
import * as automation from './resources/application/automation';
import * as contacts from './resources/application/contacts';
import * as conversations from './resources/application/conversations';
import * as inboxes from './resources/application/inboxes';
import { labelFields, labelOperations } from './resources/application/label';
import * as reports from './resources/application/reports';
import * as client from './resources/client';
import { platformAccountFields, platformAccountOperations } from './resources/platform/account';
import { platformAccountUserFields, platformAccountUserOperations } from './resources/platform/accountUser';
import { platformAgentBotFields, platformAgentBotOperations } from './resources/platform/agentBot';
import { platformUserFields, platformUserOperations } from './resources/platform/user';
import { accountIdField, byName, limitField, requestOptionsField, resourceOption, returnAllField } from './fields';

const groups = [automation, client, contacts, conversations, inboxes, reports];

const resource: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: byName([
		...groups.flatMap((group) => group.resources),
		resourceOption('Label', 'label', 'Labels of the account, used on conversations and contacts'),
		resourceOption('Platform Account', 'platformAccount', 'Accounts on the instance (platform app token)'),
		resourceOption('Platform Account User', 'platformAccountUser', 'Who belongs to an account, and their role (platform app token)'),
		resourceOption('Platform Agent Bot', 'platformAgentBot', 'Agent bots on the instance (platform app token)'),
		resourceOption('Platform User', 'platformUser', 'Users on the instance (platform app token)'),
	]),
	default: 'platformUser',
};

export class Chatwoot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chatwoot',
		name: 'chatwoot',
		icon: { light: 'file:chatwoot.svg', dark: 'file:chatwoot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Manage Chatwoot accounts, users, conversations, contacts and messages',
		defaults: { name: 'Chatwoot' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: CHATWOOT_CREDENTIAL, required: true }],
		requestDefaults: {
			headers: { Accept: 'application/json' },
			json: true,
			// failures reach checkResponse, which turns them into errors that say what to do
			ignoreHttpStatusErrors: true,
		},
		// every request is prepared, sent and retried in one place (lists page through `paginate`)
		requestOperations: { pagination: sendRequest },
		properties: [
			resource,
			...groups.flatMap((group) => group.operations),
			labelOperations,
			platformAccountOperations,
			platformAccountUserOperations,
			platformAgentBotOperations,
			platformUserOperations,
			accountIdField,
			returnAllField,
			limitField,
			requestOptionsField,
			...groups.flatMap((group) => group.fields),
			...labelFields,
			...platformAccountFields,
			...platformAccountUserFields,
			...platformAgentBotFields,
			...platformUserFields,
		],
	};

	methods = {
		listSearch,
	};
}
