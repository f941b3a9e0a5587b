/**
 * The operation list is what a user scans and what an AI model reads (n8n builds a tool's description
 * from the action). Name, value and action of an option must say the same thing, every option must
 * say in one line what happens or what comes back, and the list is in the order of the names.
 */
import type { INodePropertyOptions } from 'n8n-workflow';

import { description } from '../harness/operations';

interface Option {
	resource: string;
	name: string;
	value: string;
	action: string;
	description?: string;
}

const resources = (
	description.properties.find((property) => property.name === 'resource')?.options ?? []
).map((option) => String((option as INodePropertyOptions).value));

/** Every resource with its operation options, in the order the node lists them. */
const operationLists: Array<{ resource: string; options: Option[] }> = resources.map((resource) => {
	const operation = description.properties.find(
		(property) =>
			property.name === 'operation' && property.displayOptions?.show?.resource?.includes(resource),
	);
	const options = (operation?.options ?? []) as INodePropertyOptions[];
	return {
		resource,
		options: options.map((option) => ({
			resource,
			name: option.name,
			value: String(option.value),
			action: String(option.action),
			description: option.description,
		})),
	};
});
const allOptions = operationLists.flatMap((list) => list.options);

/** The value a name reads as: "Get SSO Login URL" → getSsoLoginUrl, "Set Auto-Offline" → setAutoOffline. */
const camelCase = (name: string) =>
	name
		.split(/[^A-Za-z0-9]+/)
		.filter(Boolean)
		.map((word, index) => {
			const lower = word.toLowerCase();
			return index === 0 ? lower : lower.charAt(0).toUpperCase() + lower.slice(1);
		})
		.join('');

/**
 * Values that do not read as their name, each for a reason. "Get Many" is n8n's name for a list,
 * whose value is getAll in every n8n node.
 */
const VALUE_EXCEPTIONS: Record<string, string> = {
	'Get Many': 'getAll',
};

describe('operation options', () => {
	test('there are operations to check', () => {
		expect(resources.length).toBeGreaterThan(40);
		expect(allOptions.length).toBeGreaterThan(250);
	});

	test('every option has a one-line description', () => {
		const missing = allOptions
			.filter((o) => !o.description?.trim() || /\n/.test(o.description))
			.map((o) => `${o.resource}.${o.value}`);
		expect(missing).toEqual([]);
	});

	test('the options of each resource are sorted by name', () => {
		const unsorted = operationLists
			.filter(({ options }) => {
				const names = options.map((o) => o.name);
				const sorted = [...names].sort((a, b) => a.localeCompare(b));
				return names.join('\n') !== sorted.join('\n');
			})
			.map(({ resource, options }) => `${resource}: ${options.map((o) => o.name).join(', ')}`);
		expect(unsorted).toEqual([]);
	});

	test('each value reads as its name, apart from the documented exceptions', () => {
		const disagreeing = allOptions
			.filter((o) => (VALUE_EXCEPTIONS[o.name] ?? camelCase(o.name)) !== o.value)
			.map((o) => `${o.resource}: "${o.name}" has value ${o.value}, expected ${camelCase(o.name)}`);
		expect(disagreeing).toEqual([]);
	});

	test('each action starts with the verb of its name', () => {
		const disagreeing = allOptions
			.filter((o) => {
				const verb = o.name.split(' ')[0].toLowerCase();
				return o.action.split(' ')[0].toLowerCase() !== verb;
			})
			.map((o) => `${o.resource}.${o.value}: "${o.name}" vs "${o.action}"`);
		expect(disagreeing).toEqual([]);
	});

	test('the checks catch a value that does not read as its name', () => {
		// the renames of this release, as they were before: each would fail the value check
		for (const [name, value] of [
			['Create Contact Inbox', 'linkToInbox'],
			['Change Priority', 'togglePriority'],
			['Get Members', 'getAgents'],
		])
			expect(VALUE_EXCEPTIONS[name] ?? camelCase(name)).not.toBe(value);
		expect(camelCase('Get SSO Login URL')).toBe('getSsoLoginUrl');
		expect(camelCase('Mark All as Read')).toBe('markAllAsRead');
	});

	test("each resource's default operation is one of its options", () => {
		const wrong = description.properties
			.filter((property) => property.name === 'operation')
			.filter((property) =>
				(property.options as INodePropertyOptions[]).every(
					(option) => option.value !== property.default,
				),
			)
			.map((property) => `${property.displayOptions?.show?.resource}: ${String(property.default)}`);
		expect(wrong).toEqual([]);
	});

	test('no two options of a resource share a value or a name', () => {
		const duplicates = operationLists.flatMap(({ resource, options }) => {
			const seen = new Set<string>();
			return options.flatMap((o) => {
				const keys = [`value ${o.value}`, `name ${o.name}`];
				const repeated = keys.filter((key) => seen.has(key));
				keys.forEach((key) => seen.add(key));
				return repeated.map((key) => `${resource}: ${key}`);
			});
		});
		expect(duplicates).toEqual([]);
	});
});
