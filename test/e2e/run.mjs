// End-to-end: the packed package inside real n8n 2.x and 1.x, every workflow in test/e2e/workflows
// executed headlessly against the local Chatwoot mock, which validates each request against openapi/;
// then the trigger nodes in active workflows of a running n8n (lib/active-triggers.mjs), and for n8n 2.x
// the package in queue mode: PostgreSQL, Redis, a main, two workers and a webhook process (lib/queue-mode.mjs).
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { checkActiveTriggers } from './lib/active-triggers.mjs';
import { checkAiAgent } from './lib/ai-agent.mjs';
import { checkReadyWorkflows } from './lib/ready-workflows.mjs';
import { MOCK_TOKEN, startChatwootMock } from './lib/chatwoot-mock.mjs';
import { N8n } from './lib/n8n.mjs';
import { packFromRegistry, packPackage } from './lib/pack.mjs';
import { N8N_VERSIONS, n8nMajor, REPO_ROOT } from './lib/paths.mjs';
import { checkQueueMode } from './lib/queue-mode.mjs';
import { freePort, seconds } from './lib/proc.mjs';

const WORKFLOWS = path.join(REPO_ROOT, 'test', 'e2e', 'workflows');
const NODE_TYPE = '@n8n-nodes-chatwoot/n8n-nodes-chatwoot.chatwoot';

const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));

/** Partial deep match: every key of `expected` is in `actual` with the same value. */
function matches(actual, expected) {
  if (expected === null || typeof expected !== 'object') return actual === expected;
  if (Array.isArray(expected))
    return (
      Array.isArray(actual) &&
      expected.length === actual.length &&
      expected.every((e, i) => matches(actual[i], e))
    );
  return (
    actual !== null &&
    typeof actual === 'object' &&
    Object.entries(expected).every(([k, v]) => matches(actual[k], v))
  );
}

export function credentialsFor(mockUrl) {
  return [
    {
      id: 'cw-platform',
      name: 'Chatwoot platform app (mock)',
      type: 'chatwootAccessTokenApi',
      data: { baseUrl: mockUrl, tokenType: 'platformApp', accessToken: MOCK_TOKEN, accountId: 1 },
    },
    {
      id: 'cw-user',
      name: 'Chatwoot user (mock)',
      type: 'chatwootAccessTokenApi',
      data: {
        baseUrl: `${mockUrl}/app/accounts/1/dashboard`,
        tokenType: 'user',
        accessToken: MOCK_TOKEN,
        accountId: 1,
      },
    },
    {
      id: 'cw-wrong',
      name: 'Chatwoot wrong token (mock)',
      type: 'chatwootAccessTokenApi',
      data: {
        baseUrl: mockUrl,
        tokenType: 'platformApp',
        accessToken: 'not-the-token',
        accountId: 1,
      },
    },
  ];
}

/** The credentials `npm start` creates: the ones a user needs, not the tests' wrong token. */
export const DEMO_CREDENTIAL_IDS = ['cw-user', 'cw-platform'];

export function demoCredentials(mockUrl) {
  return credentialsFor(mockUrl).filter((credential) =>
    DEMO_CREDENTIAL_IDS.includes(credential.id),
  );
}

/** The most-installed other Chatwoot package, whose credential type is `chatwootApi`. */
export const OTHER_PACKAGE = '@devlikeapro/n8n-nodes-chatwoot@1.0.2';

export function otherPackageCredentials(mockUrl) {
  return [
    {
      id: 'dl-chatwoot',
      name: 'devlikeapro ChatWoot (mock)',
      type: 'chatwootApi',
      data: { url: mockUrl, accessToken: MOCK_TOKEN },
    },
  ];
}

