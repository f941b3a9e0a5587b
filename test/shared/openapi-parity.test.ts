import { normaliseTemplate, nodeOperations, singleRequestOperations } from '../harness/operations';
import { specOperations } from '../harness/openapi';

const key = (method: string, template: string) => `${method} ${normaliseTemplate(template)}`;

describe('openapi/ and the node describe the same operations', () => {
	test('every node operation has a method and a path', () => {
		const incomplete = nodeOperations.filter((operation) => !operation.method || !operation.url);
		expect(incomplete).toEqual([]);
	});

	test('every node operation has exactly one openapi entry', () => {
		const missing = singleRequestOperations
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
					singleRequestOperations.filter(
						(operation) => key(operation.method, operation.url) === key(entry.method, entry.path),
					).length !== 1,
			)
			.map((entry) => `${entry.method} ${entry.path}`);
		expect(orphans).toEqual([]);
	});

	test('each openapi operationId names the node operation that calls it', () => {
		const mismatched = specOperations
			.map((entry) => {
				const operation = singleRequestOperations.find(
					(candidate) => key(candidate.method, candidate.url) === key(entry.method, entry.path),
				);
				return operation && entry.operationId !== `${operation.resource}.${operation.operation}`
					? `${entry.operationId} ≠ ${operation.resource}.${operation.operation}`
					: undefined;
			})
			.filter(Boolean);
		expect(mismatched).toEqual([]);
	});

	test('every route an operation of several requests calls has exactly one openapi entry', () => {
		const composite = nodeOperations.filter((operation) => operation.routes);
		expect(composite.map((operation) => `${operation.resource}.${operation.operation}`)).toContain(
			'message.sendToContact',
		);
		const missing = composite.flatMap((operation) =>
			(operation.routes ?? [])
				.filter((route) => {
					const [method, path] = route.split(' ');
					return (
						specOperations.filter((entry) => key(entry.method, entry.path) === key(method, path))
							.length !== 1
					);
				})
				.map((route) => `${operation.resource}.${operation.operation}: ${route}`),
		);
		expect(missing).toEqual([]);
	});

	test('an operation of several requests starts with the first route it lists', () => {
		for (const operation of nodeOperations.filter((candidate) => candidate.routes)) {
			const [method, path] = (operation.routes ?? [])[0].split(' ');
			expect(key(operation.method, operation.url)).toBe(key(method, path));
		}
	});
});
