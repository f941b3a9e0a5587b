// The node in the real n8n editor: a headless Chromium searches the node panel for the words a user would
// type (each must list the node, with the package's description), adds the node, fills "Update a user",
// executes the step against the local Chatwoot mock and checks both the output panel and the request sent;
// then Settings -> Community Nodes must list the package, and a contact picker used with a platform app
// credential must say that the token kind cannot list contacts.
// Usage: node test/e2e/editor.mjs   (run test/e2e/install.mjs first; screenshots go to artifacts/)
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';

import { startChatwootMock } from './lib/chatwoot-mock.mjs';
import { DEFAULT_OWNER, N8n } from './lib/n8n.mjs';
import { packPackage } from './lib/pack.mjs';
import {
  CHROMIUM_PATH,
  N8N_V2,
  N8N_VERSIONS,
  n8nMajor,
  REPO_ROOT,
  requireInstalled,
  TOOLS_DIR,
} from './lib/paths.mjs';
import { freePort, seconds } from './lib/proc.mjs';
import { credentialsFor } from './run.mjs';
import {
  READY_WORKFLOWS,
  readReady,
  readyCredentials,
  withCredentialIds,
} from './lib/ai-agent.mjs';

const DEFAULT_ARTIFACTS = path.join(REPO_ROOT, 'artifacts');
/** The README's pictures of the ready workflows; `--ready-images` refreshes them from the screenshots. */
export const READY_IMAGES = path.join(REPO_ROOT, 'docs', 'images');
export const readyImageName = (file) => `workflow-${file.replace(/\.json$/, '')}.png`;

/** Imports each ready workflow of docs/workflows, opens it and screenshots its canvas. */
async function screenshotReadyWorkflows(page, n8n, mockUrl, artifactsDir) {
  const credentials = readyCredentials(mockUrl, 'http://127.0.0.1:9/v1');
  await n8n.importCredentials(credentials);
  const shots = [];
  for (const file of readdirSync(READY_WORKFLOWS)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const workflow = withCredentialIds(readReady(file), credentials);
    const id = await n8n.importWorkflow({
      ...workflow,
      id: `cwShot${file.replace(/\W+/g, '').slice(0, 10)}`,
    });
    await page.goto(`/workflow/${id}`);
    const nodes = page.locator('[data-test-id="canvas-node"]');
    await nodes.first().waitFor();
    const count = await nodes.count();
    if (count !== workflow.nodes.length)
      throw new Error(
        `${file}: the canvas shows ${count} nodes, the workflow has ${workflow.nodes.length}`,
      );
    await page.waitForTimeout(1_000);
    const shot = path.join(artifactsDir, readyImageName(file));
    await page.locator('[data-test-id="canvas"]').first().screenshot({ path: shot });
    shots.push(shot);
  }
  return shots;
}
const CREDENTIAL = 'Chatwoot platform app (mock)';
const ACTION = 'Update a user';
const USER_ID = '42';
const NAME = 'Ada King';
const EXPECTED = {
  method: 'PATCH',
  url: `/platform/api/v1/users/${USER_ID}`,
  body: { name: NAME },
};
/** A platform app token can only call the Platform API, so an account picker must refuse it. */
const PLATFORM_CREDENTIAL = 'Chatwoot platform app (mock)';
const PICKER_ACTION = 'Get a contact';
/** What the contact picker must show with that credential: the token kind, and what to use instead. */
const PICKER_ERROR = /platform app token.*user access token/is;
// words a user types in the node panel, each of which must list the node (the codex aliases and the
// display name are what n8n searches), and the text the panel shows under its name: n8n merges the node
// with its trigger into one entry and shows the trigger's description there
export const SEARCH_WORDS = [
  'send message',
  'create contact',
  'contact',
  'whatsapp',
  'ticket',
  'chatwoot',
  'helpdesk',
  'conversation',
];
export const PANEL_DESCRIPTION =
  'Send messages, manage conversations, contacts and more in Chatwoot, or start a workflow on its events';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** An artifact's file name: the 2.x run keeps the plain name, other versions add theirs. */
const artifactName = (name, version) =>
  version === N8N_V2 ? `${name}.png` : `${name}-${version}.png`;

