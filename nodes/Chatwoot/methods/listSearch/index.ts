import { searchLabels } from './label';

/** Every searchable picker's list, registered once on the node. */
export const listSearch = { searchLabels };
