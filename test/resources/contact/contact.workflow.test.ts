import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { IDataObject, INodeExecutionData, INodeParameters } from 'n8n-workflow';

import { NODE_TYPE, runNode } from '../../harness/engine';
import { findOperation, requestProblems, spec } from '../../harness/openapi';
import { Recorder, type RecordedRequest } from '../../harness/recorder';

/**
 * The e2e workflows of the contact resources without n8n and Prism: each Chatwoot node of contact.json,
 * contactNote.json, customAttribute.json and customFilter.json runs through the engine against a server
 * that answers, as the e2e mock does, with the example of the first success response in openapi/; its
 * output must be what the matching .expect.json expects.
 */
const server = new Recorder();
beforeAll(async () => server.start());
afterAll(async () => server.stop());
beforeEach(() => server.reset());

const read = (file: string) =>
	JSON.parse(readFileSync(path.resolve(__dirname, '../../e2e/workflows', file), 'utf8'));
/** The e2e workflows of the contact resources, one file per resource, read as one workflow. */
const FILES = ['contact', 'contactNote', 'customAttribute', 'customFilter'];
const workflow = {
	nodes: FILES.flatMap((file) => read(`${file}.json`).nodes) as Array<{
		name: string;
		type: string;
		parameters: INodeParameters & IDataObject;
	}>,
};
const expected = {
	nodes: Object.assign({}, ...FILES.map((file) => read(`${file}.expect.json`).nodes)),
	uploads: read('contact.expect.json').uploads,
} as {
	nodes: Record<string, { items?: number; json?: IDataObject }>;
	uploads?: Array<{ fileName: string; bytes: string }>;
};

/** Partial deep match, as test/e2e/run.mjs compares: every key expected is there with the same value. */
function matches(actual: unknown, wanted: unknown): boolean {
	if (wanted === null || typeof wanted !== 'object') return actual === wanted;
	if (Array.isArray(wanted))
		return (
			Array.isArray(actual) &&
			actual.length === wanted.length &&
			wanted.every((item, index) => matches(actual[index], item))
		);
	return (
		actual !== null &&
		typeof actual === 'object' &&
		Object.entries(wanted).every(([key, value]) => matches((actual as IDataObject)[key], value))
	);
}

/** What the mock answers: the example of the lowest success status the operation describes. */
function mockAnswer(request: RecordedRequest) {
	const found = findOperation(request.method, request.path);
	if (!found) return { status: 404, body: { error: 'not in openapi/' } };
	const responses = (
		spec.paths[found.spec.path][request.method.toLowerCase()] as {
			responses: Record<string, IDataObject>;
		}
	).responses;
	const status = Object.keys(responses)
		.filter((code) => /^2\d\d$/.test(code))
		.sort()[0];
	const content = responses[status].content as Record<string, IDataObject> | undefined;
	return { status: Number(status), body: content?.['application/json']?.example };
}

/** The file the workflow's "Contacts CSV file" node makes from the text its Set node holds. */
function csvItems(): INodeExecutionData[] {
	const text = JSON.parse(
		String(workflow.nodes.find((node) => node.name === 'Contacts CSV text')?.parameters.jsonOutput),
	).text as string;
	return [
		{
			json: {},
			binary: {
				data: {
					data: Buffer.from(text).toString('base64'),
					mimeType: 'text/plain',
					fileName: 'contacts.csv',
				},
			},
		},
	];
}

const chatwootNodes = workflow.nodes.filter((node) => node.type === NODE_TYPE);

describe("the contact resources' e2e workflows against the openapi examples", () => {
	test('every Chatwoot node of the workflow has an expectation', () => {
		expect(chatwootNodes.map((node) => node.name).filter((name) => !expected.nodes[name])).toEqual(
			[],
		);
	});

	test.each(chatwootNodes.map((node) => [node.name, node] as const))('%s', async (name, node) => {
		server.on(mockAnswer);
		const items = node.parameters.operation === 'import' ? csvItems() : undefined;
		const result = await runNode({ baseUrl: server.baseUrl, items, parameters: node.parameters });
		expect(result.error?.message).toBeUndefined();
		expect(server.requests.flatMap(requestProblems)).toEqual([]);
		const want = expected.nodes[name];
		if (want.items !== undefined) expect(result.output).toHaveLength(want.items);
		if (want.json)
			expect(matches(result.output[0], want.json) ? want.json : result.output[0]).toEqual(
				want.json,
			);
	});

	test('the uploaded CSV is the text the workflow builds, under the name it gives', async () => {
		server.on(mockAnswer);
		const importNode = chatwootNodes.find((node) => node.parameters.operation === 'import');
		await runNode({
			baseUrl: server.baseUrl,
			items: csvItems(),
			parameters: importNode?.parameters ?? {},
		});
		const body = server.requests[0].rawBody.toString('utf8');
		for (const upload of expected.uploads ?? []) {
			expect(body).toContain(`filename="${upload.fileName}"`);
			expect(body).toContain(`\r\n\r\n${upload.bytes}\r\n`);
		}
		expect(expected.uploads).toHaveLength(1);
	});
});
