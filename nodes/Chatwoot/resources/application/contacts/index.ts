import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import { resourceOption } from '../../../fields';
import { contactFields, contactOperations } from './contact';
import { contactNoteFields, contactNoteOperations } from './contactNote';
import { customAttributeFields, customAttributeOperations } from './customAttribute';
import { customFilterFields, customFilterOperations } from './customFilter';
import { searchContacts, searchCustomAttributes, searchCustomFilters } from './search';

/** Resources of this group, each made with `resourceOption`. */
export const resources: INodePropertyOptions[] = [
	resourceOption('Contact', 'contact', 'People who talk to the account, their labels, inboxes and conversations'),
	resourceOption('Contact Note', 'contactNote', 'Notes agents keep on a contact'),
	resourceOption('Custom Attribute', 'customAttribute', 'Definitions of the extra fields kept on contacts and conversations'),
	resourceOption('Custom Filter', 'customFilter', 'Saved filters of conversations, contacts and reports'),
];

/** The `operation` property of each resource. */
export const operations: INodeProperties[] = [contactOperations, contactNoteOperations, customAttributeOperations, customFilterOperations];

/** Every other field of the group's operations. */
export const fields: INodeProperties[] = [...contactFields, ...contactNoteFields, ...customAttributeFields, ...customFilterFields];

/** The group's `methods.listSearch` functions. */
export const listSearch = { searchContacts, searchCustomAttributes, searchCustomFilters };