async function loadChromium() {
  requireInstalled(TOOLS_DIR, 'the e2e tools (playwright-core)');
  if (!existsSync(CHROMIUM_PATH))
    throw new Error(`${CHROMIUM_PATH} is missing: apt-get update && apt-get install -y chromium`);
  const entry = path.join(TOOLS_DIR, 'node_modules', 'playwright-core', 'index.mjs');
  return (await import(pathToFileURL(entry).href)).chromium;
}

/** A path as short as it can be shown: relative to the repo when inside it. */
const shown = (file) =>
  file.startsWith(`${REPO_ROOT}${path.sep}`) ? path.relative(REPO_ROOT, file) : file;
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (text) => new RegExp(`^\\s*${escapeRegExp(text)}\\s*$`);

/**
 * Types each search word in the open node panel and checks that the node is listed once, with the
 * package's description under its name on n8n 2.x. n8n 1.x shows no description in the panel's root
 * list (it blanks it for every node there), so on 1.x the entry must have none. One screenshot a word.
 */
async function searchNodePanel(page, step, { version, artifactsDir, view }) {
  const byTestId = (id) => page.locator(`[data-test-id="${id}"]`);
  const expected = n8nMajor(version) >= 2 ? PANEL_DESCRIPTION : '';
  for (const word of SEARCH_WORDS) {
    await step(`search "${word}" in the ${view} node panel`, async () => {
      await byTestId('node-creator-search-bar').fill(word);
      const entry = page
        .locator(
          '[data-test-id="node-creator-action-item"], [data-test-id="node-creator-node-item"]',
        )
        .filter({
          has: byTestId('node-creator-item-name').filter({ hasText: exactly('Chatwoot') }),
        });
      await entry.first().waitFor({ timeout: 10_000 });
      const count = await entry.count();
      if (count !== 1) throw new Error(`${count} entries named Chatwoot, expected 1`);
      const description = entry.locator('[data-test-id="node-creator-item-description"]');
      const shown = (await description.count()) ? (await description.innerText()).trim() : '';
      if (shown !== expected) throw new Error(`the entry says "${shown}", expected "${expected}"`);
      await entry.scrollIntoViewIfNeeded();
      await byTestId('node-creator').screenshot({
        path: path.join(
          artifactsDir,
          `node-search-${word.replace(/\s+/g, '-')}-${view}-${version}.png`,
        ),
      });
    });
  }
}

/** A step runner that names the step in its error, so that a failure says where the editor stopped. */
function stepper() {
  return async (name, fn) => {
    try {
      return await fn();
    } catch (error) {
      throw new Error(`step "${name}" failed: ${error.message.split('\n')[0]}`, { cause: error });
    }
  };
}

/** Opens a new workflow and adds the Chatwoot node with `action`, set to the credential named `credential`. */
async function addChatwootAction(page, step, action, credential) {
  const byTestId = (id) => page.locator(`[data-test-id="${id}"]`);
  await step('open a new workflow', async () => {
    await page.goto('/workflow/new');
    await byTestId('canvas-add-button').click();
    await byTestId('node-creator').waitFor();
  });

  await step('search "Chatwoot" in the node panel', async () => {
    await byTestId('node-creator-search-bar').fill('Chatwoot');
    await byTestId('node-creator-item-name')
      .filter({ hasText: exactly('Chatwoot') })
      .click();
  });

  await step(`choose the action "${action}"`, async () => {
    // the node's page lists the package's triggers first and may fold the actions: open them, then
    // pick the action by its exact text
    const item = byTestId('node-creator-item-name').filter({ hasText: exactly(action) });
    if (!(await item.isVisible()))
      await page
        .getByText(/^Actions \(\d+\)$/)
        .first()
        .click();
    await item.click();
    await byTestId('ndv').waitFor();
  });

  await step(`select the credential "${credential}"`, async () => {
    const select = byTestId('node-credentials-select');
    // n8n preselects one of the imported credentials of the type, not necessarily this one
    if ((await select.locator('input').inputValue()) !== credential) {
      await select.click();
      await page
        .locator('[data-test-id^="node-credentials-select-item"]')
        .filter({ hasText: credential })
        .click();
    }
    const selected = await select.locator('input').inputValue();
    if (selected !== credential) throw new Error(`the panel shows "${selected}"`);
  });
}

