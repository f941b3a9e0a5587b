import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** What every folder under resources/ exports as `description`, and the node spreads. */
export interface ResourceDescription {
	/** The entry of the Resource list. */
	option: INodePropertyOptions;
	/** The Operation property of the resource: each option carries its request and output routing. */
	operations: INodeProperties;
	/** Every other field of the resource's operations, each shown only for its resource and operations. */
	fields: INodeProperties[];
	/**
	 * Operations made of several requests, each with every route it may call (`POST /api/v1/…`,
	 * as openapi/ writes it): their routing names only the first request.
	 */
	composite?: Record<string, string[]>;
}
