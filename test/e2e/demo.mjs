// `npm start`: n8n 2.x with this package installed as a community package, the local Chatwoot mock,
// and ready credentials pointing at it. Runs until Ctrl-C.
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';

import { startChatwootMock } from './lib/chatwoot-mock.mjs';
import { DEFAULT_OWNER, N8n } from './lib/n8n.mjs';
import { packPackage } from './lib/pack.mjs';
import { CACHE_DIR, N8N_V2, REPO_ROOT } from './lib/paths.mjs';
import { run } from './lib/proc.mjs';
import { credentialsFor } from './run.mjs';

const N8N_PORT = Number(process.env.N8N_PORT ?? 5678);
const MOCK_PORT = Number(process.env.CHATWOOT_MOCK_PORT ?? 4010);
const USER_FOLDER = path.join(CACHE_DIR, 'demo-n8n');

async function main() {
  console.log('Installing what the demo needs (cached after the first run)...');
  await run(process.execPath, [path.join(REPO_ROOT, 'test', 'e2e', 'install.mjs'), 'node-24', 'tools', `n8n-${N8N_V2}`], { timeoutMs: 30 * 60_000 });
  const firstRun = !existsSync(path.join(USER_FOLDER, '.n8n', 'database.sqlite'));
  mkdirSync(USER_FOLDER, { recursive: true });

  const mock = await startChatwootMock(MOCK_PORT);
  const n8n = new N8n({ version: N8N_V2, userFolder: USER_FOLDER, port: N8N_PORT });
  await n8n.installPackageTarball(await packPackage());
  await n8n.importCredentials(credentialsFor(mock.url));
  await n8n.importWorkflow(path.join(REPO_ROOT, 'test', 'e2e', 'examples', 'update-a-user.json'));
  await n8n.startServer();
  if (firstRun) await n8n.setupOwner();

  console.log(`
n8n ${N8N_V2} is running with the Chatwoot node:   ${n8n.baseUrl}
Sign in as ${DEFAULT_OWNER.email} / ${DEFAULT_OWNER.password}
Chatwoot mock (validates requests against openapi/): ${mock.url}
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
