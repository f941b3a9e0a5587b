// The local Chatwoot: Prism validates every request against openapi/ and answers with its
// examples; in front of it, what Prism cannot know: which token is valid, which records do not
// exist, and the account's webhooks, which are kept for real so that a trigger can register,
// receive signed deliveries and remove its webhook.
import { createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';

import { REPO_ROOT } from './paths.mjs';
import { startPrism } from './prism.mjs';
import { freePort } from './proc.mjs';

export const SPEC = path.join(REPO_ROOT, 'openapi', 'chatwoot.yaml');
export const MOCK_TOKEN = 'e2e-valid-token-5a1c';
/** The agent bot token openapi's agent bot examples give: the mock takes it as a bot's token. */
export const MOCK_BOT_TOKEN = '8xVqKgo4Mbm6yFQd3hJtLsRe';
/** Any path segment equal to this ID answers 404, as Chatwoot does for a record that does not exist. */
export const MISSING_ID = '404404';
/** The host the openapi examples put in attachment links; the mock serves those files itself. */
const EXAMPLE_HOST = 'https://chat.example.com';
const FILES = '/rails/active_storage/';

/** The files of a multipart body: { fileName: { type, data } }. */
function uploadedFiles(contentType, body) {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType ?? '');
  if (!boundary) return {};
  const files = {};
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let start = body.indexOf(marker);
  while (start !== -1) {
    const next = body.indexOf(marker, start + marker.length);
    if (next === -1) break;
    const part = body.subarray(start + marker.length + 2, next - 2);
    const headerEnd = part.indexOf('\r\n\r\n');
    const headers = part.subarray(0, headerEnd).toString();
    const name = /filename="([^"]*)"/.exec(headers);
    if (name)
      files[name[1]] = {
        type: /Content-Type: ([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream',
        data: part.subarray(headerEnd + 4),
      };
    start = next;
  }
  return files;
}

const WEBHOOKS = /^\/api\/v1\/accounts\/([0-9]+)\/webhooks(?:\/([0-9]+))?$/;
const AGENT_BOT = /^\/api\/v1\/accounts\/([0-9]+)\/agent_bots\/([0-9]+)(\/reset_secret)?$/;

/**
 * Faults Prism cannot produce, chosen by a record ID in the path: what a misconfigured proxy, a
 * debug build, a rate limiter or a hung server answers. `elsewhere` is the other host a redirect
 * points at; it records whatever reaches it (nothing should).
 */
export const FAULT_IDS = {
  redirect: '302302',
  echo401: '401401',
  echo500: '500500',
  html200: '200200',
  rateLimitedOnce: '429429',
  hung: '408408',
};

function faultFor(pathname) {
  const segments = pathname.split('/');
  return Object.entries(FAULT_IDS).find(([, id]) => segments.includes(id))?.[0];
}

/**
 * The account webhooks as Chatwoot keeps them: one per URL and account, a secret each, answers
 * wrapped in `payload` (docs/server-facts.md#webhook-shapes). Requests reach it only after Prism accepted them, and only while
 * it is `live`; otherwise Prism's examples answer, as for every other route.
 */
function webhookStore() {
  const webhooks = new Map();
  let nextId = 1;
  const calls = [];
  const wrap = (webhook) => ({ payload: { webhook } });
  return {
    live: false,
    calls,
    /** Starts keeping webhooks, with none stored and no calls recorded. */
    start() {
      webhooks.clear();
      calls.length = 0;
      this.live = true;
    },
    stop() {
      this.live = false;
    },
    list: () => [...webhooks.values()],
    /** A webhook that exists before the test, as one left behind by an earlier activation would. */
    seed(webhook) {
      const stored = {
        id: nextId++,
        account_id: 1,
        name: null,
        secret: randomBytes(12).toString('hex'),
        ...webhook,
      };
      webhooks.set(stored.id, stored);
      return stored;
    },
    answer(method, match, body) {
      const [, accountId, id] = match;
      const input = body.webhook ?? body;
      calls.push({ method, id: id === undefined ? undefined : Number(id), body: input });
      if (!id && method === 'GET') return [200, { payload: { webhooks: [...webhooks.values()] } }];
      if (!id && method === 'POST') {
        if ([...webhooks.values()].some((webhook) => webhook.url === input.url))
          return [422, { message: 'Url has already been taken' }];
        const { inbox_id: inboxId, ...fields } = input;
        const webhook = this.seed({
          account_id: Number(accountId),
          ...fields,
          ...(inboxId ? { inbox: { id: inboxId } } : {}),
        });
        return [200, wrap(webhook)];
      }
      const webhook = webhooks.get(Number(id));
      if (!webhook) return [404, { error: 'Resource could not be found' }];
      if (method === 'DELETE') {
        webhooks.delete(webhook.id);
        return [200, undefined];
      }
      const { inbox_id: inboxId, ...fields } = input;
      Object.assign(webhook, fields);
      if (inboxId === null) delete webhook.inbox;
      else if (inboxId !== undefined) webhook.inbox = { id: inboxId };
      return [200, wrap(webhook)];
    },
  };
}

