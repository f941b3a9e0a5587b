// The local Chatwoot: Prism validates every request against openapi/ and answers with its
// examples; in front of it, the two things Prism cannot know: which token is valid, and which
// records do not exist.
import http from 'node:http';
import path from 'node:path';

import { REPO_ROOT } from './paths.mjs';
import { startPrism } from './prism.mjs';
import { freePort } from './proc.mjs';

export const SPEC = path.join(REPO_ROOT, 'openapi', 'chatwoot.yaml');
export const MOCK_TOKEN = 'e2e-valid-token-5a1c';
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
    if (name) files[name[1]] = { type: /Content-Type: ([^\r\n]+)/i.exec(headers)?.[1] ?? 'application/octet-stream', data: part.subarray(headerEnd + 4) };
    start = next;
  }
  return files;
}

export async function startChatwootMock(port) {
  const prism = await startPrism(SPEC, await freePort());
  const refusedTokens = [];
  // what was uploaded as attachments, served back when a workflow downloads them
  const files = {};

  const front = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      if (req.url.startsWith(FILES)) {
        const name = decodeURIComponent(req.url.split('?')[0].split('/').pop());
        const file = files[name] ?? { type: 'application/octet-stream', data: Buffer.from(`e2e file ${name}`) };
        res.writeHead(200, { 'content-type': file.type, 'content-length': file.data.length });
        return res.end(file.data);
      }
      Object.assign(files, uploadedFiles(req.headers['content-type'], body));
      const isPublic = req.url.startsWith('/public/');
      const token = req.headers['api-access-token'];
      if (!isPublic && token !== undefined && token !== MOCK_TOKEN) {
        refusedTokens.push(`${req.method} ${req.url}`);
        return json(res, 401, { error: 'Invalid Access Token' });
      }
      const forward = http.request(
        `${prism.url}${req.url}`,
        { method: req.method, headers: req.headers },
        (upstream) => {
          const answer = [];
          upstream.on('data', (chunk) => answer.push(chunk));
          upstream.on('end', () => {
            const missing = new URL(req.url, 'http://x').pathname.split('/').includes(MISSING_ID);
            if (missing && upstream.statusCode < 400) return json(res, 404, { error: 'Resource could not be found' });
            let answerBody = Buffer.concat(answer);
            if (answerBody.includes(EXAMPLE_HOST)) {
              // attachment links point back at the mock, which then serves the files
              answerBody = Buffer.from(answerBody.toString().replaceAll(EXAMPLE_HOST, `http://127.0.0.1:${port}`));
            }
            res.writeHead(upstream.statusCode, { ...upstream.headers, 'content-length': answerBody.length });
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
    /** Files received as attachments, by file name. */
    uploads: () => ({ ...files }),
    async stop() {
      await new Promise((resolve) => front.close(resolve));
      await prism.stop();
    },
  };
}

function json(res, status, body) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}
