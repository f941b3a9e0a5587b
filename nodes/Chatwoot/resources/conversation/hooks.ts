import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { refuse } from '../../../common/errors';
import { retryPolicy } from '../../../common/request';
import { chatwootApiRequest } from '../../../common/transport';
import { fillPathParameters, parseJsonParameter, pickedId } from '../../helpers/hooks';
import { paginate } from '../../helpers/pagination';
import { bodyOf, fieldLabel } from '../../helpers/values';
import { CONVERSATION } from './fields';

/** Conversations per page of `GET …/conversations` and `POST …/conversations/filter`. */
export const CONVERSATIONS_PER_PAGE = 25;

/** "None" clears the priority: Chatwoot's priority enum has no `none`, an empty priority is `null`. */
export function sendPriority(parameterPath: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const priority = this.getNodeParameter(parameterPath, 'none') as string;
		bodyOf(requestOptions).priority = priority === 'none' || priority === '' ? null : priority;
		return requestOptions;
	};
}

const CONDITION_EXAMPLE =
	'[{"attribute_key": "status", "filter_operator": "equal_to", "values": ["open"], "query_operator": null}]';

/** The filter's conditions: a JSON list (or `{"payload": [...]}`), sent as `payload`. */
export function sendFilterConditions(parameterPath: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		let conditions = parseJsonParameter(this, parameterPath, CONDITION_EXAMPLE);
		if (
			conditions &&
			typeof conditions === 'object' &&
			!Array.isArray(conditions) &&
			'payload' in conditions
		) {
			conditions = (conditions as IDataObject).payload;
		}
		const valid =
			Array.isArray(conditions) &&
			conditions.length > 0 &&
			conditions.every(
				(condition) => condition && typeof condition === 'object' && !Array.isArray(condition),
			);
		if (!valid) {
			refuse(
				this,
				`${fieldLabel(parameterPath)} must be a list of conditions`,
				`Enter a JSON list of condition objects such as ${CONDITION_EXAMPLE}.`,
			);
		}
		bodyOf(requestOptions).payload = conditions as IDataObject[];
		return requestOptions;
	};
}

/**
 * The body of `POST …/assignments` for the choice in Assign To. The Agent, Agent Bot and Team
 * pickers give their ID in any mode; a bare number or text (a workflow saved when these were
 * number fields, or a whole-field expression) is read as the ID too.
 */
export async function sendAssignment(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	const target = this.getNodeParameter('assignTo', 'agent') as string;
	const body = bodyOf(requestOptions);
	if (target === 'agent') body.assignee_id = pickedId(this, 'assigneeId');
	else if (target === 'agentBot')
		Object.assign(body, { assignee_id: pickedId(this, 'assigneeId'), assignee_type: 'AgentBot' });
	else if (target === 'team') body.team_id = pickedId(this, 'teamId');
	else if (target === 'noTeam') body.team_id = null;
	else body.assignee_id = null;
	return requestOptions;
}

/** WhatsApp template parameters of the conversation's first message, next to its text in `message`. */
export function sendInitialMessageTemplate(parameterPath: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const params = parseJsonParameter(
			this,
			parameterPath,
			'{"name": "order_update", "category": "UTILITY", "language": "en", "processed_params": {"1": "42"}}',
		);
		if (!params || typeof params !== 'object' || Array.isArray(params)) {
			refuse(
				this,
				`${fieldLabel(parameterPath)} must be a JSON object`,
				'Enter the template as an object with name, category, language and processed_params.',
			);
		}
		const body = bodyOf(requestOptions);
		body.message = {
			...((body.message as IDataObject) ?? {}),
			template_params: params as IDataObject,
		};
		return requestOptions;
	};
}

/** The counts object, whether Chatwoot wraps it as `{meta}` or, in older versions, `{data: {meta}}`. */
export async function countsOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = (response.body ?? {}) as IDataObject;
	const meta = (body.meta ?? (body.data as IDataObject | undefined)?.meta) as
		IDataObject | undefined;
	return meta ? [{ json: meta }] : items;
}

/**
 * The list counts conversations before it applies the assignee filter, so the total that ends
 * the loop is the count matching that filter. A text search (`q`) makes the counts cover one
 * page only; then only an empty page ends the loop, as the page size is a server setting
 * (CONVERSATION_RESULTS_PER_PAGE, 25 unless changed) and a short page proves nothing.
 */
const TOTAL_FOR_ASSIGNEE: Record<string, string> = {
	all: 'data.meta.all_count',
	assigned: 'data.meta.assigned_count',
	me: 'data.meta.mine_count',
	unassigned: 'data.meta.unassigned_count',
};

const conversationPagesByTotal = Object.fromEntries(
	Object.entries(TOTAL_FOR_ASSIGNEE).map(([assigneeType, total]) => [
		assigneeType,
		paginate({
			type: 'page',
			pageSize: CONVERSATIONS_PER_PAGE,
			fixedPageSize: false,
			records: 'data.payload',
			total,
		}),
	]),
);

const conversationPagesUntilEmpty = paginate({
	type: 'page',
	pageSize: CONVERSATIONS_PER_PAGE,
	fixedPageSize: false,
	records: 'data.payload',
});

