#!/usr/bin/env node
// Proves the e2e infrastructure on every pinned n8n version: a throwaway community package is packed,
// installed like a user would, run headlessly against a local server, then served by `n8n start`.
// Usage: node test/e2e/smoke.mjs [version ...]   (run test/e2e/install.mjs first; E2E_KEEP=1 keeps the temp folder)
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { N8n } from './lib/n8n.mjs';
import { N8N_VERSIONS } from './lib/paths.mjs';
import { freePort, run, seconds } from './lib/proc.mjs';

const PKG = 'n8n-nodes-e2e-smoke';
const TOKEN = 'smoke-token-123';

const timings = [];
async function timed(label, fn) {
  const t0 = Date.now();
  try {
    return await fn();
  } finally {
    const ms = Date.now() - t0;
    timings.push([label, ms]);
    console.log(`[smoke] ${label}: ${seconds(ms)}`);
  }
}

function writeFiles(root, files) {
  for (const [file, content] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(
      path.join(root, file),
      typeof content === 'string' ? content : `${JSON.stringify(content, null, 2)}\n`,
    );
  }
}

/** A minimal package as `npm pack` of a built community node would contain it: plain CommonJS in dist/. */
async function packSmokePackage(workDir) {
  const src = path.join(workDir, 'pkg');
  writeFiles(src, {
    'package.json': {
      name: PKG,
      version: '0.0.1',
      keywords: ['n8n-community-node-package'],
      license: 'MIT',
      files: ['dist'],
      n8n: {
        n8nNodesApiVersion: 1,
        credentials: ['dist/credentials/SmokeApi.credentials.js'],
        nodes: ['dist/nodes/SmokeGet/SmokeGet.node.js'],
      },
      peerDependencies: { 'n8n-workflow': '*' },
    },
    'dist/credentials/SmokeApi.credentials.js': `
class SmokeApi {
  constructor() {
    this.name = 'smokeApi';
    this.displayName = 'Smoke API';
    this.properties = [{ displayName: 'Token', name: 'token', type: 'string', typeOptions: { password: true }, default: '' }];
    this.authenticate = { type: 'generic', properties: { headers: { 'X-Smoke-Token': '={{$credentials.token}}' } } };
  }
}
module.exports = { SmokeApi };
`,
    'dist/nodes/SmokeGet/SmokeGet.node.js': `
class SmokeGet {
  constructor() {
    this.description = {
      displayName: 'Smoke Get',
      name: 'smokeGet',
      group: ['transform'],
      version: 1,
      description: 'GET a path below a base URL',
      defaults: { name: 'Smoke Get' },
      inputs: ['main'],
      outputs: ['main'],
      credentials: [{ name: 'smokeApi', required: true }],
      requestDefaults: { baseURL: '={{$parameter.baseUrl}}', headers: { Accept: 'application/json' } },
      properties: [
        { displayName: 'Base URL', name: 'baseUrl', type: 'string', default: '' },
        { displayName: 'Path', name: 'path', type: 'string', default: '/hello', routing: { request: { method: 'GET', url: '={{$value}}' } } },
      ],
    };
  }
}
module.exports = { SmokeGet };
`,
  });
  const { stdout } = await run('npm', ['pack', '--pack-destination', workDir, '--json'], {
    cwd: src,
  });
  return path.join(workDir, JSON.parse(stdout)[0].filename);
}

/** The API the node talks to: answers /hello with a fixed body when the credential's header is right. */
async function startApi() {
  const requests = [];
  const server = http.createServer((req, res) => {
    requests.push({ method: req.method, url: req.url, token: req.headers['x-smoke-token'] });
    const send = (status, body) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers['x-smoke-token'] !== TOKEN) return send(401, { error: 'bad token' });
    if (req.method === 'GET' && req.url === '/hello')
      return send(200, { hello: 'world', answer: 42, list: [1, 2] });
    return send(500, { error: `unexpected ${req.method} ${req.url}` });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    requests,
    close: () => new Promise((r) => server.close(r)),
  };
}

const EXPECTED = { hello: 'world', answer: 42, list: [1, 2] };

function workflow(name, trigger, apiUrl, credentialId, nodePath = '/hello') {
  return {
    name,
    nodes: [
      trigger,
      {
        id: 'b0000000-0000-4000-8000-000000000002',
        name: 'Smoke Get',
        type: `${PKG}.smokeGet`,
        typeVersion: 1,
        position: [220, 0],
        parameters: { baseUrl: apiUrl, path: nodePath },
        credentials: { smokeApi: { id: credentialId, name: 'Smoke credential' } },
      },
    ],
    connections: { [trigger.name]: { main: [[{ node: 'Smoke Get', type: 'main', index: 0 }]] } },
  };
}

const manualTrigger = {
  id: 'b0000000-0000-4000-8000-000000000001',
  name: 'Manual Trigger',
  type: 'n8n-nodes-base.manualTrigger',
  typeVersion: 1,
  position: [0, 0],
  parameters: {},
};

