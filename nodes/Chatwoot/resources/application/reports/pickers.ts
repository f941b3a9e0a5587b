import type { INodeProperties } from 'n8n-workflow';

import { pickerIn, resourceLocatorField } from '../../../fields';
import { inboxIdField } from '../inboxes/inbox';
import { teamIdField } from '../inboxes/team';

type Target = 'body' | 'query';

/** `field` as an optional picker of `collection`, with its own description. */
const optionalPicker = (field: INodeProperties, collection: string, key: string, target: Target, description: string) =>
	pickerIn(collection, { ...field, description }, key, target);

/** An inbox (`inboxId`) picked from the list, by ID or by its dashboard link. */
export const inboxPicker = (collection: string, key: string, target: Target, description: string) =>
	optionalPicker(inboxIdField, collection, key, target, description);

/** A team (`teamId`) picked from the list, by ID or by its dashboard link. */
export const teamPicker = (collection: string, key: string, target: Target, description: string) =>
	optionalPicker(teamIdField, collection, key, target, description);

/** An agent (`userId`, a user of the account) picked from the list or by ID. */
export const agentPicker = (collection: string, key: string, target: Target, description: string) =>
	optionalPicker(
		resourceLocatorField('userId', 'Agent', { searchListMethod: 'searchAgents', noun: 'an agent' }),
		collection,
		key,
		target,
		description,
	);
