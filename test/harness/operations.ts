import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Chatwoot, compositeOperations } from '../../nodes/Chatwoot/Chatwoot.node';

export interface NodeOperation {
	resource: string;
	operation: string;
	action: string;
	method: string;
	/** The routing URL as written, e.g. `=/platform/api/v1/users/{{$parameter.userId}}`. */
	url: string;
	/** The URL with every expression replaced by `{}`, to compare with `/platform/api/v1/users/{}`. */
	template: string;
	/** For an operation made of several requests: every route it may call (`POST /api/v1/…`). */
	routes?: string[];
}

export const description = new Chatwoot().description;

/** `=/a/{{$parameter.x}}/b` → `/a/{}/b`; an OpenAPI template `/a/{id}/b` → `/a/{}/b`. */
export function normaliseTemplate(url: string): string {
	return url
		.replace(/^=/, '')
		.replace(/\{\{[^}]*\}\}/g, '{}')
		.replace(/\{[^}{]+\}/g, '{}');
}

/** Every operation of the node, read from its description the way a tool would. */
export const nodeOperations: NodeOperation[] = description.properties
	.filter((property: INodeProperties) => property.name === 'operation')
	.flatMap((property: INodeProperties) => {
		const resource = (property.displayOptions?.show?.resource as string[])[0];
		return (property.options as INodePropertyOptions[]).map((option) => {
			const request = option.routing?.request ?? {};
			return {
				resource,
				operation: String(option.value),
				action: option.action ?? '',
				method: String(request.method ?? ''),
				url: String(request.url ?? ''),
				template: normaliseTemplate(String(request.url ?? '')),
				routes: compositeOperations[`${resource}.${String(option.value)}`],
			};
		});
	});

/** The operations that are one request each, which openapi/ describes one to one. */
export const singleRequestOperations = nodeOperations.filter((operation) => !operation.routes);

/** The node's parameter `name` for this operation of the resource, or the option `name` of the collection `collection`. */
export function field(
	resource: string,
	operation: string,
	name: string,
	collection?: string,
): INodeProperties | undefined {
	const shown = (property: INodeProperties) =>
		(property.displayOptions?.show?.resource as string[] | undefined)?.includes(resource) &&
		(!property.displayOptions?.show?.operation ||
			(property.displayOptions.show.operation as string[]).includes(operation));
	const top = description.properties.find(
		(property) => shown(property) && property.name === (collection ?? name),
	);
	if (!collection) return top;
	return (top?.options as INodeProperties[] | undefined)?.find((option) => option.name === name);
}

/** The description of an operation, as a tool sees it. */
export function operationDescription(resource: string, operation: string): string {
	const property = description.properties.find(
		(candidate) =>
			candidate.name === 'operation' &&
			(candidate.displayOptions?.show?.resource as string[])?.includes(resource),
	);
	return String(
		(property?.options as Array<{ value: string; description?: string }>).find(
			(option) => option.value === operation,
		)?.description ?? '',
	);
}
