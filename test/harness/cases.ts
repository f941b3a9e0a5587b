import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { runNode, TOKEN } from './engine';
import { requestProblems } from './openapi';
import { nodeOperations } from './operations';
import type { Recorder, Reply } from './recorder';

export interface RequestCase {
	name: string;
	parameters: INodeParameters;
	credentials?: IDataObject;
	/** What must arrive, exactly. `body: undefined` means no body at all. */
	expect: {
		method: string;
		path: string;
		query?: Record<string, string | string[]>;
		body?: unknown;
	};
	reply?: Reply;
	/** Requests the operation sends before the one in `expect`, in order, each with its reply. */
	reads?: Array<{ method: string; path: string; reply: Reply }>;
	/** The node's output items (json). */
	output: IDataObject[];
}

/**
 * Runs each case through n8n's engine against the recorder and asserts the exact request, that it
 * matches openapi/, that the token travelled in its header, and the node's output.
 */
export function describeRequests(recorder: Recorder, cases: RequestCase[]): void {
	test.each(cases.map((testCase) => [testCase.name, testCase] as const))(
		'%s',
		async (_name, testCase) => {
			recorder.reset();
			if (testCase.reply) recorder.on(() => testCase.reply);
			for (const read of testCase.reads ?? []) recorder.reply(read.method, read.path, read.reply);
			const result = await runNode({
				baseUrl: recorder.baseUrl,
				parameters: testCase.parameters,
				credentials: testCase.credentials,
			});
			expect(result.error?.message).toBeUndefined();
			expect(result.status).toBe('success');
			const reads = testCase.reads ?? [];
			expect(recorder.requests).toHaveLength(reads.length + 1);
			reads.forEach((read, index) => {
				const sent = recorder.requests[index];
				expect({ method: sent.method, path: sent.path }).toEqual({
					method: read.method,
					path: read.path,
				});
				expect(sent.headers['api-access-token']).toBe(TOKEN);
				expect(requestProblems(sent)).toEqual([]);
			});
			const request = recorder.requests[reads.length];
			expect({ method: request.method, path: request.path, query: request.query }).toEqual({
				method: testCase.expect.method,
				path: testCase.expect.path,
				query: testCase.expect.query ?? {},
			});
			if (testCase.expect.body === undefined) {
				expect(request.rawBody.toString('utf8')).toBe('');
			} else {
				expect(request.body).toEqual(testCase.expect.body);
			}
			// the public Client API gets no token; everything else carries it
			expect(request.headers['api-access-token']).toBe(
				request.path.startsWith('/public/') ? undefined : TOKEN,
			);
			expect(requestProblems(request)).toEqual([]);
			expect(result.output).toEqual(testCase.output);
		},
	);
}

/**
 * Fails when a resource has an operation no case exercises. An operation of several requests is
 * tested in a file of its own, named in `testedElsewhere`.
 */
export function expectEveryOperationCovered(
	resource: string,
	cases: RequestCase[],
	testedElsewhere: string[] = [],
): void {
	test(`every ${resource} operation has a request test`, () => {
		const covered = new Set([
			...cases.map((testCase) => testCase.parameters.operation),
			...testedElsewhere,
		]);
		const missing = nodeOperations
			.filter((operation) => operation.resource === resource && !covered.has(operation.operation))
			.map((operation) => operation.operation);
		expect(missing).toEqual([]);
	});
}
