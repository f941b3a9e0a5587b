import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

/** Resources of the public Client API and CSAT surveys, each made with `resourceOption`. */
export const resources: INodePropertyOptions[] = [];

/** The `operation` property of each resource. */
export const operations: INodeProperties[] = [];

/** Every other field of the group's operations. */
export const fields: INodeProperties[] = [];

/** The group's `methods.listSearch` functions. */
export const listSearch = {};
