/**
 * An AI agent picks a tool by its action ("<action> in Chatwoot"). Where Chatwoot replaces a whole
 * list or object, or an operation does less or more than its name, the action says so.
 */
import { nodeOperations } from '../harness/operations';

const action = (resource: string, operation: string) =>
	nodeOperations.find((entry) => entry.resource === resource && entry.operation === operation)
		?.action;

test.each([
	['conversation', 'addLabels', 'Add labels to a conversation and keep its other labels'],
	['conversation', 'removeLabels', 'Remove labels from a conversation and keep its other labels'],
	['conversation', 'setLabels', 'Set the labels of a conversation and remove the others'],
	[
		'conversation',
		'setCustomAttributes',
		'Set the custom attributes of a conversation and remove the others',
	],
	[
		'conversation',
		'setParticipants',
		'Set the participants of a conversation and remove the others',
	],
	['conversation', 'update', 'Update the priority or SLA policy of a conversation'],
	['conversation', 'assign', 'Assign or unassign a conversation'],
	['conversation', 'handOff', 'Hand off a conversation to a human agent'],
	['conversation', 'keepWithBot', 'Keep a conversation with the bot by setting it to pending'],
	['contact', 'addLabels', 'Add labels to a contact and keep its other labels'],
	['contact', 'removeLabels', 'Remove labels from a contact and keep its other labels'],
	['contact', 'setLabels', 'Set the labels of a contact and remove the others'],
	['message', 'create', 'Create and send a message or a private note in a conversation'],
	['message', 'delete', 'Delete the content and attachments of a message'],
	['message', 'update', 'Update the delivery status of a message in an API inbox'],
	['message', 'replyAsBot', 'Reply as an agent bot in a conversation'],
	['inbox', 'setAgents', 'Set the agents of an inbox and remove the others'],
	['inbox', 'setAgentBot', 'Set or remove the agent bot of an inbox'],
	['inbox', 'createCsatTemplate', 'Create or replace the CSAT template of a WhatsApp inbox'],
])('%s %s: "%s"', (resource, operation, text) => {
	expect(action(resource, operation)).toBe(text);
});

test('every conversation, contact, message or inbox action of an operation that replaces a list says so', () => {
	const replacing = ['setLabels', 'setCustomAttributes', 'setParticipants', 'setAgents'];
	const misleading = nodeOperations.filter(
		(entry) =>
			['conversation', 'contact', 'message', 'inbox'].includes(entry.resource) &&
			replacing.includes(entry.operation) &&
			!entry.action.startsWith('Replace') &&
			!entry.action.endsWith(' and remove the others'),
	);
	expect(misleading.map((entry) => `${entry.resource}.${entry.operation}`)).toEqual([]);
});
