import { sendIdList } from './values';

/** How to fill an Agent IDs field, for the error that refuses one. */
export const AGENT_IDS_HINT = 'Enter the numeric IDs of agents separated by commas, such as 3, 7, or map a list of IDs from an earlier node.';

/** Agents as the whole numbers `user_ids` holds: members of teams and conversations. Chatwoot compares them with numeric IDs, so IDs sent as text would never match. */
export const sendAgentIds = sendIdList('agentIds', 'body', 'user_ids', AGENT_IDS_HINT);