/** Checks one execution against its .expect.json; returns the problems found. */
function check(execution, expected, mock) {
  const problems = [];
  if (execution.status !== expected.status) {
    const error = execution.data?.resultData?.error;
    problems.push(
      `status ${execution.status}, expected ${expected.status}${error ? ` (${error.message})` : ''}`,
    );
  }
  const runData = execution.data?.resultData?.runData ?? {};
  for (const [name, want] of Object.entries(expected.nodes ?? {})) {
    const items = runData[name]?.[0]?.data?.main?.[0];
    if (!items) {
      problems.push(
        `${name}: no output${runData[name]?.[0]?.error ? ` (${runData[name][0].error.message})` : ''}`,
      );
      continue;
    }
    if (want.items !== undefined && items.length !== want.items)
      problems.push(`${name}: ${items.length} items, expected ${want.items}`);
    if (want.json && !matches(items[0]?.json, want.json))
      problems.push(
        `${name}: first item ${JSON.stringify(items[0]?.json)} does not match ${JSON.stringify(want.json)}`,
      );
    for (const file of want.files ?? []) {
      const binary = Object.values(items[0]?.binary ?? {}).find(
        (candidate) => candidate.fileName === file.fileName,
      );
      if (!binary) {
        problems.push(
          `${name}: no binary file ${file.fileName} (has ${
            Object.values(items[0]?.binary ?? {})
              .map((b) => b.fileName)
              .join(', ') || 'none'
          })`,
        );
        continue;
      }
      if (binary.mimeType !== file.mimeType)
        problems.push(`${name}: ${file.fileName} is ${binary.mimeType}, expected ${file.mimeType}`);
      if (typeof file.bytes !== 'string')
        problems.push(`${name}: the expectation for ${file.fileName} gives no bytes`);
      // inline data where the binary mode keeps it in the execution; the size otherwise
      if (binary.data && !binary.id && Buffer.from(binary.data, 'base64').toString() !== file.bytes)
        problems.push(`${name}: ${file.fileName} bytes differ`);
    }
    (want.each ?? []).forEach((item, index) => {
      if (item.json && !matches(items[index]?.json, item.json))
        problems.push(
          `${name}: item ${index} ${JSON.stringify(items[index]?.json)} does not match ${JSON.stringify(item.json)}`,
        );
      for (const [key, text] of Object.entries(item.contains ?? {})) {
        if (!String(items[index]?.json?.[key] ?? '').includes(text))
          problems.push(
            `${name}: item ${index} ${key} ${JSON.stringify(items[index]?.json?.[key])} does not contain ${JSON.stringify(text)}`,
          );
      }
    });
  }
  if (expected.error) {
    const error = execution.data?.resultData?.error;
    const nodeError = runData[expected.error.node]?.[0]?.error;
    const got = nodeError ?? error;
    if (!got || got.message !== expected.error.message)
      problems.push(`error "${got?.message}", expected "${expected.error.message}"`);
    if (
      expected.error.description &&
      !String(got?.description ?? '').includes(expected.error.description)
    ) {
      problems.push(
        `error description "${got?.description}" does not mention "${expected.error.description}"`,
      );
    }
  }
  for (const upload of expected.uploads ?? []) {
    const received = mock.uploads()[upload.fileName];
    if (!received) problems.push(`the mock received no file ${upload.fileName}`);
    else if (received.data.toString() !== upload.bytes)
      problems.push(`the mock received different bytes for ${upload.fileName}`);
  }
  if (JSON.stringify(execution).includes(MOCK_TOKEN))
    problems.push('the access token appears in the execution data');
  // other secrets the workflow must not show, such as an agent bot token the node reads and sends on
  for (const secret of expected.absent ?? [])
    if (JSON.stringify(execution).includes(secret))
      problems.push(`${secret.slice(0, 4)}… appears in the execution data`);
  // what the mock received: each expected request (partial match) must be among them, `count` times when given
  for (const want of expected.received ?? []) {
    const hits = mock.received().filter((request) => matches(request, want.request));
    if (want.count !== undefined ? hits.length !== want.count : hits.length === 0) {
      problems.push(
        `the mock received ${hits.length} requests like ${JSON.stringify(want.request)}, expected ${want.count ?? 'at least 1'}`,
      );
    }
  }
  if (expected.elsewhere !== undefined && mock.elsewhereHits().length !== expected.elsewhere) {
    problems.push(
      `${mock.elsewhereHits().length} requests reached the host a redirect pointed at, expected ${expected.elsewhere}`,
    );
  }
  return problems;
}

