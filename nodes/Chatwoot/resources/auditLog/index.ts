import type { INodeProperties } from 'n8n-workflow';

import { paginate } from '../../helpers/pagination';
import type { ResourceDescription } from '../types';
import { listFields, resourceOption } from '../../fields';

const RESOURCE = 'auditLog';

export const auditLogOperations: INodeProperties = {
	displayName: 'Operation',
	name: 'operation',
	type: 'options',
	noDataExpression: true,
	displayOptions: { show: { resource: [RESOURCE] } },
	options: [
		{
			name: 'Get Many',
			value: 'getAll',
			action: 'Get many audit logs',
			description:
				'List who changed what in the account, newest first. Enterprise edition only; needs an administrator, and the list is empty while the audit logs feature is off.',
			routing: {
				request: { method: 'GET', url: '/api/v1/accounts/{accountId}/audit_logs' },
				send: { paginate: true },
				operations: {
					pagination: paginate({
						type: 'page',
						pageSize: 25,
						records: 'audit_logs',
						total: 'total_entries',
					}),
				},
			},
		},
	],
	default: 'getAll',
};

/** The resource as the node registers it: its option, its operations and their fields. */
export const description: ResourceDescription = {
	option: resourceOption(
		'Audit Log',
		'auditLog',
		'Who changed what in the account (Enterprise edition only)',
	),
	operations: auditLogOperations,
	fields: [...listFields(RESOURCE, ['getAll'], { paged: true })],
};