export async function conversationPages(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const qs = (requestData.options.qs ?? {}) as IDataObject;
	const strategy =
		qs.q !== undefined
			? conversationPagesUntilEmpty
			: conversationPagesByTotal[String(qs.assignee_type ?? 'all')];
	return await (strategy ?? conversationPagesUntilEmpty).call(this, requestData);
}

const ASSIGNED_ID: Record<string, { parameter: string; noun: string; effect: string }> = {
	agent: {
		parameter: 'assigneeId',
		noun: 'agent',
		effect: 'Chatwoot has removed the conversation’s current assignee.',
	},
	agentBot: {
		parameter: 'assigneeId',
		noun: 'agent bot',
		effect: 'The assignment was not changed.',
	},
	team: {
		parameter: 'teamId',
		noun: 'team',
		effect: 'Chatwoot has removed the conversation’s team.',
	},
};

/**
 * The assignment answer: the agent, bot or team now assigned. Chatwoot answers `null` when the
 * ID it was given is not found (docs/server-facts.md#assignment-answer), so `null` is success only
 * when the assignment was taken away on purpose.
 */
export async function assignmentOutput(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as unknown;
	const empty =
		body === undefined ||
		body === null ||
		body === '' ||
		(typeof body === 'object' && !Object.keys(body as object).length);
	if (!empty) return items;
	const picked = ASSIGNED_ID[this.getNodeParameter('assignTo', 'agent') as string];
	if (!picked) return [{ json: { success: true } }];
	const id = pickedId(this, picked.parameter);
	return refuse(
		this,
		`Chatwoot found no ${picked.noun} with ID ${id}`,
		`${picked.effect} Check the ID: pick the ${picked.noun} from the list, or list them with Get Many.`,
	);
}

const isEmptyAnswer = (body: unknown) =>
	body === undefined ||
	body === null ||
	body === '' ||
	(typeof body === 'object' && !Object.keys(body as object).length);

/** Whether a picker was left empty (in any mode). */
function pickerIsEmpty(context: IExecuteSingleFunctions, parameterPath: string): boolean {
	const value = context.getNodeParameter(parameterPath, '', { extractValue: true }) as unknown;
	return value === undefined || value === null || String(value).trim() === '';
}

/** Pre-send hook of Hand Off: a team or agent ID that is set must be numeric, before any request. */
export async function checkHandOffPickers(
	this: IExecuteSingleFunctions,
	requestOptions: IHttpRequestOptions,
) {
	for (const parameter of ['teamId', 'assigneeId'])
		if (!pickerIsEmpty(this, parameter)) pickedId(this, parameter);
	return requestOptions;
}

/**
 * Post-receive hook of Hand Off, after `toggle_status` opened the conversation: assigns
 * the team, then the agent (a team change drops an assignee who is not in the team, so the agent
 * goes second), then adds the private note, each with the node's credential and retries. A step
 * that fails fails the item and says which steps are already done. One item: the status, and the
 * team, assignee and note as Chatwoot answered them.
 */
export async function handOffOutput(
	this: IExecuteSingleFunctions,
	_items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const payload = ((response.body as IDataObject | undefined)?.payload ?? {}) as IDataObject;
	const { url: path } = await fillPathParameters.call(this, {
		url: CONVERSATION,
	} as IHttpRequestOptions);
	const retry = retryPolicy(this.getNodeParameter('requestOptions', {}) as IDataObject);
	const itemIndex = this.getItemIndex();
	const done = ['the conversation is open'];
	const output: IDataObject = {
		conversation_id: payload.conversation_id,
		status: payload.current_status,
	};

	const step = async (what: string, send: () => Promise<unknown>) => {
		try {
			return await send();
		} catch (error) {
			// a node error already (the request helpers throw NodeApiError): it keeps its HTTP context
			const failure = error as Error & { description?: string | null };
			failure.description =
				`Hand-off stopped before ${what}: ${done.join(', ')}. ${failure.description ?? ''}`.trim();
			throw failure;
		}
	};
	const assign = async (parameter: string, key: string, noun: string) => {
		if (pickerIsEmpty(this, parameter)) return undefined;
		const id = pickedId(this, parameter);
		const answer = await step(`assigning the ${noun}`, async () =>
			chatwootApiRequest.call(this, {
				method: 'POST',
				path: `${path}/assignments`,
				body: { [key]: id },
				itemIndex,
				retry,
			}),
		);
		if (isEmptyAnswer(answer)) {
			refuse(
				this,
				`Chatwoot found no ${noun} with ID ${id}`,
				`Hand-off stopped: ${done.join(', ')}, and Chatwoot removed the conversation’s current ${noun === 'team' ? 'team' : 'assignee'}. Pick the ${noun} from the list.`,
			);
		}
		done.push(`the ${noun} is assigned`);
		return answer as IDataObject;
	};

	const team = await assign('teamId', 'team_id', 'team');
	if (team) output.team = team;
	const assignee = await assign('assigneeId', 'assignee_id', 'agent');
	if (assignee) output.assignee = assignee;

	const note = String(this.getNodeParameter('privateNote', '') ?? '').trim();
	if (note) {
		output.note = (await step('adding the note', async () =>
			chatwootApiRequest.call(this, {
				method: 'POST',
				path: `${path}/messages`,
				body: { content: note, private: true, message_type: 'outgoing' },
				itemIndex,
				retry,
			}),
		)) as IDataObject;
	}
	return [{ json: output }];
}
