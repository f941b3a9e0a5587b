/**
 * "Send to Contact": find a contact by an exact email, phone number or identifier (or create it),
 * reuse its open or pending conversation in the inbox (or start one), and send the message there.
 * Every request goes through the node's request rules: prepared by `prepareRequest`, sent and
 * retried by `sendRouted` with the credential's authentication, checked by `checkResponse`.
 */
import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { itemError, refuse } from '../../../common/errors';
import { prepareRequest, sendRouted } from '../../../common/request';
import { parseJsonParameter, pickedId } from '../../helpers/hooks';
import { binaryFilePart, binaryPropertyNames, sendMultipart } from '../../helpers/multipart';
import type { FilePart } from '../../helpers/multipart';
import { inboxPicker } from '../../pickers';

export const OPERATION = 'sendToContact';

/** The first request, as the operation's routing names it; its filled path gives the account. */
export const FIND_PATH = '/api/v1/accounts/{accountId}/contacts/filter';

/** Every route the operation may call, in order (openapi/ describes each; tests check they exist). */
export const SEND_TO_CONTACT_ROUTES = [
	'POST /api/v1/accounts/{account_id}/contacts/filter',
	'POST /api/v1/accounts/{account_id}/contacts',
	'GET /api/v1/accounts/{account_id}/contacts/{contact_id}/conversations',
	'POST /api/v1/accounts/{account_id}/conversations',
	'POST /api/v1/accounts/{account_id}/conversations/{conversation_id}/messages',
];

/** Conversation statuses a message is added to; a resolved or snoozed one gets a new conversation. */
export const REUSED_STATUSES = ['open', 'pending'];

/** Chatwoot's phone number rule (Contact validation), E.164: `+`, then 2 to 15 digits, no leading 0. */
const E164 = /^\+[1-9]\d{1,14}$/;
/** Devise.email_regexp, which Chatwoot validates contact emails with. */
const EMAIL = /^[^@\s]+@[^@\s]+$/;

type LookupKey = 'email' | 'phone_number' | 'identifier';

const show = { show: { resource: ['message'], operation: [OPERATION] } };

