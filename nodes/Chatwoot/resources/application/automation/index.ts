import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';

import { resourceOption } from '../../../fields';
import { articleFields, articleOperations } from './article';
import { automationRuleFields, automationRuleOperations } from './automationRule';
import { campaignFields, campaignOperations } from './campaign';
import { cannedResponseFields, cannedResponseOperations } from './cannedResponse';
import { categoryFields, categoryOperations } from './category';
import { integrationFields, integrationOperations } from './integration';
import { macroFields, macroOperations } from './macro';
import { portalFields, portalOperations, portalSlugField } from './portal';
import {
	searchArticles,
	searchAutomationRules,
	searchCampaigns,
	searchCannedResponses,
	searchCategories,
	searchIntegrationHooks,
	searchMacros,
	searchPortals,
} from './search';

/** Resources of this group, each made with `resourceOption`. */
export const resources: INodePropertyOptions[] = [
	resourceOption('Automation Rule', 'automationRule', 'Rules that act on conversations and messages when an event happens'),
	resourceOption('Campaign', 'campaign', 'Messages shown to website visitors or sent to labelled contacts by SMS or WhatsApp'),
	resourceOption('Canned Response', 'cannedResponse', 'Saved replies agents insert with a short code'),
	resourceOption('Help Center Article', 'article', 'Articles of a help center portal'),
	resourceOption('Help Center Category', 'category', 'Categories that group the articles of a help center portal'),
	resourceOption('Help Center Portal', 'portal', 'Help center portals of the account'),
	resourceOption('Integration', 'integration', 'Integration apps and the hooks that connect them'),
	resourceOption('Macro', 'macro', 'Saved sequences of actions agents run on conversations'),
];

/** The `operation` property of each resource. */
export const operations: INodeProperties[] = [
	articleOperations,
	automationRuleOperations,
	campaignOperations,
	cannedResponseOperations,
	categoryOperations,
	integrationOperations,
	macroOperations,
	portalOperations,
];

/** Every other field of the group's operations. */
export const fields: INodeProperties[] = [
	// the portal whose categories and articles every operation of those resources works on
	...updateDisplayOptions({ show: { resource: ['article', 'category'] } }, [portalSlugField]),
	...articleFields,
	...automationRuleFields,
	...campaignFields,
	...cannedResponseFields,
	...categoryFields,
	...integrationFields,
	...macroFields,
	...portalFields,
];

/** The group's `methods.listSearch` functions. */
export const listSearch = {
	searchArticles,
	searchAutomationRules,
	searchCampaigns,
	searchCannedResponses,
	searchCategories,
	searchIntegrationHooks,
	searchMacros,
	searchPortals,
};
