import type { INodePropertyOptions } from 'n8n-workflow';

import { successWhenEmpty } from '../../helpers/hooks';
import { memberChange, MEMBERS } from './fields';

export const option: INodePropertyOptions = {
	name: 'Remove Members',
	value: 'removeMembers',
	action: 'Remove agents from an inbox',
	routing: {
		request: { method: 'DELETE', url: MEMBERS },
		send: memberChange,
		output: { postReceive: [successWhenEmpty] },
	},
};
