import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { listFields, resourceOption } from '../../fields';
import type { ResourceDescription } from '../types';
import { contactIdField, listOptions, RESOURCE } from './fields';
import * as addLabelsOperation from './addLabels.operation';
import * as createOperation from './create.operation';
import * as linkToInboxOperation from './linkToInbox.operation';
import * as deleteOperation from './delete.operation';
import * as deleteAvatarOperation from './deleteAvatar.operation';
import * as deleteCustomAttributesOperation from './deleteCustomAttributes.operation';
import * as filterOperation from './filter.operation';
import * as getOperation from './get.operation';
import * as getContactableInboxesOperation from './getContactableInboxes.operation';
import * as getConversationsOperation from './getConversations.operation';
import * as getLabelsOperation from './getLabels.operation';
import * as getAllOperation from './getAll.operation';
import * as getOnlineOperation from './getOnline.operation';
import * as importOperation from './import.operation';
import * as mergeOperation from './merge.operation';
import * as removeLabelsOperation from './removeLabels.operation';
import * as searchOperation from './search.operation';
import * as setLabelsOperation from './setLabels.operation';
import * as updateOperation from './update.operation';

export { contactIdField } from './fields';

export const contactOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		addLabelsOperation.option,
		createOperation.option,
		deleteOperation.option,
		deleteAvatarOperation.option,
		deleteCustomAttributesOperation.option,
		filterOperation.option,
		getOperation.option,
		getContactableInboxesOperation.option,
		getConversationsOperation.option,
		getLabelsOperation.option,
		getAllOperation.option,
		getOnlineOperation.option,
		importOperation.option,
		linkToInboxOperation.option,
		mergeOperation.option,
		removeLabelsOperation.option,
		searchOperation.option,
		setLabelsOperation.option,
		updateOperation.option,
	],
	default: 'getAll',
};

export const contactFields: INodeProperties[] = [
	...updateDisplayOptions(
		{
			show: {
				resource: [RESOURCE],
				operation: [
					'addLabels',
					'linkToInbox',
					'delete',
					'deleteAvatar',
					'deleteCustomAttributes',
					'get',
					'getContactableInboxes',
					'getConversations',
					'getLabels',
					'removeLabels',
					'setLabels',
					'update',
				],
			},
		},
		[contactIdField],
	),
	...searchOperation.fields,
	...filterOperation.fields,
	// the shared Return All and Limit show for filter, getAll and search; the online list pages the same way
	...updateDisplayOptions(
		{ show: { resource: [RESOURCE], operation: ['filter', 'getAll', 'getOnline', 'search'] } },
		[listOptions],
	),
	...createOperation.fields,
	...updateOperation.fields,
	...linkToInboxOperation.fields,
	...mergeOperation.fields,
	...deleteCustomAttributesOperation.fields,
	...importOperation.fields,
	...addLabelsOperation.fields,
	...removeLabelsOperation.fields,
	...setLabelsOperation.fields,
];

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Contact',
		'contact',
		'People who talk to the account, their labels, inboxes and conversations',
	),
	operations: contactOperations,
	fields: [
		...listFields(RESOURCE, ['filter', 'getAll', 'getOnline', 'search'], { paged: true }),
		...contactFields,
	],
};
