import type {
	IBinaryKeyData,
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import { chatwootApiRequest } from '../../common/transport';
import { itemError } from '../../common/errors';
import { fillPathParameters } from './hooks';

/** Attachments per page of `GET …/conversations/{conversationId}/attachments`, newest first. */
export const ATTACHMENTS_PER_PAGE = 100;

/** Attachment kinds whose `data_url` is a link or nothing rather than a stored file. */
const NOT_FILES = new Set(['contact', 'fallback', 'location']);

function recordsOf(body: unknown): IDataObject[] {
	const payload = (body as IDataObject | undefined)?.payload;
	return Array.isArray(payload) ? (payload as IDataObject[]) : [];
}

/**
 * The message's attachments, in the order they were attached. The list runs newest first over the
 * whole conversation, so paging stops once a page ends on an older message than the one wanted,
 * as well as on a short page, on `meta.total_count`, or on a page with nothing new (servers that
 * ignore `page`).
 */
async function attachmentsOfMessage(
	context: IExecuteSingleFunctions,
	firstPage: unknown,
	path: string,
	messageId: number,
): Promise<IDataObject[]> {
	const found: IDataObject[] = [];
	const seen = new Set<string>();
	let body = firstPage;
	for (let page = 1; ; page++) {
		const records = recordsOf(body);
		let fresh = 0;
		for (const record of records) {
			const key = String(record.id ?? record.data_url ?? JSON.stringify(record));
			if (seen.has(key)) continue;
			seen.add(key);
			fresh++;
			if (Number(record.message_id) === messageId) found.push(record);
		}
		const total = Number(
			((body as IDataObject | undefined)?.meta as IDataObject | undefined)?.total_count,
		);
		const lastMessageId = Number(records[records.length - 1]?.message_id);
		const more =
			records.length >= ATTACHMENTS_PER_PAGE &&
			fresh > 0 &&
			!(Number.isFinite(total) && page * ATTACHMENTS_PER_PAGE >= total) &&
			lastMessageId >= messageId;
		if (!more) return found.reverse();
		body = await chatwootApiRequest.call(context, {
			method: 'GET',
			path,
			qs: { page: page + 1 },
			itemIndex: context.getItemIndex(),
		});
	}
}

function headerText(headers: IDataObject, name: string): string {
	const value = headers[name] ?? headers[name.toLowerCase()];
	return Array.isArray(value) ? String(value[0] ?? '') : String(value ?? '');
}

/** `attachment; filename*=UTF-8''r%C3%A9sum%C3%A9.pdf` or `inline; filename="photo.png"` → the name. */
export function dispositionFileName(header: string): string | undefined {
	const extended = /filename\*\s*=\s*[\w-]*'[^']*'([^;]+)/i.exec(header);
	if (extended) {
		try {
			return decodeURIComponent(extended[1].trim());
		} catch {
			// a malformed escape: the plain filename below, if any, is the better name
		}
	}
	const plain = /filename\s*=\s*(?:"((?:\\.|[^"\\])*)"|([^;]+))/i.exec(header);
	const name = plain?.[1]?.replace(/\\(.)/g, '$1') ?? plain?.[2]?.trim();
	return name || undefined;
}

/** The last segment of the file's address; Active Storage addresses end with the file name. */
function urlFileName(url: string): string | undefined {
	try {
		const segment = new URL(url).pathname.split('/').pop() ?? '';
		return segment ? decodeURIComponent(segment) : undefined;
	} catch {
		return undefined;
	}
}

interface Downloaded {
	data: Buffer;
	fileName: string;
	mimeType?: string;
}

async function download(
	context: IExecuteSingleFunctions,
	record: IDataObject,
	property: string,
	messageId: number,
): Promise<Downloaded> {
	const url = String(record.data_url);
	const itemIndex = context.getItemIndex();
	const what = `attachment ${String(record.id ?? property)} of message ${messageId}`;
	const request: IHttpRequestOptions = {
		method: 'GET',
		url,
		encoding: 'arraybuffer',
		returnFullResponse: true,
		ignoreHttpStatusErrors: true,
	};
	let response: IN8nHttpFullResponse;
	try {
		// the plain helper: data_url is usually a storage or CDN address, which must never receive the Chatwoot token
		response = (await context.helpers.httpRequest(request)) as IN8nHttpFullResponse;
	} catch (error) {
		throw itemError(
			context.getNode(),
			itemIndex,
			`Could not download ${what}`,
			`n8n could not reach ${url}: ${(error as Error).message}`,
		);
	}
	if (response.statusCode >= 400) {
		throw itemError(
			context.getNode(),
			itemIndex,
			`Could not download ${what}: the file address answered ${response.statusCode}`,
			`Chatwoot gave ${url} as the file's address (data_url). Check that n8n can reach the storage it points to, and that the file still exists.`,
		);
	}
	const headers = (response.headers ?? {}) as IDataObject;
	const contentType = headerText(headers, 'content-type').split(';')[0].trim().toLowerCase();
	const extension =
		typeof record.extension === 'string' && record.extension
			? `.${record.extension.replace(/^\./, '')}`
			: '';
	return {
		data: Buffer.from(response.body as Buffer),
		fileName:
			dispositionFileName(headerText(headers, 'content-disposition')) ??
			urlFileName(url) ??
			`${property}${extension}`,
		// a generic type says nothing: n8n then goes by the file name
		mimeType: contentType && contentType !== 'application/octet-stream' ? contentType : undefined,
	};
}

/**
 * Post-receive hook of "Download message attachments": from the conversation's attachment list
 * (first page in `response`, further pages fetched as needed from `listPath`), keeps the
 * attachments of the message in the `messageId` parameter, downloads each file from its
 * `data_url` and returns one item: the attachments' metadata as json, the files as binary
 * `attachment_0`, `attachment_1`, …
 */
export function downloadMessageAttachments(listPath: string) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const messageId = Number(this.getNodeParameter('messageId'));
		const { url: path } = await fillPathParameters.call(this, { url: listPath });
		const records = await attachmentsOfMessage(this, response.body, path, messageId);
		const attachments: IDataObject[] = [];
		const binary: IBinaryKeyData = {};
		for (const record of records) {
			if (!record.data_url || NOT_FILES.has(String(record.file_type))) {
				attachments.push(record);
				continue;
			}
			const property = `attachment_${Object.keys(binary).length}`;
			const file = await download(this, record, property, messageId);
			binary[property] = await this.helpers.prepareBinaryData(
				file.data,
				file.fileName,
				file.mimeType,
			);
			attachments.push({
				...record,
				binary_property: property,
				file_name: binary[property].fileName,
				mime_type: binary[property].mimeType,
			});
		}
		const item: INodeExecutionData = { json: { message_id: messageId, attachments } };
		if (Object.keys(binary).length) item.binary = binary;
		return [item];
	};
}
