import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
	method: string;
	path: string;
	query: Record<string, string | string[]>;
	/** The query string exactly as sent, e.g. `labels[]=a&labels[]=b`. */
	rawQuery: string;
	headers: http.IncomingHttpHeaders;
	rawBody: Buffer;
	/** The body parsed as JSON when it is JSON, else undefined. */
	body: unknown;
}

export interface Reply {
	status?: number;
	body?: unknown;
	headers?: Record<string, string>;
}

export type Responder = (request: RecordedRequest) => Reply | undefined;

/** A local HTTP server that records every request and answers from a list of responders. */
export class Recorder {
	readonly requests: RecordedRequest[] = [];

	private responders: Responder[] = [];

	private server = http.createServer((req, res) => this.handle(req, res));

	baseUrl = '';

	async start(): Promise<this> {
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
		return this;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server.close(() => resolve()));
	}

	/** Forget recorded requests and responders between tests. */
	reset(): void {
		this.requests.length = 0;
		this.responders = [];
	}

	/** Answers matching requests; the most recently added responder that returns a reply wins. */
	on(responder: Responder): this {
		this.responders.unshift(responder);
		return this;
	}

	/** Answers `METHOD path` (path without query) with a fixed reply. */
	reply(method: string, path: string, reply: Reply): this {
		return this.on((request) =>
			request.method === method && request.path === path ? reply : undefined,
		);
	}

	private handle(req: http.IncomingMessage, res: http.ServerResponse): void {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const url = new URL(req.url ?? '/', 'http://127.0.0.1');
			const query: Record<string, string | string[]> = {};
			for (const key of new Set(url.searchParams.keys())) {
				const values = url.searchParams.getAll(key);
				query[key] = values.length > 1 || key.endsWith('[]') ? values : values[0];
			}
			const rawBody = Buffer.concat(chunks);
			let body: unknown;
			if (rawBody.length && /json/.test(String(req.headers['content-type']))) {
				try {
					body = JSON.parse(rawBody.toString('utf8'));
				} catch {
					body = undefined;
				}
			}
			const recorded: RecordedRequest = {
				method: req.method ?? 'GET',
				path: url.pathname,
				query,
				rawQuery: decodeURIComponent(url.search.replace(/^\?/, '')),
				headers: req.headers,
				rawBody,
				body,
			};
			this.requests.push(recorded);
			let reply: Reply | undefined;
			for (const responder of this.responders) {
				reply = responder(recorded);
				if (reply) break;
			}
			reply ??= { status: 200, body: {} };
			const payload =
				reply.body === undefined
					? ''
					: typeof reply.body === 'string' || Buffer.isBuffer(reply.body)
						? reply.body
						: JSON.stringify(reply.body);
			res.writeHead(reply.status ?? 200, {
				'content-type':
					typeof reply.body === 'string' ? 'text/plain' : 'application/json; charset=utf-8',
				...reply.headers,
			});
			res.end(payload);
		});
	}
}
