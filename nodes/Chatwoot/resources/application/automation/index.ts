import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { resourceOption } from '../../../fields';
import { articleFields, articleOperations } from './article';
import { automationRuleFields, automationRuleOperations } from './automationRule';
import { cannedResponseFields, cannedResponseOperations } from './cannedResponse';
import { categoryFields, categoryOperations } from './category';
import { integrationFields, integrationOperations } from './integration';
import { portalFields, portalOperations, portalSlugField } from './portal';
import {
	searchArticles,
	searchAutomationRules,
	searchCannedResponses,
	searchCategories,
	searchIntegrationHooks,
	searchPortals,
} from './search';

/** Resources of this group, each made with `resourceOption`. */
export const resources: INodePropertyOptions[] = [
	resourceOption('Automation Rule', 'automationRule', 'Rules that act on conversations and messages when an event happens'),
	resourceOption('Canned Response', 'cannedResponse', 'Saved replies agents insert with a short code'),
	resourceOption('Help Center Article', 'article', 'Articles of a help center portal'),
	resourceOption('Help Center Category', 'category', 'Categories that group the articles of a help center portal'),
	resourceOption('Help Center Portal', 'portal', 'Help center portals of the account'),
	resourceOption('Integration', 'integration', 'Integration apps and the hooks that connect them'),
];

/** The `operation` property of each resource. */
export const operations: INodeProperties[] = [
	articleOperations,
	automationRuleOperations,
	cannedResponseOperations,
	categoryOperations,
	integrationOperations,
	portalOperations,
];

/** Every other field of the group's operations. */
export const fields: INodeProperties[] = [
	// the portal whose categories and articles every operation of those resources works on
	...updateDisplayOptions({ show: { resource: ['article', 'category'] } }, [portalSlugField]),
	...articleFields,
	...automationRuleFields,
	...cannedResponseFields,
	...categoryFields,
	...integrationFields,
	...portalFields,
];

/** The group's `methods.listSearch` functions. */
export const listSearch = {
	searchArticles,
	searchAutomationRules,
	searchCannedResponses,
	searchCategories,
	searchIntegrationHooks,
	searchPortals,
};
