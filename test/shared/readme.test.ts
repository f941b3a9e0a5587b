import { existsSync, readFileSync } from 'fs';
import path from 'path';

import { description } from '../harness/operations';

const readme = readFileSync(path.resolve(__dirname, '../../README.md'), 'utf8');

/** The README's table row of each resource, as the node's resource names and operation actions give it. */
function rows(): string[] {
	const resource = description.properties.find((property) => property.name === 'resource');
	return (resource?.options ?? []).map((option) => {
		const { name, value } = option as { name: string; value: string };
		const operation = description.properties.find(
			(property) =>
				property.name === 'operation' && property.displayOptions?.show?.resource?.includes(value),
		);
		const actions = (operation?.options ?? []).map((entry) => {
			const action = String((entry as { action?: string }).action);
			return action.charAt(0).toLowerCase() + action.slice(1);
		});
		return `| ${name} | \`${value}\` | ${actions.join(', ')} |`;
	});
}

describe('README', () => {
	test('lists every resource with every operation the node has', () => {
		const table = readme
			.split('\n')
			.filter(
				(line) =>
					line.startsWith('| ') && !line.startsWith('| resource |') && !line.startsWith('| ---'),
			);
		for (const row of rows()) expect(table).toContain(row);
	});

	test("names each resource's folder, and the folder exists", () => {
		const resource = description.properties.find((property) => property.name === 'resource');
		for (const option of resource?.options ?? []) {
			const value = (option as { value: string }).value;
			expect(
				existsSync(path.resolve(__dirname, '../../nodes/Chatwoot/resources', value, 'index.ts')),
			).toBe(true);
		}
	});

	test('states how many operations and resources there are', () => {
		const operations = description.properties
			.filter((property) => property.name === 'operation')
			.reduce((sum, property) => sum + (property.options?.length ?? 0), 0);
		expect(readme).toContain(`${operations} operations in ${rows().length} resources`);
	});
});
