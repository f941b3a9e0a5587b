/**
 * An AI agent picks a tool by its action ("<action> in Chatwoot"). Where Chatwoot replaces a whole
 * list or object, or an operation does less or more than its name, the action says so.
 */
import { nodeOperations } from '../harness/operations';

const action = (resource: string, operation: string) =>
	nodeOperations.find((entry) => entry.resource === resource && entry.operation === operation)
		?.action;

test.each([
	['conversation', 'addLabels', 'Add labels to a conversation (keeps its other labels)'],
	['conversation', 'removeLabels', 'Remove labels from a conversation (keeps its other labels)'],
	['conversation', 'setLabels', 'Replace all labels of a conversation'],
	['conversation', 'setCustomAttributes', 'Replace all custom attributes of a conversation'],
	['conversation', 'updateParticipants', 'Replace the participants of a conversation'],
	['conversation', 'update', 'Change the priority or SLA policy of a conversation'],
	['conversation', 'assign', 'Assign or unassign a conversation'],
	['conversation', 'handOff', 'Hand a conversation off to a human agent'],
	['conversation', 'keepWithBot', 'Set a conversation to pending so the bot keeps handling it'],
	['contact', 'addLabels', 'Add labels to a contact (keeps its other labels)'],
	['contact', 'removeLabels', 'Remove labels from a contact (keeps its other labels)'],
	['contact', 'setLabels', 'Replace all labels of a contact'],
	['message', 'create', 'Send a message or add a private note to a conversation'],
	['message', 'delete', 'Delete the content and attachments of a message'],
	['message', 'update', 'Set the delivery status of a message in an API inbox'],
	['message', 'replyAsBot', 'Send a reply as an agent bot in a conversation'],
	['inbox', 'updateMembers', 'Replace the agents of an inbox'],
	['inbox', 'setAgentBot', 'Connect or disconnect the agent bot of an inbox'],
	['inbox', 'createCsatTemplate', 'Create or replace the CSAT template of a WhatsApp inbox'],
])('%s %s: "%s"', (resource, operation, text) => {
	expect(action(resource, operation)).toBe(text);
});

test('no conversation, contact, message or inbox action says "Set" or "Update" of something it replaces', () => {
	const replacing = ['setLabels', 'setCustomAttributes', 'updateParticipants', 'updateMembers'];
	const misleading = nodeOperations.filter(
		(entry) =>
			['conversation', 'contact', 'message', 'inbox'].includes(entry.resource) &&
			replacing.includes(entry.operation) &&
			!entry.action.startsWith('Replace'),
	);
	expect(misleading.map((entry) => `${entry.resource}.${entry.operation}`)).toEqual([]);
});
