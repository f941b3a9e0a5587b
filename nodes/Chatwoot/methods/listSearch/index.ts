import * as automation from '../../resources/application/automation';
import * as contacts from '../../resources/application/contacts';
import * as conversations from '../../resources/application/conversations';
import * as inboxes from '../../resources/application/inboxes';
import * as reports from '../../resources/application/reports';
import * as client from '../../resources/client';
import { searchLabels } from './label';

/** Every searchable picker's list, registered once on the node. */
export const listSearch = {
	searchLabels,
	...automation.listSearch,
	...client.listSearch,
	...contacts.listSearch,
	...conversations.listSearch,
	...inboxes.listSearch,
	...reports.listSearch,
};
