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

	test('every openapi entry is sent by exactly the node operations it names', () => {
		const mismatched = specOperations
			.map((entry) => {
				const sending = singleRequestOperations
					.filter(
						(operation) => key(operation.method, operation.url) === key(entry.method, entry.path),
					)
					.map((operation) => `${operation.resource}.${operation.operation}`)
					.sort();
				const named = [...entry.sentBy].sort();
				return JSON.stringify(sending) === JSON.stringify(named)
					? undefined
					: `${entry.method} ${entry.path}: sent by ${sending.join(', ') || 'nothing'}, names ${named.join(', ')}`;
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

	test('only requests that several node operations send name more than one', () => {
		const shared = specOperations.filter((entry) => entry.sentBy.length > 1);
		for (const entry of shared) expect(new Set(entry.sentBy).size).toBe(entry.sentBy.length);
		expect(shared.map((entry) => entry.operationId).sort()).toEqual([
			'contact.setLabels',
			'conversation.changeStatus',
			'conversation.setLabels',
			'message.create',
		]);
	});
});
