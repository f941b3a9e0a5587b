import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { itemError } from '../../common/errors';

export interface FilePart {
	field: string;
	fileName: string;
	mimeType: string;
	data: Buffer;
}

/** A value as a multipart text field: objects as JSON, booleans and numbers as text. */
function fieldText(value: unknown): string {
	if (value !== null && typeof value === 'object') return JSON.stringify(value);
	return String(value);
}

const quoted = (text: string) =>
	text.replace(/[\r\n"\\]/g, (c) => (c === '"' ? '%22' : c === '\\' ? '\\\\' : ' '));

/**
 * `multipart/form-data` built by hand: community nodes ship no runtime dependencies, and n8n's
 * request helper sends a Buffer body unchanged.
 */
export function multipartBody(fields: IDataObject, files: FilePart[], boundary: string): Buffer {
	const chunks: Buffer[] = [];
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null) continue;
		const values = Array.isArray(value)
			? value.map((v) => [`${name}[]`, v] as const)
			: [[name, value] as const];
		for (const [key, item] of values) {
			chunks.push(
				Buffer.from(
					`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(key)}"\r\n\r\n${fieldText(item)}\r\n`,
				),
			);
		}
	}
	for (const file of files) {
		chunks.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(file.field)}"; filename="${quoted(file.fileName)}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`,
			),
			file.data,
			Buffer.from('\r\n'),
		);
	}
	chunks.push(Buffer.from(`--${boundary}--\r\n`));
	return Buffer.concat(chunks);
}

/** `data, invoice` or `['data', 'invoice']` (from an expression) → `['data', 'invoice']`. */
export function binaryPropertyNames(value: unknown): string[] {
	const names = Array.isArray(value) ? value : String(value ?? '').split(',');
	return names.map((name) => String(name ?? '').trim()).filter(Boolean);
}

/**
 * The input item's binary property `name` as a file part named `field`. A missing property is
 * refused naming the item, what it has, and `whatFor` (what the property should hold).
 */
export async function binaryFilePart(
	context: IExecuteSingleFunctions,
	name: string,
	field: string,
	whatFor: string,
): Promise<FilePart> {
	let binary;
	try {
		binary = context.helpers.assertBinaryData(name);
	} catch {
		const itemIndex = context.getItemIndex();
		const present = Object.keys(context.getInputData()?.binary ?? {});
		throw itemError(
			context.getNode(),
			itemIndex,
			`Item ${itemIndex} has no binary property "${name}"`,
			`${whatFor} ${present.length ? `This item has: ${present.join(', ')}.` : 'This item has no binary data: read, download or build the file in an earlier node.'}`,
			{ numbered: false },
		);
	}
	return {
		field,
		fileName: binary.fileName ?? name,
		mimeType: binary.mimeType || 'application/octet-stream',
		data: await context.helpers.getBinaryDataBuffer(name),
	};
}

/** Turns the request into `multipart/form-data` with `fields` and `files`. */
export function sendMultipart(
	requestOptions: IHttpRequestOptions,
	fields: IDataObject,
	files: FilePart[],
): IHttpRequestOptions {
	const boundary = `----n8nChatwoot${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
	requestOptions.body = multipartBody(fields, files, boundary);
	requestOptions.headers = {
		...requestOptions.headers,
		'Content-Type': `multipart/form-data; boundary=${boundary}`,
	};
	requestOptions.json = false;
	return requestOptions;
}

/**
 * Sends the input item's binary properties named in `parameterName` (comma-separated) as
 * `attachments[]`, with the JSON body's fields beside them. Without files the body stays JSON.
 * Runs after every other pre-send of the operation, once the JSON body is complete.
 */
export function sendAttachments(parameterName: string) {
	return async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions) {
		const names = binaryPropertyNames(this.getNodeParameter(parameterName, ''));
		if (!names.length) return requestOptions;
		const files: FilePart[] = [];
		for (const name of names) {
			files.push(
				await binaryFilePart(
					this,
					name,
					'attachments[]',
					'Name the binary properties of the input item that hold the files, separated by commas, e.g. data, invoice.',
				),
			);
		}
		return sendMultipart(requestOptions, (requestOptions.body ?? {}) as IDataObject, files);
	};
}
