/**
 * docs/audit/ records, per operation, what Chatwoot 4.15.1 really does: the route, the names its
 * controller reads, the answer. These tests keep it complete and keep the node honest against it:
 * every body or query name the node's description allows must be one the server reads.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

import { SPEC_PATH } from '../harness/openapi';
import { nodeOperations } from '../harness/operations';

const AUDIT_DIR = path.resolve(__dirname, '../../docs/audit');

interface AuditRow {
	file: string;
	operationId: string;
	request: string;
	reads: { body: Set<string>; query: Set<string> };
	verdict: string;
}

const cells = (line: string) =>
	line
		.replace(/^\|/, '')
		.replace(/\|\s*$/, '')
		.split(/(?<!\\)\|/)
		.map((cell) => cell.trim());

const names = (text: string) =>
	[...text.matchAll(/`([^`]+)`/g)].map((match) => match[1].replace(/\[\]$/, ''));

function parseReads(text: string): AuditRow['reads'] {
	const reads = { body: new Set<string>(), query: new Set<string>() };
	for (const part of text.split(';')) {
		const kind = /^\s*query/.test(part) ? 'query' : /^\s*body/.test(part) ? 'body' : undefined;
		if (kind) for (const name of names(part)) reads[kind].add(name);
	}
	return reads;
}

function auditRows(): AuditRow[] {
	const rows: AuditRow[] = [];
	for (const file of readdirSync(AUDIT_DIR).filter((name) => name.endsWith('.md'))) {
		for (const line of readFileSync(path.join(AUDIT_DIR, file), 'utf8').split('\n')) {
			if (!/^\|\s*`[a-zA-Z]+\.[a-zA-Z]+`\s*\|/.test(line)) continue;
			const [operation, request, , reads, , , , verdict] = cells(line);
			rows.push({
				file,
				operationId: names(operation)[0],
				request: names(request)[0] ?? request,
				reads: parseReads(reads),
				verdict: verdict ?? '',
			});
		}
	}
	return rows;
}

interface Schema {
	$ref?: string;
	type?: string | string[];
	properties?: Record<string, Schema>;
	allOf?: Schema[];
	oneOf?: Schema[];
	anyOf?: Schema[];
	additionalProperties?: unknown;
}

const spec = parse(readFileSync(SPEC_PATH, 'utf8'));
const resolve = (schema: Schema | undefined): Schema | undefined => {
	if (!schema?.$ref) return schema;
	return resolve(
		schema.$ref
			.split('/')
			.slice(1)
			.reduce(
				(node: Record<string, unknown>, key) => node[key] as Record<string, unknown>,
				spec,
			) as Schema,
	);
};

/** Property names of a body schema, one level into wrapper objects: `name`, `contact.name`. */
function bodyNames(schema: Schema | undefined, prefix = '', depth = 0): string[] {
	const resolved = resolve(schema);
	if (!resolved) return [];
	const parts = [...(resolved.allOf ?? []), ...(resolved.oneOf ?? []), ...(resolved.anyOf ?? [])];
	const own = Object.entries(resolved.properties ?? {}).flatMap(([key, value]) => {
		// `attachments[]` is how a form names the list Rails reads as `attachments`
		const name = `${prefix}${key.replace(/\[\]$/, '')}`;
		const inner = resolve(value);
		const nested =
			depth === 0 && inner?.properties && !inner.additionalProperties
				? bodyNames(inner, `${name}.`, depth + 1)
				: [];
		return [name, ...nested];
	});
	return [...own, ...parts.flatMap((part) => bodyNames(part, prefix, depth))];
}

interface SpecOp {
	operationId: string;
	/** The entry's own operationId: its row lists every name the request may carry. */
	primary: string;
	request: string;
	body: string[];
	query: string[];
}

