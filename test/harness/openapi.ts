import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

import type { RecordedRequest } from './recorder';

export const SPEC_PATH = path.resolve(__dirname, '../../openapi/chatwoot.yaml');

interface Parameter {
	name: string;
	in: 'path' | 'query' | 'header';
	required?: boolean;
	schema?: object;
	$ref?: string;
}

interface Operation {
	operationId: string;
	/** Other node operations that send this same request (`x-also-sent-by`). */
	'x-also-sent-by'?: string[];
	parameters?: Parameter[];
	security?: object[];
	requestBody?: { required?: boolean; content: Record<string, { schema: object }> };
}

export interface SpecOperation {
	method: string;
	path: string;
	operationId: string;
	/** The operationId and the node operations named in `x-also-sent-by`. */
	sentBy: string[];
	operation: Operation;
	pathParameters: Parameter[];
}

type Document = {
	paths: Record<string, Record<string, unknown>>;
	components: Record<string, Record<string, unknown>>;
};

export const spec = parse(readFileSync(SPEC_PATH, 'utf8')) as Document;

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

function deref<T>(value: T): T {
	const ref = (value as { $ref?: string })?.$ref;
	if (!ref) return value;
	const [, section, name] = ref.replace('#/', '').split('/');
	return spec.components[section][name] as T;
}

export const specOperations: SpecOperation[] = Object.entries(spec.paths).flatMap(
	([pathTemplate, item]) => {
		const shared = ((item.parameters as Parameter[]) ?? []).map(deref);
		return METHODS.filter((method) => item[method]).map((method) => {
			const operation = item[method] as Operation;
			const own = (operation.parameters ?? []).map(deref);
			return {
				method: method.toUpperCase(),
				path: pathTemplate,
				operationId: operation.operationId,
				sentBy: [operation.operationId, ...(operation['x-also-sent-by'] ?? [])],
				operation: { ...operation, parameters: [...shared, ...own] },
				pathParameters: [...shared, ...own].filter((parameter) => parameter.in === 'path'),
			};
		});
	},
);

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ ...spec, $id: 'spec' } as object, 'spec');

function validate(schema: object, value: unknown): string[] {
	const wrapped = JSON.parse(
		JSON.stringify(schema).replace(/"#\/components\//g, '"spec#/components/'),
	);
	const check = ajv.compile(wrapped);
	if (check(value)) return [];
	return (check.errors ?? []).map((error) =>
		`${error.instancePath || '(root)'} ${error.message ?? ''}`.trim(),
	);
}

function templateRegex(template: string): RegExp {
	const literal = template
		.split(/\{[^}]+\}/)
		.map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
	return new RegExp(`^${literal.join('([^/]+)')}$`);
}

export function findOperation(
	method: string,
	requestPath: string,
): { spec: SpecOperation; params: Record<string, string> } | undefined {
	for (const candidate of specOperations) {
		if (candidate.method !== method) continue;
		const names = [...candidate.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
		const match = templateRegex(candidate.path).exec(requestPath);
		if (!match) continue;
		const params: Record<string, string> = {};
		names.forEach((name, index) => (params[name] = decodeURIComponent(match[index + 1])));
		return { spec: candidate, params };
	}
	return undefined;
}

function coerce(value: string, schema: { type?: string | string[] } | undefined): unknown {
	const types = ([] as string[]).concat(schema?.type ?? []);
	if ((types.includes('integer') || types.includes('number')) && /^-?\d+(\.\d+)?$/.test(value))
		return Number(value);
	if (types.includes('boolean') && (value === 'true' || value === 'false')) return value === 'true';
	return value;
}

/** Everything about a request that does not match the project's API description; empty when it matches. */
export function requestProblems(request: RecordedRequest): string[] {
	const found = findOperation(request.method, request.path);
	if (!found) return [`${request.method} ${request.path} is not in openapi/`];
	const { operation } = found.spec;
	const problems: string[] = [];
	const where = `${request.method} ${found.spec.path}`;

	for (const parameter of found.spec.pathParameters) {
		const value = coerce(found.params[parameter.name], parameter.schema as { type?: string });
		for (const problem of validate(parameter.schema ?? {}, value))
			problems.push(`${where}: path ${parameter.name} ${problem}`);
	}

	const queryParameters = (operation.parameters ?? []).filter(
		(parameter) => parameter.in === 'query',
	);
	for (const parameter of queryParameters) {
		const raw = request.query[parameter.name];
		if (raw === undefined) {
			if (parameter.required) problems.push(`${where}: query ${parameter.name} is required`);
			continue;
		}
		const schema = (parameter.schema ?? {}) as { type?: string; items?: { type?: string } };
		const value = Array.isArray(raw)
			? raw.map((item) => coerce(item, schema.items))
			: schema.type === 'array'
				? [coerce(raw, schema.items)]
				: coerce(raw, schema);
		for (const problem of validate(schema, value))
			problems.push(`${where}: query ${parameter.name} ${problem}`);
	}
	for (const name of Object.keys(request.query)) {
		if (!queryParameters.some((parameter) => parameter.name === name)) {
			problems.push(`${where}: query ${name} is not described`);
		}
	}

	const needsToken = (operation.security ?? [{}]).some(
		(requirement) => Object.keys(requirement).length > 0,
	);
	if (needsToken && !request.headers['api-access-token'])
		problems.push(`${where}: Api-Access-Token header missing`);

	const body = operation.requestBody;
	const contentType = String(request.headers['content-type'] ?? '')
		.split(';')[0]
		.trim();
	if (!body) {
		if (request.rawBody.length)
			problems.push(
				`${where}: sends a body, but the operation takes none: ${request.rawBody.toString('utf8').slice(0, 200)}`,
			);
	} else if (!request.rawBody.length) {
		if (body.required) problems.push(`${where}: body is required`);
	} else {
		const media = body.content[contentType];
		if (!media) {
			problems.push(
				`${where}: content type ${contentType || '(none)'} is not one of ${Object.keys(body.content).join(', ')}`,
			);
		} else if (contentType === 'application/json') {
			for (const problem of validate(media.schema, request.body))
				problems.push(`${where}: body ${problem}`);
		}
	}
	return problems;
}