/**
 * The account's agent bots as Chatwoot keeps them, for the routes a trigger listening as a bot uses:
 * read a bot (with its secret, as an administrator sees it), change its `outgoing_url`, renew its
 * secret. Only while `live`; otherwise Prism's examples answer.
 */
function agentBotStore() {
  const bots = new Map();
  const calls = [];
  return {
    live: false,
    calls,
    start() {
      bots.clear();
      calls.length = 0;
      this.live = true;
    },
    stop() {
      this.live = false;
    },
    get: (id) => bots.get(Number(id)),
    /** A bot of account 1 that exists before the test. */
    seed(bot) {
      const stored = {
        name: 'Bot',
        description: null,
        thumbnail: '',
        outgoing_url: null,
        bot_type: 'webhook',
        bot_config: {},
        account_id: 1,
        system_bot: false,
        secret: randomBytes(12).toString('hex'),
        ...bot,
      };
      bots.set(stored.id, stored);
      return stored;
    },
    answer(method, match, body) {
      const [, , id, reset] = match;
      calls.push({ method, id: Number(id), reset: Boolean(reset), body });
      const bot = bots.get(Number(id));
      if (!bot) return [404, { error: 'Resource could not be found' }];
      if (reset) bot.secret = randomBytes(12).toString('hex');
      else if (method === 'PATCH') Object.assign(bot, body);
      return [200, bot];
    },
  };
}

/** The headers Chatwoot signs a delivery with (lib/webhooks/trigger.rb). */
export function signedHeaders(
  secret,
  rawBody,
  { timestamp = Math.floor(Date.now() / 1000), deliveryId = randomBytes(8).toString('hex') } = {},
) {
  const signature = createHmac('sha256', secret)
    .update(`${timestamp}.`)
    .update(rawBody)
    .digest('hex');
  return {
    'content-type': 'application/json',
    'x-chatwoot-signature': `sha256=${signature}`,
    'x-chatwoot-timestamp': String(timestamp),
    'x-chatwoot-delivery': deliveryId,
  };
}

/**
 * `keep(method, pathname, query, body)`, when given, answers the requests Prism accepted for the
 * records it keeps itself: [status, body] (body undefined: no body), or undefined to let Prism's
 * example answer (the demo's stateful Chatwoot, demo-chatwoot.mjs).
 */