/** The editor steps of "Update a user"; each throws with the step's name. */
async function driveEditor(page, { version, artifactsDir }) {
  const byTestId = (id) => page.locator(`[data-test-id="${id}"]`);
  const step = stepper();

  await step('log in', async () => {
    await page.goto('/signin');
    const form = byTestId('signin-form');
    await form.locator('input[type="email"]').fill(DEFAULT_OWNER.email);
    await form.locator('input[type="password"]').fill(DEFAULT_OWNER.password);
    await byTestId('form-submit-button').click();
    await page.waitForURL((url) => !url.pathname.startsWith('/signin'));
  });

  await step('open a new workflow', async () => {
    await page.goto('/workflow/new');
    await byTestId('canvas-add-button').click();
    await byTestId('node-creator').waitFor();
  });

  await searchNodePanel(page, step, { version, artifactsDir, view: 'trigger' });

  await addChatwootAction(page, step, ACTION, CREDENTIAL);

  await step(`fill "User ID" with ${USER_ID}`, async () => {
    const input = byTestId('parameter-input-userId').locator('input');
    await input.fill(USER_ID);
    await input.blur();
  });

  await step(`add "Name" to "Update Fields" and type "${NAME}"`, async () => {
    const updateFields = byTestId('node-parameters')
      .locator('[data-test-id="parameter-item"]')
      .filter({
        has: page.locator('[data-test-id="input-label"]', { hasText: /^\s*Update Fields/ }),
      });
    // 2.x marks the add-option select with collection-parameter-add, 1.x does not; both show the placeholder
    await updateFields.getByPlaceholder('Add Field', { exact: true }).click();
    await byTestId('collection-parameter-option')
      .filter({ hasText: exactly('Name') })
      .click();
    const input = byTestId('parameter-input-name').locator('input');
    await input.fill(NAME);
    await input.blur();
  });

  await step('screenshot the parameter panel', () =>
    byTestId('ndv').screenshot({ path: path.join(artifactsDir, `editor-${version}-panel.png`) }),
  );

  await step('execute the step', async () => {
    await byTestId('node-execute-button').click();
    const output = byTestId('output-panel');
    const nodeError = output.locator('[data-test-id="node-error-message"]');
    await output.filter({ hasText: NAME }).or(nodeError).waitFor({ timeout: 60_000 });
    if (await nodeError.isVisible())
      throw new Error(`the node failed: ${(await nodeError.innerText()).trim()}`);
  });

  await step('screenshot the output', () =>
    byTestId('ndv').screenshot({ path: path.join(artifactsDir, `editor-${version}-output.png`) }),
  );

  await step('open the node panel for a next step', async () => {
    // 2.x closes the panel with ndv-close-button, 1.x with its "Back to canvas" link
    await byTestId('ndv-close-button').or(byTestId('back-to-canvas')).first().click();
    await byTestId('ndv').waitFor({ state: 'hidden' });
    await byTestId('node-creator-plus-button').click();
    await byTestId('node-creator').waitFor();
  });

  await searchNodePanel(page, step, { version, artifactsDir, view: 'next-step' });
}

/**
 * Settings -> Community Nodes lists the package as installed from that page: its row shows the
 * name, the version, the node count and the node names (the REST answer behind it is checked in runEditorTest).
 */
async function checkCommunityNodes(page, { version, artifactsDir, pkg }) {
  const step = stepper();
  await step('open Settings -> Community Nodes and find the package', async () => {
    await page.goto('/settings/community-nodes');
    const card = page
      .locator('[data-test-id="community-package-card"]')
      .filter({ hasText: pkg.name });
    await card.waitFor();
    const text = await card.innerText();
    if (!text.includes(`v${pkg.version}`))
      throw new Error(`the row does not show version v${pkg.version}: ${JSON.stringify(text)}`);
    if (!new RegExp(`\\b${pkg.nodes.length} nodes?\\b`).test(text))
      throw new Error(`the row does not show ${pkg.nodes.length} nodes: ${JSON.stringify(text)}`);
    const missing = pkg.nodes.filter((node) => !text.includes(node.displayName));
    if (missing.length)
      throw new Error(
        `the row does not name ${missing.map((node) => node.displayName).join(', ')}: ${JSON.stringify(text)}`,
      );
  });
  await step('screenshot Settings -> Community Nodes', () =>
    page.screenshot({ path: path.join(artifactsDir, artifactName('community-nodes', version)) }),
  );
}

/**
 * A contact picker with a platform app credential on an account operation: the list is refused
 * before any request, and the picker must say why instead of listing nothing. Resolves with the
 * error shown.
 */