export function workflowFiles() {
  return readdirSync(WORKFLOWS)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.expect.json'))
    .sort();
}

/** `--only text` runs just the workflows whose file name contains it (while working on them). */
const only = process.argv.includes('--only')
  ? process.argv[process.argv.indexOf('--only') + 1]
  : undefined;
const selectedWorkflows = () =>
  workflowFiles().filter((file) => only === undefined || file.includes(only));
/** The active-trigger check is selected as `--only active-triggers` (or any part of that). */
const ACTIVE_CHECK = 'active-triggers';
/** The queue-mode check (n8n 2.x only) is selected as `--only queue-mode`. */
const QUEUE_CHECK = 'queue-mode';
/** The ready workflows of docs/workflows that run headlessly are selected as `--only ready`. */
const READY_CHECK = 'ready';
/** The AI Agent check (n8n 2.x only) is selected as `--only ai-agent`. */
const AI_CHECK = 'ai-agent';
/** `E2E_VERSION=<n8n version>` runs against that one pinned version only. */
const versions = process.env.E2E_VERSION
  ? N8N_VERSIONS.filter((version) => version === process.env.E2E_VERSION)
  : N8N_VERSIONS;

/** Which node operations the workflows call: `resource.operation`. */
export function operationsCalled() {
  const called = new Set();
  for (const file of workflowFiles()) {
    for (const node of readJson(path.join(WORKFLOWS, file)).nodes) {
      if (node.type === NODE_TYPE)
        called.add(`${node.parameters.resource}.${node.parameters.operation}`);
    }
  }
  return called;
}

async function nodeOperations() {
  const { Chatwoot } = await import(
    path.join(REPO_ROOT, 'dist', 'nodes', 'Chatwoot', 'Chatwoot.node.js')
  );
  return new Chatwoot().description.properties
    .filter((p) => p.name === 'operation')
    .flatMap((p) => p.options.map((o) => `${p.displayOptions.show.resource[0]}.${o.value}`));
}

