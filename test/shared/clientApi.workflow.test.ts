import { readFileSync } from 'node:fs';
import path from 'node:path';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode } from '../harness/engine';
import { findOperation, requestProblems } from '../harness/openapi';
import { nodeOperations } from '../harness/operations';
import { Recorder } from '../harness/recorder';

const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const dir = path.resolve(__dirname, '../e2e/workflows');
const read = (file: string) => JSON.parse(readFileSync(path.join(dir, file), 'utf8'));
const GROUP = [
	'clientInbox',
	'clientContact',
	'clientConversation',
	'clientMessage',
	'csatSurvey',
	'csatSurveyResponse',
];
/** The e2e workflows of these resources, one file per resource, read as one workflow. */
const workflow = { nodes: GROUP.flatMap((resource) => read(`${resource}.json`).nodes) } as {
	nodes: Array<{ name: string; type: string; parameters: INodeParameters }>;
};
const expected = {
	nodes: Object.assign({}, ...GROUP.map((resource) => read(`${resource}.expect.json`).nodes)),
} as { nodes: Record<string, { items: number; json: IDataObject }> };
const chatwootNodes = workflow.nodes.filter(
	(node) => node.type === '@n8n-nodes-chatwoot/n8n-nodes-chatwoot.chatwoot',
);

/** Partial deep match, as test/e2e/run.mjs checks expectations. */
function matches(actual: unknown, wanted: unknown): boolean {
	if (wanted === null || typeof wanted !== 'object') return actual === wanted;
	if (Array.isArray(wanted))
		return (
			Array.isArray(actual) &&
			wanted.length === actual.length &&
			wanted.every((item, index) => matches(actual[index], item))
		);
	return (
		actual !== null &&
		typeof actual === 'object' &&
		Object.entries(wanted).every(([key, value]) => matches((actual as IDataObject)[key], value))
	);
}

describe('the e2e workflows of the Client API and CSAT resources, against openapi/ as the e2e mock answers', () => {
	test('calls every operation of the group once, each node named after its action', () => {
		const called = chatwootNodes.map(
			(node) => `${String(node.parameters.resource)}.${String(node.parameters.operation)}`,
		);
		const all = nodeOperations.filter((operation) => GROUP.includes(operation.resource));
		expect([...called].sort()).toEqual(
			all.map((operation) => `${operation.resource}.${operation.operation}`).sort(),
		);
		for (const node of chatwootNodes) {
			const operation = all.find(
				(candidate) =>
					candidate.resource === node.parameters.resource &&
					candidate.operation === node.parameters.operation,
			);
			expect(node.name).toBe(operation?.action);
		}
		expect(Object.keys(expected.nodes).sort()).toEqual(
			chatwootNodes.map((node) => node.name).sort(),
		);
	});

	test.each(chatwootNodes.map((node) => [node.name, node] as const))(
		'%s: a valid request, and the expected output',
		async (name, node) => {
			server.on((request) => {
				const found = findOperation(request.method, request.path);
				const responses = (
					found?.spec.operation as
						| { responses?: Record<string, { content?: Record<string, { example?: unknown }> }> }
						| undefined
				)?.responses;
				const example = responses?.['200']?.content?.['application/json']?.example;
				return { status: 200, body: example };
			});
			const result = await runNode({ baseUrl: server.baseUrl, parameters: node.parameters });
			expect(result.error?.message).toBeUndefined();
			expect(server.requests.flatMap(requestProblems)).toEqual([]);
			expect(result.output).toHaveLength(expected.nodes[name].items);
			expect(matches(result.output[0], expected.nodes[name].json)).toBe(true);
		},
	);
});
