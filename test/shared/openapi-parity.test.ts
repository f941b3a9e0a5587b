import { normaliseTemplate, nodeOperations } from '../harness/operations';
import { specOperations } from '../harness/openapi';

const key = (method: string, template: string) => `${method} ${normaliseTemplate(template)}`;

describe('openapi/ and the node describe the same operations', () => {
	test('every node operation has a method and a path', () => {
		const incomplete = nodeOperations.filter((operation) => !operation.method || !operation.url);
		expect(incomplete).toEqual([]);
	});

	test('every node operation has exactly one openapi entry', () => {
		const missing = nodeOperations
			.filter(
				(operation) =>
					specOperations.filter(
						(entry) => key(entry.method, entry.path) === key(operation.method, operation.url),
					).length !== 1,
			)
			.map(
				(operation) =>
					`${operation.resource}.${operation.operation} ${operation.method} ${operation.url}`,
			);
		expect(missing).toEqual([]);
	});

	test('every openapi entry has exactly one node operation', () => {
		const orphans = specOperations
			.filter(
				(entry) =>
					nodeOperations.filter(
						(operation) => key(operation.method, operation.url) === key(entry.method, entry.path),
					).length !== 1,
			)
			.map((entry) => `${entry.method} ${entry.path}`);
		expect(orphans).toEqual([]);
	});

	test('each openapi operationId names the node operation that calls it', () => {
		const mismatched = specOperations
			.map((entry) => {
				const operation = nodeOperations.find(
					(candidate) => key(candidate.method, candidate.url) === key(entry.method, entry.path),
				);
				return operation && entry.operationId !== `${operation.resource}.${operation.operation}`
					? `${entry.operationId} ≠ ${operation.resource}.${operation.operation}`
					: undefined;
			})
			.filter(Boolean);
		expect(mismatched).toEqual([]);
	});
});