const specOperations: SpecOp[] = Object.entries(
	spec.paths as Record<
		string,
		Record<
			string,
			{
				operationId: string;
				'x-also-sent-by'?: string[];
				parameters?: Array<{ in: string; name: string; $ref?: string }>;
				requestBody?: { content: Record<string, { schema: Schema }> };
			}
		>
	>,
).flatMap(([route, item]) =>
	Object.entries(item)
		.filter(([method]) => ['get', 'post', 'put', 'patch', 'delete'].includes(method))
		// a request several node operations send has one row for each of them
		.flatMap(([method, operation]) =>
			[operation.operationId, ...(operation['x-also-sent-by'] ?? [])].map(
				(operationId) => [method, operation, operationId] as const,
			),
		)
		.map(([method, operation, operationId]) => ({
			operationId,
			primary: operation.operationId,
			request: `${method.toUpperCase()} ${route}`,
			query: (operation.parameters ?? [])
				.map((parameter) =>
					parameter.$ref
						? (resolve(parameter as Schema) as unknown as { in: string; name: string })
						: parameter,
				)
				.filter((parameter) => parameter.in === 'query')
				.map((parameter) => parameter.name.replace(/\[\]$/, '')),
			body: Object.values(operation.requestBody?.content ?? {}).flatMap((content) =>
				bodyNames(content.schema),
			),
		})),
);

const rows = auditRows();
const byId = new Map(rows.map((row) => [row.operationId, row]));

test('every operation has exactly one audit row, with the request the description names', () => {
	const ids = rows.map((row) => row.operationId);
	expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
	expect(
		specOperations.map((operation) => operation.operationId).filter((id) => !byId.has(id)),
	).toEqual([]);
	// an operation of several requests has a row of its own, listing each route it calls
	const composite = nodeOperations
		.filter((operation) => operation.routes)
		.map((operation) => `${operation.resource}.${operation.operation}`);
	expect(composite.filter((id) => !byId.has(id))).toEqual([]);
	expect(
		ids.filter(
			(id) =>
				!specOperations.some((operation) => operation.operationId === id) &&
				!composite.includes(id),
		),
	).toEqual([]);
	for (const operation of specOperations)
		expect(`${operation.operationId} ${byId.get(operation.operationId)?.request}`).toBe(
			`${operation.operationId} ${operation.request}`,
		);
});

test('every audit row is in the file of its resource and has a verdict', () => {
	for (const row of rows) {
		expect(`${row.operationId} in ${row.file}`).toBe(
			`${row.operationId} in ${row.operationId.split('.')[0]}.md`,
		);
		expect(`${row.operationId}: ${row.verdict}`).toMatch(
			/: (ok\b.*|minor: .+|fixed: .+|wrong: .+)$/,
		);
	}
});

test('the row of an operation of several requests names every route it calls', () => {
	for (const operation of nodeOperations.filter((candidate) => candidate.routes)) {
		const row = rows.find(
			(candidate) => candidate.operationId === `${operation.resource}.${operation.operation}`,
		);
		const line = readFileSync(path.join(AUDIT_DIR, `${operation.resource}.md`), 'utf8')
			.split('\n')
			.find((text) => text.startsWith(`| \`${row?.operationId}\``));
		const request = cells(line ?? '')[1];
		for (const route of operation.routes ?? []) expect(request).toContain(`\`${route}\``);
	}
});

test('no operation sends a body or query name the server does not read', () => {
	const covered = (reads: Set<string>, name: string) =>
		reads.has(name) ||
		[...reads].some((read) => read.startsWith(`${name}.`) || name.startsWith(`${read}.`));
	const unread = specOperations.flatMap((operation) => {
		const row = byId.get(operation.primary);
		if (!row) return [];
		return [
			...operation.query
				.filter((name) => !covered(row.reads.query, name))
				.map((name) => `${operation.operationId} query ${name}`),
			...operation.body
				.filter((name) => !covered(row.reads.body, name))
				.map((name) => `${operation.operationId} body ${name}`),
		];
	});
	expect(unread).toEqual([]);
});

test('no audit row is left wrong: each finding is fixed or stated', () => {
	expect(
		rows.filter((row) => row.verdict.startsWith('wrong:')).map((row) => row.operationId),
	).toEqual([]);
});
