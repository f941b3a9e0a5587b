import { searchAgents } from './agent';
import { searchAgentBots } from './agentBot';
import { searchAssignmentPolicies } from './assignmentPolicy';
import { searchArticles } from './article';
import { searchAutomationRules } from './automationRule';
import { searchCampaigns } from './campaign';
import { searchCannedResponses } from './cannedResponse';
import { searchCategories } from './category';
import { searchClientConversations } from './clientConversation';
import { searchClientMessages } from './clientMessage';
import { searchCompanies } from './company';
import { searchContacts } from './contact';
import { searchConversations } from './conversation';
import { searchCustomAttributes } from './customAttribute';
import { searchCustomFilters } from './customFilter';
import { searchInboxes } from '../../../common/inboxSearch';
import { searchIntegrationHooks } from './integration';
import { searchLabels } from './label';
import { searchMacros } from './macro';
import { searchPlatformAgentBots } from './platformAgentBot';
import { searchPortalIds, searchPortals } from './portal';
import { searchReportSubjects } from './reportSubject';
import { searchSlaPolicies } from './slaPolicy';
import { searchTeams } from './team';
import { searchWebhooks } from './webhook';

/** Every searchable picker's list, registered once on the node: one file per resource it lists. */
export const listSearch = {
	searchAgentBots,
	searchAgents,
	searchAssignmentPolicies,
	searchArticles,
	searchAutomationRules,
	searchCampaigns,
	searchCannedResponses,
	searchCategories,
	searchClientConversations,
	searchClientMessages,
	searchCompanies,
	searchContacts,
	searchConversations,
	searchCustomAttributes,
	searchCustomFilters,
	searchInboxes,
	searchIntegrationHooks,
	searchLabels,
	searchMacros,
	searchPlatformAgentBots,
	searchPortalIds,
	searchPortals,
	searchReportSubjects,
	searchSlaPolicies,
	searchTeams,
	searchWebhooks,
};
