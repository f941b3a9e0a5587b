import type {
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { fillPathParameters } from '../../helpers/hooks';
import { chatwootApiRequest } from '../../../common/transport';

/** Messages per page of `GET …/messages` when walking back with `before`. */
export const MESSAGES_PER_PAGE = 20;

/**
 * The translation of "Translate a message", as `{message_id, target_language, content}`. When the
 * message already has a translation to that language Chatwoot answers with no body; the text is
 * then read from the translations the message keeps, fetched with the message list narrowed to
 * this one message (`after` the one before it, `before` the one after it).
 */
export function translationOutput(messagesPath: string) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const messageId = Number(this.getNodeParameter('messageId'));
		const targetLanguage = String(this.getNodeParameter('targetLanguage', ''));
		const output = (content: unknown): INodeExecutionData[] => [
			{
				json: {
					message_id: messageId,
					target_language: targetLanguage,
					content: (content ?? null) as IDataObject[string],
				},
			},
		];
		const body = response.body as unknown;
		if (body && typeof body === 'object' && 'content' in body)
			return output((body as IDataObject).content);
		const { url: path } = await fillPathParameters.call(this, { url: messagesPath });
		const page = (await chatwootApiRequest.call(this, {
			method: 'GET',
			path,
			qs: { after: messageId - 1, before: messageId + 1 },
			itemIndex: this.getItemIndex(),
		})) as { payload?: IDataObject[] } | undefined;
		const message = (Array.isArray(page?.payload) ? page.payload : []).find(
			(record) => Number(record.id) === messageId,
		);
		const translations = (message?.content_attributes as IDataObject | undefined)?.translations as
			IDataObject | undefined;
		return output(translations?.[targetLanguage]);
	};
}