async function checkPickerError(page, { version, artifactsDir }) {
  const step = stepper();
  const byTestId = (id) => page.locator(`[data-test-id="${id}"]`);
  await addChatwootAction(page, step, PICKER_ACTION, PLATFORM_CREDENTIAL);
  return step('open the contact picker list and read its error', async () => {
    await byTestId('parameter-input-contactId').locator('[data-test-id="rlc-input"]').click();
    const error = page.locator('[data-test-id="rlc-error-container"]').filter({ visible: true });
    await error.first().waitFor();
    const shown = (await error.first().innerText()).trim();
    if (!PICKER_ERROR.test(shown))
      throw new Error(`the picker shows ${JSON.stringify(shown)}, expected ${PICKER_ERROR}`);
    await page.screenshot({ path: path.join(artifactsDir, artifactName('picker-error', version)) });
    return shown;
  });
}

/** What the mock saw beyond the one expected request; empty when all is well. */
function requestProblems(mock, firstExchange, firstRefused) {
  const problems = [];
  const exchanges = mock.prism.exchanges().slice(firstExchange);
  const matching = exchanges.filter((e) => e.method === EXPECTED.method && e.url === EXPECTED.url);
  if (matching.length !== 1) {
    const seen = exchanges.map((e) => `${e.method} ${e.url}`).join(', ') || 'none';
    problems.push(
      `expected exactly one ${EXPECTED.method} ${EXPECTED.url}, got ${matching.length} (requests: ${seen})`,
    );
  } else if (!isDeepStrictEqual(matching[0].requestBody, EXPECTED.body)) {
    problems.push(
      `${EXPECTED.method} ${EXPECTED.url} sent ${JSON.stringify(matching[0].requestBody)}, expected ${JSON.stringify(EXPECTED.body)}`,
    );
  }
  for (const e of exchanges.filter((x) => x.rejected))
    problems.push(`mock rejected ${e.method} ${e.url}: ${e.reasons.join('; ')}`);
  for (const r of mock.refusedTokens().slice(firstRefused))
    problems.push(`mock refused the access token of ${r}`);
  return problems;
}

/**
 * One n8n version: fresh user folder, the packed package installed, credentials imported, server and
 * owner set up, then the editor driven in Chromium. Resolves with timings; rejects with a clear message
 * after writing editor-<version>-failure.png. `mock` is a startChatwootMock() result (its record of
 * requests is checked); without one, a mock is started for this run. `tarball` defaults to a fresh pack.
 */
