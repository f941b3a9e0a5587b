import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';

import { list, text } from '../../../common/listSearch';

/** Options sorted by name, as n8n shows a dynamic list. */
function sorted(options: INodePropertyOptions[]): INodePropertyOptions[] {
	return options.sort((a, b) => a.name.localeCompare(b.name));
}

const labelOption = (value: (label: IDataObject) => string) => (label: IDataObject) => ({
	name: String(label.title),
	value: value(label),
	description: text(label.description),
});

/** The account's labels by title: what the label filters and label lists send. */
export async function getLabelTitles(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted((await list(this, '/labels')).map(labelOption((label) => String(label.title))));
}

/** The account's labels by numeric ID: what report filters and campaign audiences send. */
export async function getLabelIds(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted((await list(this, '/labels')).map(labelOption((label) => String(label.id))));
}

/** The account's agents by numeric ID. */
export async function getAgents(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted(
		(await list(this, '/agents')).map((agent) => ({
			name: agent.email ? `${String(agent.name)} (${String(agent.email)})` : String(agent.name),
			value: String(agent.id),
			description: text(agent.role),
		})),
	);
}

/** The account's inboxes by numeric ID. */
export async function getInboxes(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return sorted(
		(await list(this, '/inboxes')).map((inbox) => ({
			name: String(inbox.name),
			value: String(inbox.id),
			description: text(inbox.channel_type)?.replace(/^Channel::/, ''),
		})),
	);
}

/** Every multi-select list of the node, registered once as `methods.loadOptions`. */
export const loadOptions = { getAgents, getInboxes, getLabelIds, getLabelTitles };