export const sendToContactFields: INodeProperties[] = [
	{
		...inboxPicker(
			'The inbox to send from. A new contact is linked to it; its channel decides what the contact needs: an email for email inboxes, a phone number for WhatsApp and SMS.',
		),
		displayOptions: show,
	},
	{
		displayName: 'Find Contact By',
		name: 'contactLookup',
		type: 'options',
		default: 'email',
		displayOptions: show,
		options: [
			{
				name: 'Email',
				value: 'email',
				description: 'The whole address, in any letter case',
			},
			{
				name: 'Identifier',
				value: 'identifier',
				description: 'Your own ID of the contact, exactly as stored (letter case counts)',
			},
			{
				name: 'Phone Number',
				value: 'phone_number',
				description: 'In international E.164 form, such as +4915112345678',
			},
		],
		description:
			'Which value finds the contact. Only a contact whose value is exactly this one is used; when there is none, a contact with it is created.',
	},
	{
		displayName: 'Email',
		name: 'contactValue',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. maria@example.com',
		displayOptions: { show: { ...show.show, contactLookup: ['email'] } },
		description: 'Email address of the contact; compared without regard to letter case',
	},
	{
		displayName: 'Phone Number',
		name: 'contactValue',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. +4915112345678',
		displayOptions: { show: { ...show.show, contactLookup: ['phone_number'] } },
		description:
			'Phone number of the contact in E.164 form: + and the country code, then the number, with no leading 0. Spaces, dashes, dots and brackets are removed.',
	},
	{
		displayName: 'Identifier',
		name: 'contactValue',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. crm-1001',
		displayOptions: { show: { ...show.show, contactLookup: ['identifier'] } },
		description: 'Your own ID of the contact, compared exactly, letter case included',
	},
	{
		displayName: 'Contact Name',
		name: 'contactName',
		type: 'string',
		default: '',
		placeholder: 'e.g. Maria Lopez',
		displayOptions: show,
		description:
			'Name given to the contact when it has to be created; an existing contact keeps its name',
	},
	{
		displayName: 'Message Kind',
		name: 'messageKind',
		type: 'options',
		default: 'text',
		displayOptions: show,
		options: [
			{
				name: 'Text and Files',
				value: 'text',
				description: 'Content, attachments, or both',
			},
			{
				name: 'WhatsApp Template',
				value: 'template',
				description: 'An approved WhatsApp template, needed to write first or after 24 hours',
			},
		],
	},
	{
		displayName: 'Content',
		name: 'content',
		type: 'string',
		typeOptions: { rows: 4 },
		default: '',
		displayOptions: show,
		description:
			'Text of the message. With a template, the text Chatwoot shows for it (the template itself is what WhatsApp delivers). May stay empty when files are attached.',
	},
	{
		displayName: 'Attachments',
		name: 'attachments',
		type: 'string',
		default: '',
		placeholder: 'e.g. data, invoice',
		displayOptions: { show: { ...show.show, messageKind: ['text'] } },
		description:
			'Files to attach: the names of the input item’s binary properties that hold them, separated by commas',
		hint: 'The input panel lists an item’s binary properties under Binary',
	},
	{
		displayName: 'Template Name',
		name: 'templateName',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. order_update',
		displayOptions: { show: { ...show.show, messageKind: ['template'] } },
		description:
			'Name of the approved WhatsApp template, as the WhatsApp Template resource lists it',
	},
	{
		displayName: 'Template Language',
		name: 'templateLanguage',
		type: 'string',
		required: true,
		default: '',
		placeholder: 'e.g. en_US',
		displayOptions: { show: { ...show.show, messageKind: ['template'] } },
		description: 'Language code of the template, as WhatsApp lists it (en, en_US, pt_BR, …)',
	},
	{
		displayName: 'Template Category',
		name: 'templateCategory',
		type: 'string',
		default: '',
		placeholder: 'e.g. UTILITY',
		displayOptions: { show: { ...show.show, messageKind: ['template'] } },
		description: 'Category of the template (MARKETING, UTILITY, AUTHENTICATION); optional',
	},
	{
		displayName: 'Template Params (JSON)',
		name: 'templateParams',
		type: 'json',
		default: '{}',
		displayOptions: { show: { ...show.show, messageKind: ['template'] } },
		description:
			'Values of the template’s variables as a JSON object, sent as processed_params: {"body": {"1": "Maria"}}, or {"1": "Maria"} for body variables only; {} for a template without variables',
	},
];

interface Step {
	method: IHttpRequestMethods;
	url: string;
	body?: IDataObject;
	files?: FilePart[];
}

interface Message {
	body: IDataObject;
	files: FilePart[];
}

/** The lookup value as Chatwoot stores it, or a refusal that says the expected form. */
function lookupValue(context: IExecutePaginationFunctions, key: LookupKey): string {
	const raw = String(context.getNodeParameter('contactValue', '') ?? '').trim();
	const label = { email: 'Email', phone_number: 'Phone Number', identifier: 'Identifier' }[key];
	if (raw === '') {
		refuse(
			context,
			`${label} is required`,
			`Set the ${label} that finds the contact, or map it from an earlier node.`,
		);
	}
	if (key === 'email') {
		if (!EMAIL.test(raw)) {
			refuse(
				context,
				`Email is not an email address, got ${JSON.stringify(raw)}`,
				'Enter one whole address such as maria@example.com: no spaces, one @.',
			);
		}
		// Chatwoot stores emails in lower case and compares them so
		return raw.toLowerCase();
	}
	if (key === 'phone_number') {
		const compact = raw.replace(/[\s\-.()]/g, '');
		if (!E164.test(compact)) {
			refuse(
				context,
				`Phone Number is not in E.164 form, got ${JSON.stringify(raw)}`,
				'Enter + and the country code, then the number without its leading 0, such as +4915112345678 (2 to 15 digits in all). Chatwoot accepts no other form.',
			);
		}
		return compact;
	}
	return raw;
}