export async function runEditorTest({
  version,
  mock,
  mockUrl,
  tarball,
  artifactsDir = DEFAULT_ARTIFACTS,
  readyWorkflows = false,
}) {
  if (mockUrl && !mock)
    throw new Error(
      'runEditorTest needs the mock object (startChatwootMock), not only its URL: it checks the requests it recorded',
    );
  if (mockUrl && mockUrl !== mock.url)
    throw new Error(`mockUrl ${mockUrl} is not the given mock's URL ${mock.url}`);
  const chromium = await loadChromium();
  mkdirSync(artifactsDir, { recursive: true });
  const ownMock = mock ? null : await startChatwootMock(await freePort());
  const chatwoot = mock ?? ownMock;
  const userFolder = mkdtempSync(path.join(os.tmpdir(), `cw-editor-${version}-`));
  const profile = mkdtempSync(path.join(os.tmpdir(), `cw-editor-chromium-${version}-`));
  const started = Date.now();
  let packed;
  let n8n;
  let context;
  let page;
  const blocked = [];
  try {
    n8n = new N8n({ version, userFolder, port: await freePort() });
    if (!tarball) packed = tarball = await packPackage();
    const installed = await n8n.installPackageTarball(tarball);
    await n8n.importCredentials(credentialsFor(chatwoot.url));
    // the same install the demo makes: listed under Settings -> Community Nodes
    const pkg = await n8n.recordCommunityPackage(installed.name);
    await n8n.startServer();
    await n8n.setupOwner();
    const listed = (await n8n.communityPackages()).find((p) => p.packageName === pkg.name);
    const listedTypes = listed?.installedNodes.map((node) => node.type).sort();
    const packageTypes = pkg.nodes.map((node) => `${pkg.name}.${node.name}`).sort();
    if (
      listed?.installedVersion !== installed.version ||
      listed.failedLoading ||
      !isDeepStrictEqual(listedTypes, packageTypes)
    )
      throw new Error(
        `GET /rest/community-packages does not list ${pkg.name} ${installed.version} with ${packageTypes.join(', ')}: ${JSON.stringify(listed)}`,
      );
    const serverMs = Date.now() - started;

    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      args: CHROMIUM_ARGS,
      baseURL: n8n.baseUrl,
      viewport: { width: 1600, height: 1000 },
    });
    await context.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === '127.0.0.1') return route.continue();
      blocked.push(url.href);
      return route.abort();
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(30_000);

    const firstExchange = chatwoot.prism.exchanges().length;
    const firstRefused = chatwoot.refusedTokens().length;
    await driveEditor(page, { version, artifactsDir });
    const problems = requestProblems(chatwoot, firstExchange, firstRefused);
    if (problems.length) throw new Error(problems.join('\n  '));
    await checkCommunityNodes(page, { version, artifactsDir, pkg });
    const beforePicker = chatwoot.prism.exchanges().length;
    const pickerError = await checkPickerError(page, { version, artifactsDir });
    const sent = chatwoot.prism.exchanges().slice(beforePicker);
    if (sent.length)
      throw new Error(
        `the picker should be refused before any request, the mock received: ${sent.map((e) => `${e.method} ${e.url}`).join(', ')}`,
      );
    const readyShots = readyWorkflows
      ? await screenshotReadyWorkflows(page, n8n, chatwoot.url, artifactsDir)
      : [];
    return {
      readyShots,
      version,
      pickerError,
      ms: Date.now() - started,
      serverMs,
      editorMs: Date.now() - started - serverMs,
    };
  } catch (error) {
    const shot = path.join(artifactsDir, `editor-${version}-failure.png`);
    const saved = page
      ? await page.screenshot({ path: shot }).then(
          () => true,
          () => false,
        )
      : false;
    let where = saved
      ? `screenshot: ${shown(shot)}`
      : 'no screenshot: the browser never opened a page';
    if (n8n?.server) {
      const log = path.join(artifactsDir, `editor-${version}-n8n.log`);
      writeFileSync(log, n8n.server.log);
      where += `; n8n log: ${shown(log)}`;
    }
    const outside = blocked.length
      ? `\n  (requests outside 127.0.0.1 that were aborted: ${[...new Set(blocked)].join(', ')})`
      : '';
    throw new Error(`editor, n8n ${version}: ${error.message}\n  (${where})${outside}`, {
      cause: error,
    });
  } finally {
    await context?.close().catch(() => {});
    await n8n?.stopServer();
    await ownMock?.stop();
    // packPackage puts each tarball in a folder of its own
    if (packed) rmSync(path.dirname(packed), { recursive: true, force: true });
    rmSync(profile, { recursive: true, force: true });
    rmSync(userFolder, { recursive: true, force: true });
  }
}

async function main() {
  const tarball = await packPackage();
  const mock = await startChatwootMock(await freePort());
  let passed = 0;
  let failed = 0;
  try {
    const versions = process.env.E2E_VERSION
      ? N8N_VERSIONS.filter((version) => version === process.env.E2E_VERSION)
      : N8N_VERSIONS;
    for (const version of versions) {
      const started = Date.now();
      try {
        // the ready workflows use n8n 2.x nodes: their canvases are taken in the newest version
        const readyWorkflows = version === N8N_VERSIONS[0];
        const r = await runEditorTest({ version, mock, tarball, readyWorkflows });
        if (process.argv.includes('--ready-images')) {
          mkdirSync(READY_IMAGES, { recursive: true });
          for (const shot of r.readyShots)
            copyFileSync(shot, path.join(READY_IMAGES, path.basename(shot)));
        }
        if (r.readyShots.length)
          console.log(
            `[editor] ${r.readyShots.length} ready workflow canvases: ${r.readyShots.map(shown).join(', ')}`,
          );
        passed++;
        console.log(
          `[editor] ok   n8n ${version} in ${seconds(r.ms)} (n8n ready ${seconds(r.serverMs)}, editor ${seconds(r.editorMs)})\n  picker error shown: ${JSON.stringify(r.pickerError)}`,
        );
      } catch (error) {
        failed++;
        console.log(
          `[editor] FAIL n8n ${version} after ${seconds(Date.now() - started)}\n  ${error.message}`,
        );
      }
    }
  } finally {
    await mock.stop();
    rmSync(path.dirname(tarball), { recursive: true, force: true });
  }
  console.log(`editor: ${passed} passed, ${failed} failed`);
  if (failed) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