export async function startChatwootMock(port, { keep } = {}) {
  const prism = await startPrism(SPEC, await freePort());
  const refusedTokens = [];
  // what was uploaded as attachments, served back when a workflow downloads them
  const files = {};
  const webhooks = webhookStore();
  const agentBots = agentBotStore();
  // every request the front received (method, path, query, body), for expectations on what was sent
  const received = [];
  const rateLimited = new Set();
  const elsewhereHits = [];
  const elsewhere = http.createServer((req, res) => {
    elsewhereHits.push({ method: req.method, url: req.url, headers: req.headers });
    req.resume();
    json(res, 200, { stolen: true });
  });
  await new Promise((resolve) => elsewhere.listen(0, '127.0.0.1', resolve));
  const elsewhereUrl = `http://127.0.0.1:${elsewhere.address().port}`;

  const front = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url.startsWith(FILES)) {
        const name = decodeURIComponent(req.url.split('?')[0].split('/').pop());
        const file = files[name] ?? {
          type: 'application/octet-stream',
          data: Buffer.from(`e2e file ${name}`),
        };
        res.writeHead(200, { 'content-type': file.type, 'content-length': file.data.length });
        return res.end(file.data);
      }
      Object.assign(files, uploadedFiles(req.headers['content-type'], body));
      const url = new URL(req.url, 'http://x');
      received.push({
        method: req.method,
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        body:
          /json/.test(req.headers['content-type'] ?? '') && body.length
            ? JSON.parse(body.toString())
            : undefined,
      });
      const isPublic = req.url.startsWith('/public/');
      const token = req.headers['api-access-token'];
      received[received.length - 1].token =
        token === MOCK_TOKEN ? 'credential' : token === MOCK_BOT_TOKEN ? 'bot' : token && 'other';
      if (!isPublic && token !== undefined && token !== MOCK_TOKEN && token !== MOCK_BOT_TOKEN) {
        refusedTokens.push(`${req.method} ${req.url}`);
        return json(res, 401, { error: 'Invalid Access Token' });
      }
      const fault = faultFor(url.pathname);
      if (fault === 'redirect') {
        res.writeHead(302, { location: `${elsewhereUrl}${req.url}` });
        return res.end();
      }
      // the request's own headers repeated, as some proxies and debug builds do
      if (fault === 'echo401')
        return json(res, 401, {
          error: `Invalid access token ${token}`,
          request_headers: { 'api-access-token': token },
        });
      if (fault === 'echo500') {
        res.writeHead(500, { 'content-type': 'text/plain' });
        return res.end(`Internal error while handling request with api_access_token=${token}`);
      }
      if (fault === 'html200') {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
        return res.end(
          '<!DOCTYPE html><html><head><title>Sign in to the company portal</title></head><body>Please sign in</body></html>',
        );
      }
      if (fault === 'rateLimitedOnce' && !rateLimited.has(`${req.method} ${url.pathname}`)) {
        rateLimited.add(`${req.method} ${url.pathname}`);
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
        return res.end(JSON.stringify({ error: 'Throttled' }));
      }
      if (fault === 'hung') {
        // answers nothing; the socket is closed long after any sensible timeout
        setTimeout(() => res.destroy(), 5000).unref();
        return;
      }
      const forward = http.request(
        `${prism.url}${req.url}`,
        { method: req.method, headers: req.headers },
        (upstream) => {
          const answer = [];
          upstream.on('data', (chunk) => answer.push(chunk));
          upstream.on('end', () => {
            const pathname = new URL(req.url, 'http://x').pathname;
            const missing = pathname.split('/').includes(MISSING_ID);
            if (missing && upstream.statusCode < 400)
              return json(res, 404, { error: 'Resource could not be found' });
            const kept =
              upstream.statusCode < 400
                ? keep?.(
                    req.method,
                    pathname,
                    Object.fromEntries(url.searchParams),
                    /json/.test(req.headers['content-type'] ?? '') && body.length
                      ? JSON.parse(body.toString())
                      : {},
                  )
                : undefined;
            if (kept) {
              const [status, answer] = kept;
              if (answer === undefined) {
                res.writeHead(status);
                return res.end();
              }
              return json(res, status, answer);
            }
            const webhookRoute = WEBHOOKS.exec(pathname);
            if (webhookRoute && webhooks.live && upstream.statusCode < 400) {
              const [status, answer] = webhooks.answer(
                req.method,
                webhookRoute,
                body.length ? JSON.parse(body.toString()) : {},
              );
              if (answer === undefined) {
                res.writeHead(status);
                return res.end();
              }
              return json(res, status, answer);
            }
            const botRoute = AGENT_BOT.exec(pathname);
            if (botRoute && agentBots.live && upstream.statusCode < 400) {
              const [status, answer] = agentBots.answer(
                req.method,
                botRoute,
                body.length ? JSON.parse(body.toString()) : {},
              );
              return json(res, status, answer);
            }
            let answerBody = Buffer.concat(answer);
            if (answerBody.includes(EXAMPLE_HOST)) {
              // attachment links point back at the mock, which then serves the files
              answerBody = Buffer.from(
                answerBody.toString().replaceAll(EXAMPLE_HOST, `http://127.0.0.1:${port}`),
              );
            }
            res.writeHead(upstream.statusCode, {
              ...upstream.headers,
              'content-length': answerBody.length,
            });
            res.end(answerBody);
          });
        },
      );
      forward.on('error', (error) => json(res, 502, { error: `mock: ${error.message}` }));
      forward.end(body);
    });
  });
  await new Promise((resolve) => front.listen(port, '127.0.0.1', resolve));

  return {
    url: `http://127.0.0.1:${port}`,
    prism,
    refusedTokens: () => [...refusedTokens],
    /** Requests received since the last `clearReceived()`: { method, path, query, body }. */
    received: () => [...received],
    clearReceived: () => {
      received.length = 0;
      rateLimited.clear();
    },
    /** Requests that reached the other host a redirect pointed at. */
    elsewhereHits: () => [...elsewhereHits],
    /** Files received as attachments, by file name. */
    uploads: () => ({ ...files }),
    /** The account's webhooks once `start()`ed: `list()`, `seed(webhook)`, and `calls` (each accepted webhook request). */
    webhooks,
    /** The account's agent bots once `start()`ed: `get(id)`, `seed(bot)`, and `calls`. */
    agentBots,
    async stop() {
      front.closeAllConnections?.();
      await new Promise((resolve) => front.close(resolve));
      await new Promise((resolve) => elsewhere.close(resolve));
      await prism.stop();
    },
  };
}

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