/** The message body and files, refused before any request when there is nothing to send. */
async function messageToSend(context: IExecutePaginationFunctions): Promise<Message> {
	const content = String(context.getNodeParameter('content', '') ?? '');
	const body: IDataObject = {};
	if (content.trim() !== '') body.content = content;
	if (context.getNodeParameter('messageKind', 'text') === 'template') {
		const name = String(context.getNodeParameter('templateName', '') ?? '').trim();
		const language = String(context.getNodeParameter('templateLanguage', '') ?? '').trim();
		if (name === '' || language === '') {
			refuse(
				context,
				`Template ${name === '' ? 'Name' : 'Language'} is required to send a WhatsApp template`,
				'Set the name and language of an approved template, as the WhatsApp Template resource lists them.',
			);
		}
		const raw = context.getNodeParameter('templateParams', '{}') as unknown;
		const params =
			raw === '' || raw === undefined
				? {}
				: parseJsonParameter(
						context,
						'templateParams',
						'{"body": {"1": "Maria"}}',
						'a JSON object',
					);
		if (!params || typeof params !== 'object' || Array.isArray(params)) {
			refuse(
				context,
				'Template Params must be a JSON object',
				'Enter an object such as {"body": {"1": "Maria"}}, or {} for a template without variables.',
			);
		}
		const category = String(context.getNodeParameter('templateCategory', '') ?? '').trim();
		body.template_params = {
			name,
			...(category ? { category } : {}),
			language,
			processed_params: params as IDataObject,
		};
		return { body, files: [] };
	}
	const files: FilePart[] = [];
	for (const property of binaryPropertyNames(context.getNodeParameter('attachments', ''))) {
		files.push(
			await binaryFilePart(
				context,
				property,
				'attachments[]',
				'Name the binary properties of the input item that hold the files, separated by commas, e.g. data, invoice.',
			),
		);
	}
	if (body.content === undefined && !files.length) {
		refuse(
			context,
			'The message is empty: set Content or Attachments',
			'Write the text to send, name the binary properties of files to attach, or choose WhatsApp Template as Message Kind.',
		);
	}
	return { body, files };
}

const idOf = (record: IDataObject | undefined) => Number(record?.id);

/**
 * The operation's request function (`routing.operations.pagination`): checks every input, then
 * finds or creates the contact, finds or creates the conversation, and sends the message. One
 * output item: `{contact, conversation, message, contactCreated, conversationCreated}`. A failure
 * after the first request says what had been found or created by then.
 */
