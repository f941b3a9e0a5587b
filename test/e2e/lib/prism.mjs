// Prism as a validating mock of an OpenAPI spec, with a record of what it refused and why.
import { spawn } from 'node:child_process';
import http from 'node:http';
import path from 'node:path';
import { NODE24, NODE24_DIR, TOOLS_DIR, requireInstalled } from './paths.mjs';
import { freePort, killGroup } from './proc.mjs';

const PRISM_CLI = path.join(
  TOOLS_DIR,
  'node_modules',
  '@stoplight',
  'prism-cli',
  'dist',
  'index.js',
);

/**
 * Start `prism mock` for `specPath` and serve it on 127.0.0.1:`port`.
 *
 * Prism itself listens on a private port behind a small recording proxy. The proxy exists because
 * Prism's log does not say which request a validation line belongs to once requests overlap (n8n
 * sends one request per item concurrently), while each response carries its own verdict: an
 * `application/problem+json` body when Prism refused the request, and an `sl-violations` header
 * listing every request and response violation even when a spec-declared 4xx example was served.
 *
 * `errors: true` passes `--errors`: a response example that breaks its own schema then becomes a
 * 500 instead of only a logged violation. Request validation fails the same way with or without it.
 */
export async function startPrism(specPath, port, { errors = false, timeoutMs = 60_000 } = {}) {
  requireInstalled(NODE24_DIR, 'Node 24');
  requireInstalled(TOOLS_DIR, 'the e2e tools (prism)');
  const prismPort = await freePort();
  const args = [
    PRISM_CLI,
    'mock',
    '-h',
    '127.0.0.1',
    '-p',
    String(prismPort),
    ...(errors ? ['--errors'] : []),
    path.resolve(specPath),
  ];
  const child = spawn(NODE24, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', SCARF_ANALYTICS: 'false' },
  });
  let log = '';
  const exited = new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  await new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => fail(`prism did not listen within ${timeoutMs / 1000}s`),
      timeoutMs,
    );
    function fail(reason) {
      clearTimeout(timer);
      killGroup(child.pid, 'SIGKILL');
      reject(new Error(`${reason}\n--- prism output ---\n${log}`));
    }
    const onData = (chunk) => {
      log += chunk.toString();
      if (log.includes('Prism is listening on')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', (err) => fail(`cannot start prism: ${err.message}`));
    exited.then(({ code, signal }) => fail(`prism exited (${code ?? signal}) before listening`));
  });

  const exchanges = [];
  const proxy = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const requestBody = Buffer.concat(chunks);
      const headers = { ...req.headers, host: `127.0.0.1:${prismPort}` };
      const upstream = http.request(
        { host: '127.0.0.1', port: prismPort, method: req.method, path: req.url, headers },
        (up) => {
          const body = [];
          up.on('data', (c) => body.push(c));
          up.on('end', () => {
            const responseBody = Buffer.concat(body);
            exchanges.push(describe(req, requestBody, up, responseBody));
            res.writeHead(up.statusCode, up.headers);
            res.end(responseBody);
          });
        },
      );
      upstream.on('error', (err) => {
        exchanges.push({
          method: req.method,
          url: req.url,
          status: 502,
          rejected: true,
          reasons: [`proxy: ${err.message}`],
          violations: [],
        });
        res.writeHead(502, { 'content-type': 'text/plain' });
        res.end(`prism unreachable: ${err.message}`);
      });
      upstream.end(requestBody);
    });
  });
  await new Promise((resolve, reject) => {
    proxy.once('error', (err) => {
      killGroup(child.pid, 'SIGKILL');
      reject(new Error(`cannot listen on 127.0.0.1:${port}: ${err.message}`));
    });
    proxy.listen(port, '127.0.0.1', resolve);
  });

  return {
    url: `http://127.0.0.1:${port}`,
    /** Every request seen: { method, url, headers, requestBody, status, responseBody, rejected, reasons, violations }. */
    exchanges: () => [...exchanges],
    /** The requests Prism refused, each with the reasons it gave. */
    rejections: () => exchanges.filter((e) => e.rejected),
    /** Problems with the spec itself: served responses that break the spec's own schemas. */
    responseViolations: () =>
      exchanges.flatMap((e) =>
        e.violations
          .filter((v) => v.location?.[0] === 'response')
          .map((v) => ({ ...v, method: e.method, url: e.url })),
      ),
    clear: () => exchanges.splice(0),
    log: () => log,
    async stop() {
      await new Promise((resolve) => proxy.close(resolve));
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

function parseJson(buffer) {
  try {
    return JSON.parse(buffer.toString());
  } catch {
    return undefined;
  }
}

function describe(req, requestBody, up, responseBody) {
  const header = up.headers['sl-violations'];
  const violations =
    (header && parseJson(Buffer.from(header))) || (header ? [{ message: header }] : []);
  const requestErrors = violations.filter(
    (v) => v.location?.[0] === 'request' && v.severity === 'Error',
  );
  const contentType = String(up.headers['content-type'] ?? '');
  const parsed = contentType.includes('json') ? parseJson(responseBody) : undefined;
  const problem = contentType.startsWith('application/problem+json') ? parsed : undefined;
  const reasons = [];
  if (problem) {
    const details = problem.validation?.map((v) => `${v.location.join('.')}: ${v.message}`) ?? [];
    reasons.push(
      ...(details.length
        ? details.map((d) => `${problem.title}: ${d}`)
        : [`${problem.title}: ${problem.detail}`]),
    );
  }
  for (const v of requestErrors) {
    const reason = `${v.location.join('.')}: ${v.message}`;
    if (!reasons.some((r) => r.endsWith(reason))) reasons.push(reason);
  }
  return {
    method: req.method,
    url: req.url,
    headers: req.headers,
    requestBody: requestBody.length
      ? (parseJson(requestBody) ?? requestBody.toString())
      : undefined,
    status: up.statusCode,
    responseBody: parsed ?? responseBody.toString(),
    rejected: Boolean(problem) || requestErrors.length > 0,
    reasons,
    violations,
  };
}