async function main() {
  const started = Date.now();
  const all = await nodeOperations();
  const called = operationsCalled();
  const uncalled = all.filter((operation) => !called.has(operation));
  if (uncalled.length) throw new Error(`no e2e workflow calls: ${uncalled.join(', ')}`);

  const tarball = await packPackage();
  const otherTarball = await packFromRegistry(OTHER_PACKAGE);
  const mock = await startChatwootMock(await freePort());
  const results = [];
  try {
    for (const version of versions) {
      const userFolder = mkdtempSync(path.join(os.tmpdir(), `cw-e2e-${version}-`));
      try {
        const n8n = new N8n({ version, userFolder });
        let t = Date.now();
        await n8n.installPackageTarball(tarball);
        // both packages in one n8n, as a user who has both would have them
        await n8n.installPackageTarball(otherTarball);
        await n8n.importCredentials([
          ...credentialsFor(mock.url),
          ...otherPackageCredentials(mock.url),
        ]);
        console.log(
          `[n8n ${version}] package installed and credentials imported in ${seconds(Date.now() - t)}`,
        );
        for (const file of selectedWorkflows()) {
          t = Date.now();
          const workflow = readJson(path.join(WORKFLOWS, file));
          const expected = readJson(path.join(WORKFLOWS, file.replace(/\.json$/, '.expect.json')));
          await n8n.importWorkflow(workflow);
          mock.prism.clear();
          mock.clearReceived();
          const execution = await n8n.executeWorkflow(workflow.id);
          const problems = check(execution, expected, mock);
          for (const rejection of mock.prism.rejections())
            problems.push(
              `mock rejected ${rejection.method} ${rejection.url}: ${rejection.reasons.join('; ')}`,
            );
          const nodes = workflow.nodes.filter((node) => node.type === NODE_TYPE).length;
          results.push({ version, file, problems, nodes });
          console.log(
            `[n8n ${version}] ${problems.length ? 'FAIL' : 'ok  '} ${file} (${nodes} Chatwoot nodes, ${mock.prism.exchanges().length} requests, ${seconds(Date.now() - t)})`,
          );
          for (const problem of problems) console.log(`      ${problem}`);
        }
        if (only === undefined || READY_CHECK === only) {
          for (const { file, problems, requests } of await checkReadyWorkflows(n8n, mock, check)) {
            results.push({ version, file: `ready ${file}`, problems });
            console.log(
              `[n8n ${version}] ${problems.length ? 'FAIL' : 'ok  '} ready ${file} (${requests.length} requests: ${requests.map((r) => `${r.method} ${r.path}`).join(', ')})`,
            );
            for (const problem of problems) console.log(`      ${problem}`);
          }
        }
        if (n8nMajor(version) >= 2 && (only === undefined || AI_CHECK.includes(only))) {
          t = Date.now();
          console.log(
            `[n8n ${version}] ${AI_CHECK}: the ready AI support bot, its model a local scripted mock`,
          );
          const { problems } = await checkAiAgent(
            new N8n({ version, userFolder, port: await freePort() }),
            mock,
            (line) => console.log(`[n8n ${version}] ${line}`),
          );
          results.push({ version, file: AI_CHECK, problems });
          console.log(
            `[n8n ${version}] ${problems.length ? 'FAIL' : 'ok  '} ${AI_CHECK} (${seconds(Date.now() - t)})`,
          );
          for (const problem of problems) console.log(`      ${problem}`);
        }
        if (only === undefined || ACTIVE_CHECK.includes(only)) {
          t = Date.now();
          console.log(
            `[n8n ${version}] ${ACTIVE_CHECK}: the triggers in active workflows of a running n8n`,
          );
          const problems = await checkActiveTriggers(
            new N8n({ version, userFolder, port: await freePort() }),
            mock,
            (line) => console.log(`[n8n ${version}] ${line}`),
          );
          results.push({ version, file: ACTIVE_CHECK, problems });
          console.log(
            `[n8n ${version}] ${problems.length ? 'FAIL' : 'ok  '} ${ACTIVE_CHECK} (${seconds(Date.now() - t)})`,
          );
          for (const problem of problems) console.log(`      ${problem}`);
        }
        if (n8nMajor(version) >= 2 && (only === undefined || QUEUE_CHECK.includes(only))) {
          t = Date.now();
          console.log(
            `[n8n ${version}] ${QUEUE_CHECK}: main, two workers and a webhook process on PostgreSQL and Redis`,
          );
          const { problems } = await checkQueueMode({
            version,
            tarball,
            mock,
            credentials: credentialsFor(mock.url),
            check,
            log: (line) => console.log(`[n8n ${version}] ${line}`),
          });
          results.push({ version, file: QUEUE_CHECK, problems });
          console.log(
            `[n8n ${version}] ${problems.length ? 'FAIL' : 'ok  '} ${QUEUE_CHECK} (${seconds(Date.now() - t)})`,
          );
          for (const problem of problems) console.log(`      ${problem}`);
        }
      } finally {
        rmSync(userFolder, { recursive: true, force: true });
      }
    }
  } finally {
    await mock.stop();
  }
  const failed = results.filter((r) => r.problems.length);
  console.log(
    `\nEvery one of the ${all.length} node operations ran in n8n ${versions.join(' and ')} (${seconds(Date.now() - started)}).`,
  );
  console.log(`e2e: ${results.length - failed.length} passed, ${failed.length} failed`);
  if (failed.length) process.exitCode = 1;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