export async function sendToContact(
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
): Promise<INodeExecutionData[]> {
	const node = this.getNode();
	const itemIndex = this.getItemIndex();
	const lookup = this.getNodeParameter('contactLookup', 'email') as LookupKey;
	const value = lookupValue(this, lookup);
	const inboxId = pickedId(this, 'inboxId');
	const name = String(this.getNodeParameter('contactName', '') ?? '').trim();
	const message = await messageToSend(this);
	// the account part of the path as fillPathParameters left it (an ID, or the credential's default)
	const account = String(requestData.options.url).replace(/\/contacts\/filter$/, '');

	const send = async (step: Step): Promise<IDataObject> => {
		let options = {
			...requestData.options,
			method: step.method,
			url: `${account}${step.url}`,
			qs: {},
			body: step.body,
		} as DeclarativeRestApiSettings.HttpRequestOptions;
		if (step.files?.length) {
			options = sendMultipart(
				options as IHttpRequestOptions,
				step.body ?? {},
				step.files,
			) as DeclarativeRestApiSettings.HttpRequestOptions;
		}
		prepareRequest(this, options);
		const items = await sendRouted(this, requestData, options);
		return (items[0]?.json ?? {}) as IDataObject;
	};

	const done: string[] = [];
	const soFar = () => {
		const text = done.join(', ');
		return `${text.charAt(0).toUpperCase()}${text.slice(1)}`;
	};
	const during = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
		try {
			return await run();
		} catch (error) {
			// a node error already (the request helpers throw NodeApiError): it keeps its HTTP context
			const failure = error as Error & { message: string; description?: string };
			if (!done.length) throw failure;
			failure.message = `${soFar()}, then ${what} failed: ${failure.message}`;
			failure.description = `Nothing of the above was undone. ${failure.description ?? ''}`.trim();
			throw failure;
		}
	};

	// 1. the contact whose value is exactly this one (docs/server-facts.md#contact-exact-lookup).
	// Email and phone number are unique in an account and the filter compares them whole, so one
	// page holds the match; the identifier is compared in lower case there, so the exact one is
	// picked here
	const found = await send({
		method: 'POST',
		url: '/contacts/filter',
		body: {
			payload: [
				{
					attribute_key: lookup,
					filter_operator: 'equal_to',
					values: [value],
					query_operator: null,
				},
			],
		},
	});
	let contact = (Array.isArray(found.payload) ? (found.payload as IDataObject[]) : []).find(
		(record) =>
			lookup === 'email'
				? String(record.email ?? '').toLowerCase() === value
				: String(record[lookup] ?? '') === value,
	);
	let contactCreated = false;
	let sourceId: string | undefined;
	if (contact) {
		done.push(`found contact ${idOf(contact)}`);
		const link = (Array.isArray(contact.contact_inboxes) ? contact.contact_inboxes : []).find(
			(entry) => idOf((entry as IDataObject).inbox as IDataObject) === inboxId,
		) as IDataObject | undefined;
		if (link?.source_id) sourceId = String(link.source_id);
	} else {
		// 2. none: create it, linked to the inbox (Chatwoot derives the source ID from the channel)
		const created = await send({
			method: 'POST',
			url: '/contacts',
			body: { ...(name ? { name } : {}), [lookup]: value, inbox_id: inboxId },
		});
		const payload = (created.payload ?? {}) as IDataObject;
		contact = (payload.contact ?? {}) as IDataObject;
		contactCreated = true;
		done.push(`contact ${idOf(contact)} was created`);
		const link = payload.contact_inbox as IDataObject | undefined;
		if (link?.source_id) sourceId = String(link.source_id);
	}
	const contactId = idOf(contact);
	if (!(contactId > 0)) {
		throw itemError(
			node,
			itemIndex,
			contactCreated
				? 'Chatwoot created the contact but its answer held no contact ID'
				: 'Chatwoot gave no contact ID',
			'The answer held no contact with an ID, so no conversation was looked for and nothing was sent.',
		);
	}

	// 3. its newest open or pending conversation in the inbox, else a new one; the list holds the
	// 20 newest (docs/server-facts.md#contact-conversations-limit)
	const listed = await during('listing its conversations', async () =>
		send({ method: 'GET', url: `/contacts/${contactId}/conversations` }),
	);
	const conversations = (Array.isArray(listed.payload) ? listed.payload : []) as IDataObject[];
	let conversation = conversations.find(
		(entry) => Number(entry.inbox_id) === inboxId && REUSED_STATUSES.includes(String(entry.status)),
	);
	let conversationCreated = false;
	if (conversation) {
		done.push(`found conversation ${idOf(conversation)}`);
	} else {
		const created = await during('creating the conversation', async () =>
			send({
				method: 'POST',
				url: '/conversations',
				body: {
					contact_id: contactId,
					inbox_id: inboxId,
					...(sourceId ? { source_id: sourceId } : {}),
				},
			}),
		);
		conversation = created;
		// an inbox that keeps one conversation per contact hands back the existing one
		conversationCreated = !conversations.some((entry) => idOf(entry) === idOf(created));
		done.push(
			conversationCreated
				? `conversation ${idOf(created)} was created`
				: `Chatwoot gave back conversation ${idOf(created)} (the inbox keeps one conversation per contact)`,
		);
	}
	const conversationId = idOf(conversation);
	if (!(conversationId > 0)) {
		throw itemError(
			node,
			itemIndex,
			`${soFar()}, but Chatwoot gave no conversation ID`,
			'The message was not sent.',
		);
	}

	// 4. the message
	const sent = await during('sending the message', async () =>
		send({
			method: 'POST',
			url: `/conversations/${conversationId}/messages`,
			body: message.body,
			files: message.files,
		}),
	);
	return [
		{
			json: {
				contact,
				conversation,
				message: sent,
				contactCreated,
				conversationCreated,
			},
		},
	];
}
