import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resourceOption } from '../../../fields';
import { accountFields, accountOperations } from './account';
import { auditLogOperations } from './auditLog';
import { globalSearchFields, globalSearchOperations } from './globalSearch';
import { notificationFields, notificationOperations } from './notification';
import { profileFields, profileOperations } from './profile';
import { reportFields, reportOperations } from './report';
import { reportingEventFields, reportingEventOperations } from './reportingEvent';
import { searchWebhooks } from './search';
import { webhookFields, webhookOperations } from './webhook';

/** Resources of this group, each made with `resourceOption`. */
export const resources: INodePropertyOptions[] = [
	resourceOption('Account', 'account', 'Settings of the account: name, language, domain, auto-resolve'),
	resourceOption('Audit Log', 'auditLog', 'Who changed what in the account (Enterprise edition only)'),
	resourceOption('Notification', 'notification', 'Notifications of the user the access token belongs to, in the account'),
	resourceOption('Profile', 'profile', 'The user the access token belongs to'),
	resourceOption('Report', 'report', 'Conversation statistics of the account, its agents, inboxes, labels and teams'),
	resourceOption('Reporting Event', 'reportingEvent', 'The timing events reports are built from (Enterprise edition only)'),
	resourceOption('Search', 'search', 'Find conversations, contacts, messages and help center articles of the account by text'),
	resourceOption('Webhook', 'webhook', 'URLs Chatwoot posts the events of the account to'),
];

/** The `operation` property of each resource. */
export const operations: INodeProperties[] = [
	accountOperations,
	auditLogOperations,
	notificationOperations,
	profileOperations,
	reportOperations,
	reportingEventOperations,
	globalSearchOperations,
	webhookOperations,
];

/** Every other field of the group's operations. */
export const fields: INodeProperties[] = [
	...accountFields,
	...notificationFields,
	...profileFields,
	...reportFields,
	...reportingEventFields,
	...globalSearchFields,
	...webhookFields,
];

/** The group's `methods.listSearch` functions. */
export const listSearch = { searchWebhooks };
