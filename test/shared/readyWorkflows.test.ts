import { existsSync, readdirSync, readFileSync } from 'fs';
import path from 'path';

import { description } from '../harness/operations';

const ROOT = path.resolve(__dirname, '../..');
const WORKFLOWS = path.join(ROOT, 'docs', 'workflows');
const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const files = readdirSync(WORKFLOWS)
	.filter((file) => file.endsWith('.json'))
	.sort();
const PACKAGE = '@n8n-nodes-chatwoot/n8n-nodes-chatwoot.';

interface Node {
	name: string;
	type: string;
	parameters: Record<string, unknown>;
	credentials?: Record<string, { id?: string; name: string }>;
}
interface Workflow {
	nodes: Node[];
	connections: Record<string, Record<string, Array<Array<{ node: string }>>>>;
}
const read = (file: string): Workflow =>
	JSON.parse(readFileSync(path.join(WORKFLOWS, file), 'utf8')) as Workflow;

/** `resource.operation` of every operation the node has. */
const operations = new Set(
	description.properties
		.filter((property) => property.name === 'operation')
		.flatMap((property) =>
			(property.options ?? []).map(
				(option) =>
					`${property.displayOptions?.show?.resource?.[0]}.${(option as { value: string }).value}`,
			),
		),
);

describe('ready workflows (docs/workflows)', () => {
	test('there are some', () => {
		expect(files.length).toBeGreaterThanOrEqual(4);
	});

	test.each(files)('%s: the README names it and shows its canvas, whose image exists', (file) => {
		expect(readme).toContain(`\`${file}\``);
		const image = `docs/images/workflow-${file.replace(/\.json$/, '')}.png`;
		expect(readme).toContain(`(${image})`);
		const bytes = readFileSync(path.join(ROOT, image));
		expect(bytes.subarray(1, 4).toString()).toBe('PNG');
		expect(bytes.length).toBeGreaterThan(5_000);
	});

	test.each(files)(
		'%s: calls operations the node has, names credentials without IDs, connects existing nodes',
		(file) => {
			const workflow = read(file);
			const names = new Set(workflow.nodes.map((node) => node.name));
			for (const node of workflow.nodes) {
				if (node.type === `${PACKAGE}chatwoot` || node.type === `${PACKAGE}chatwootTool`)
					expect(operations).toContain(`${node.parameters.resource}.${node.parameters.operation}`);
				for (const reference of Object.values(node.credentials ?? {})) {
					expect(reference.id).toBeUndefined();
					expect(reference.name).toMatch(/^(Chatwoot|OpenAI) account$/);
				}
			}
			for (const [source, outputs] of Object.entries(workflow.connections)) {
				expect(names).toContain(source);
				for (const list of Object.values(outputs))
					for (const target of list.flat()) expect(names).toContain(target.node);
			}
		},
	);

	test.each(files)('%s: runs in the e2e suite', (file) => {
		const expectation = path.join(
			ROOT,
			'test',
			'e2e',
			'ready',
			file.replace(/\.json$/, '.expect.json'),
		);
		const aiCheck = readFileSync(path.join(ROOT, 'test', 'e2e', 'lib', 'ai-agent.mjs'), 'utf8');
		expect(existsSync(expectation) || aiCheck.includes(`readReady('${file}')`)).toBe(true);
	});
});
