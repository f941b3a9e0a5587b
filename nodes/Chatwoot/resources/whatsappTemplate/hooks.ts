import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { refuse } from '../../../common/errors';
import {} from '../../helpers/values';

/** Filter value that keeps templates of every status. */
export const ANY_STATUS = 'any';

const lower = (value: unknown) =>
	value === undefined || value === null ? '' : String(value).toLowerCase();

/**
 * The templates stored on the inbox's channel: a WhatsApp inbox carries Meta's (or 360dialog's)
 * list under `message_templates`, a Twilio inbox carries its content templates under
 * `content_templates.templates`. Any other inbox has neither key and is refused by name.
 */
function storedTemplates(context: IExecuteSingleFunctions, inbox: IDataObject): IDataObject[] {
	if ('message_templates' in inbox)
		return Array.isArray(inbox.message_templates) ? (inbox.message_templates as IDataObject[]) : [];
	const content = inbox.content_templates as IDataObject | null | undefined;
	if ('content_templates' in inbox)
		return Array.isArray(content?.templates) ? (content.templates as IDataObject[]) : [];
	refuse(
		context,
		`Inbox ${String(inbox.id ?? '')} "${String(inbox.name ?? '')}" is not a WhatsApp inbox`,
		'Only WhatsApp inboxes (WhatsApp Cloud, 360dialog, or Twilio WhatsApp) have message templates. Pick a WhatsApp inbox.',
	);
}

/**
 * Turns the inbox answer into one item per message template, keeping those that pass the
 * Filters: status, category and language compared without case, name by contained text.
 * docs/server-facts.md#whatsapp-templates-stored
 */
export async function templatesOfInbox(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const inbox = (response.body ?? {}) as IDataObject;
	const filters = this.getNodeParameter('filters', {}) as IDataObject;
	const status = lower(filters.status ?? ANY_STATUS);
	const category = lower(filters.category);
	const language = lower(filters.language).trim();
	const name = lower(filters.name).trim();
	return storedTemplates(this, inbox)
		.filter((template) => template && typeof template === 'object')
		.filter((template) => status === ANY_STATUS || lower(template.status) === status)
		.filter((template) => !category || lower(template.category) === category)
		.filter((template) => !language || lower(template.language) === language)
		.filter((template) => !name || lower(template.name ?? template.friendly_name).includes(name))
		.map((json) => ({ json }));
}