const webhookTrigger = {
  id: 'b0000000-0000-4000-8000-000000000003',
  name: 'Webhook',
  type: 'n8n-nodes-base.webhook',
  typeVersion: 2,
  position: [0, 0],
  webhookId: 'b0000000-0000-4000-8000-0000000000aa',
  parameters: { httpMethod: 'GET', path: 'e2e-smoke', responseMode: 'lastNode', options: {} },
};

const outputOf = (execution, node) =>
  execution.data?.resultData?.runData?.[node]?.[0]?.data?.main?.[0];

async function smokeVersion(version, tgz, api, workDir) {
  const port = await freePort();
  const n8n = new N8n({ version, userFolder: path.join(workDir, `user-${version}`), port });
  const tag = `n8n ${version}`;

  const pkg = await timed(`${tag}: install package tarball`, () => n8n.installPackageTarball(tgz));
  assert.equal(pkg.name, PKG);
  const [credential] = await timed(`${tag}: import credentials`, () =>
    n8n.importCredentials({ name: 'Smoke credential', type: 'smokeApi', data: { token: TOKEN } }),
  );
  const manualId = await timed(`${tag}: import workflow`, () =>
    n8n.importWorkflow(workflow('Smoke manual', manualTrigger, api.url, credential.id)),
  );

  const execution = await timed(`${tag}: execute workflow`, () => n8n.executeWorkflow(manualId));
  assert.equal(
    execution.status,
    'success',
    `execution status: ${JSON.stringify(execution.data?.resultData?.error ?? execution.status)}`,
  );
  assert.deepEqual(
    outputOf(execution, 'Smoke Get')?.map((item) => item.json),
    [EXPECTED],
  );

  // the other way round: a failing node must surface as a failed execution, not as a pass
  const failingId = await n8n.importWorkflow(
    workflow('Smoke failing', manualTrigger, api.url, credential.id, '/missing'),
  );
  const failed = await timed(`${tag}: execute failing workflow`, () =>
    n8n.executeWorkflow(failingId),
  );
  assert.equal(failed.status, 'error', `a 500 from the API gave status ${failed.status}`);

  const webhookId = await n8n.importWorkflow(
    workflow('Smoke webhook', webhookTrigger, api.url, credential.id),
  );
  await timed(`${tag}: activate workflow`, () => n8n.activateWorkflow(webhookId));

  await timed(`${tag}: n8n start`, () => n8n.startServer());
  try {
    const owner = await timed(`${tag}: owner setup`, () => n8n.setupOwner());
    const me = await fetch(`${n8n.baseUrl}/rest/login`, { headers: owner.headers }).then((r) =>
      r.json(),
    );
    assert.equal(
      me.data?.email,
      owner.user.email,
      `GET /rest/login with the owner's cookie: ${JSON.stringify(me)}`,
    );
    const hook = await timed(`${tag}: call webhook`, () =>
      fetch(`${n8n.baseUrl}/webhook/e2e-smoke`),
    );
    const hookBody = await hook.text();
    assert.equal(hook.status, 200, `webhook answered ${hook.status}: ${hookBody}`);
    assert.deepEqual(JSON.parse(hookBody), EXPECTED);
  } finally {
    const ended = await timed(`${tag}: stop server`, () => n8n.stopServer());
    assert.ok(
      ended && !ended.forced && ended.code === 0,
      `n8n ${version} did not stop cleanly: ${JSON.stringify(ended)}`,
    );
  }
  const stillOpen = await fetch(n8n.baseUrl).then(
    () => true,
    () => false,
  );
  assert.equal(stillOpen, false, `n8n ${version} still answers on ${n8n.baseUrl} after stop`);
}

async function main() {
  const versions = process.argv.slice(2).length ? process.argv.slice(2) : N8N_VERSIONS;
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'n8n-e2e-smoke-'));
  const api = await startApi();
  let failed = 0;
  try {
    const tgz = await timed('npm pack smoke package', () => packSmokePackage(workDir));
    for (const version of versions) {
      const t0 = Date.now();
      try {
        await smokeVersion(version, tgz, api, workDir);
        console.log(`[smoke] PASS n8n ${version} in ${seconds(Date.now() - t0)}`);
      } catch (err) {
        failed++;
        console.error(
          `[smoke] FAIL n8n ${version} after ${seconds(Date.now() - t0)}\n${err.stack ?? err}`,
        );
      }
    }
  } finally {
    await api.close();
    if (failed || process.env.E2E_KEEP) console.error(`[smoke] kept ${workDir} for inspection`);
    else rmSync(workDir, { recursive: true, force: true });
  }
  console.log('\n[smoke] timings');
  for (const [label, ms] of timings) console.log(`  ${seconds(ms).padStart(7)}  ${label}`);
  console.log(`\n${versions.length - failed} passed, ${failed} failed`);
  process.exitCode = failed ? 1 : 0;
}

main().catch((err) => {
  console.error(`[smoke] ${err.stack ?? err}`);
  process.exitCode = 1;
});
