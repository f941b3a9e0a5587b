import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { Chatwoot } from '../../nodes/Chatwoot/Chatwoot.node';

export interface NodeOperation {
	resource: string;
	operation: string;
	action: string;
	method: string;
	/** The routing URL as written, e.g. `=/platform/api/v1/users/{{$parameter.userId}}`. */
	url: string;
	/** The URL with every expression replaced by `{}`, to compare with `/platform/api/v1/users/{}`. */
	template: string;
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
			};
		});
	});
