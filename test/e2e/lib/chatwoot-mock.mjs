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

export async function startChatwootMock(port) {
  const prism = await startPrism(SPEC, await freePort());
  const refusedTokens = [];

  const front = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
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
            res.writeHead(upstream.statusCode, upstream.headers);
            res.end(Buffer.concat(answer));
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
