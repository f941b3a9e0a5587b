import type { INodeProperties, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { CHATWOOT_CREDENTIAL } from '../../credentials/ChatwootApi.credentials';
import { checkResponse, fillPathParameters } from './helpers/hooks';
import { sendRequest } from '../common/request';
import { tokenKindCheck } from '../common/tokenKinds';
import { listSearch } from './methods/listSearch';
import { loadOptions } from './methods/loadOptions';
import { description as account } from './resources/account';
import { description as agent } from './resources/agent';
import { description as agentBot } from './resources/agentBot';
import { description as article } from './resources/article';
import { description as assignmentPolicy } from './resources/assignmentPolicy';
import { description as auditLog } from './resources/auditLog';
import { description as automationRule } from './resources/automationRule';
import { description as campaign } from './resources/campaign';
import { description as cannedResponse } from './resources/cannedResponse';
import { description as category } from './resources/category';
import { description as clientContact } from './resources/clientContact';
import { description as clientConversation } from './resources/clientConversation';
import { description as clientInbox } from './resources/clientInbox';
import { description as clientMessage } from './resources/clientMessage';
import { description as company } from './resources/company';
import { description as contact } from './resources/contact';
import { description as contactNote } from './resources/contactNote';
import { description as conversation } from './resources/conversation';
import { description as conversationDraft } from './resources/conversationDraft';
import { description as csatSurvey } from './resources/csatSurvey';
import { description as csatSurveyResponse } from './resources/csatSurveyResponse';
import { description as customAttribute } from './resources/customAttribute';
import { description as customFilter } from './resources/customFilter';
import { description as inbox } from './resources/inbox';
import { description as integration } from './resources/integration';
import { description as label } from './resources/label';
import { description as macro } from './resources/macro';
import { description as message } from './resources/message';
import { description as notification } from './resources/notification';
import { description as platformAccount } from './resources/platformAccount';
import { description as platformAccountUser } from './resources/platformAccountUser';
import { description as platformAgentBot } from './resources/platformAgentBot';
import { description as platformUser } from './resources/platformUser';
import { description as portal } from './resources/portal';
import { description as profile } from './resources/profile';
import { description as report } from './resources/report';
import { description as reportingEvent } from './resources/reportingEvent';
import { description as search } from './resources/search';
import { description as slaPolicy } from './resources/slaPolicy';
import { description as team } from './resources/team';
import { description as webhook } from './resources/webhook';
import { description as whatsappTemplate } from './resources/whatsappTemplate';
import type { ResourceDescription } from './resources/types';
import { accountIdField, byName, requestOptionsField } from './fields';

/** Every resource of the node, one folder each under resources/: the one place a resource is registered. */
const resources: ResourceDescription[] = [
	account,
	agent,
	agentBot,
	article,
	assignmentPolicy,
	auditLog,
	automationRule,
	campaign,
	cannedResponse,
	category,
	clientContact,
	clientConversation,
	clientInbox,
	clientMessage,
	company,
	contact,
	contactNote,
	conversation,
	conversationDraft,
	csatSurvey,
	csatSurveyResponse,
	customAttribute,
	customFilter,
	inbox,
	integration,
	label,
	macro,
	message,
	notification,
	platformAccount,
	platformAccountUser,
	platformAgentBot,
	platformUser,
	portal,
	profile,
	report,
	reportingEvent,
	search,
	slaPolicy,
	team,
	webhook,
	whatsappTemplate,
];

/** The operations made of several requests, as `resource.operation`, with every route each may call. */
export const compositeOperations: Record<string, string[]> = Object.fromEntries(
	resources.flatMap((entry) =>
		Object.entries(entry.composite ?? {}).map(([operation, routes]) => [
			`${entry.option.value}.${operation}`,
			routes,
		]),
	),
);

/** `Get many contacts` for resource `contact`, operation `getAll`: the operation's action text. */
function actionOf(resourceValue: string, operationValue: string): string {
	const entry = resources.find((candidate) => candidate.option.value === resourceValue);
	const option = (entry?.operations.options ?? []).find(
		(candidate) => 'value' in candidate && candidate.value === operationValue,
	) as { action?: string; name?: string } | undefined;
	return option?.action ?? option?.name ?? `${resourceValue} ${operationValue}`;
}

const resource: INodeProperties = {
	displayName: 'Resource',
	name: 'resource',
	type: 'options',
	noDataExpression: true,
	options: byName(resources.map((entry) => entry.option)),
	default: 'platformUser',
	// n8n applies this before any option's routing, for every operation: placeholders are filled
	// first, a token of the wrong kind is refused, every request goes through `sendRequest`,
	// failures become errors before any unwrapping
	routing: {
		send: { preSend: [fillPathParameters, tokenKindCheck(actionOf)], paginate: true },
		output: { postReceive: [checkResponse] },
	},
};

export class Chatwoot implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Chatwoot',
		name: 'chatwoot',
		icon: { light: 'file:chatwoot.svg', dark: 'file:chatwoot.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Send messages, manage conversations, contacts and more in Chatwoot',
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
			...resources.map((entry) => entry.operations),
			accountIdField,
			requestOptionsField,
			...resources.flatMap((entry) => entry.fields),
		],
	};

	methods = {
		listSearch,
		loadOptions,
	};
}
