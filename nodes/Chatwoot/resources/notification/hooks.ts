import type {
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { refuse } from '../../../common/errors';
import { bodyOf, fieldLabel, type PreSend } from '../../helpers/values';

/** Chatwoot answers the unread count as a bare number; one item `{ unread_count }` is easier to use. */
export async function unreadCountOutput(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const text = String((response.body as unknown) ?? '').trim();
	return [{ json: { unread_count: /^[0-9]+$/.test(text) ? Number(text) : null } }];
}

/** Limits "mark all as read" to one conversation: Chatwoot reads it as the notifications' primary actor. */
export function sendConversationActor(parameterPath: string): PreSend {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const id = Number(this.getNodeParameter(parameterPath, 0));
		if (!Number.isInteger(id) || id < 1) {
			refuse(
				this,
				`${fieldLabel(parameterPath)} must be a whole number above 0`,
				'Enter the internal ID of the conversation, the primary_actor_id of its notifications.',
			);
		}
		const body = bodyOf(requestOptions);
		body.primary_actor_type = 'Conversation';
		body.primary_actor_id = id;
		return requestOptions;
	};
}
