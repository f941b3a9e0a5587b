// `npm start`: n8n 2.x with this package installed as a community package (listed under Settings ->
// Community Nodes), a local Chatwoot that keeps contacts, labels, teams, canned responses, webhooks
// and platform users in memory, and ready credentials pointing at it. Runs until Ctrl-C.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { startDemoChatwoot } from './lib/demo-chatwoot.mjs';
import { DEFAULT_OWNER, N8n } from './lib/n8n.mjs';
import { packPackage } from './lib/pack.mjs';
import { CACHE_DIR, N8N_V2, REPO_ROOT } from './lib/paths.mjs';
import { run, seconds } from './lib/proc.mjs';
import { demoCredentials } from './run.mjs';

const N8N_PORT = Number(process.env.N8N_PORT ?? 5678);
const MOCK_PORT = Number(process.env.CHATWOOT_MOCK_PORT ?? 4010);
const USER_FOLDER = path.join(CACHE_DIR, 'demo-n8n');

/** Runs one step of the demo, saying what it does and how long it took. */
async function step(what, action) {
  const started = Date.now();
  console.log(`[demo] ${what}...`);
  const result = await action();
  console.log(`[demo] ${what}: done in ${seconds(Date.now() - started)}`);
  return result;
}

async function main() {
  const cached = existsSync(path.join(CACHE_DIR, `n8n-${N8N_V2}`, '.installed'));
  console.log(
    cached
      ? '[demo] n8n is installed already (.cache/e2e); starting takes about 25 seconds.'
      : '[demo] First run: installing Node 24, n8n and the mock into .cache/e2e. Measured on a 2-core machine it takes about 7 minutes\n' +
          "[demo] (most of it n8n's npm install and its native builds); later runs start in about 25 seconds. Logs: .cache/e2e/logs/",
  );
  await step('Installing Node 24, the mock tools and n8n', () =>
    run(
      process.execPath,
      [path.join(REPO_ROOT, 'test', 'e2e', 'install.mjs'), 'node-24', 'tools', `n8n-${N8N_V2}`],
      { timeoutMs: 30 * 60_000, echo: true },
    ),
  );
  const firstRun = !existsSync(path.join(USER_FOLDER, '.n8n', 'database.sqlite'));
  mkdirSync(USER_FOLDER, { recursive: true });

  const mock = await step('Starting the Chatwoot mock', () => startDemoChatwoot(MOCK_PORT));
  const n8n = new N8n({ version: N8N_V2, userFolder: USER_FOLDER, port: N8N_PORT });
  const pkg = await step('Building the package and installing it into n8n', async () =>
    n8n.installPackageTarball(await packPackage()),
  );
  await step('Adding the credentials and the example workflow', async () => {
    // only what a user needs: the tests' wrong-token credential stays out of the demo
    await n8n.importCredentials(demoCredentials(mock.url));
    await n8n.importWorkflow(path.join(REPO_ROOT, 'test', 'e2e', 'examples', 'update-a-user.json'));
  });
  await step('Listing the package under Settings -> Community Nodes', () =>
    n8n.recordCommunityPackage(pkg.name),
  );
  await step('Starting n8n', () => n8n.startServer());
  if (firstRun) await n8n.setupOwner();
  else await n8n.signIn();
  const listed = (await n8n.communityPackages()).find((p) => p.packageName === pkg.name);
  if (listed?.installedVersion !== pkg.version)
    throw new Error(`Settings -> Community Nodes does not list ${pkg.name} ${pkg.version}`);

  console.log(`
n8n ${N8N_V2} is running with the Chatwoot node:   ${n8n.baseUrl}
Sign in as ${DEFAULT_OWNER.email} / ${DEFAULT_OWNER.password}
Chatwoot mock (validates requests against openapi/): ${mock.url}
  It keeps the contacts, labels, teams, canned responses, webhooks and platform users you create
  (in memory, until Ctrl-C); other routes answer with fixed examples.
Settings -> Community Nodes lists ${pkg.name} ${pkg.version} with ${listed.installedNodes.length} nodes.
Credentials "Chatwoot user (mock)" and "Chatwoot platform app (mock)" point at it; the workflow
"Example: update a Chatwoot user" is ready to run. Press Ctrl-C to stop.`);

  const stop = async () => {
    await n8n.stopServer();
    await mock.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
