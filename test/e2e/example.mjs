// `npm run example`: runs the "Update a user" example headlessly in n8n 2.x against the local
// Chatwoot mock and prints the node's output.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { startChatwootMock } from './lib/chatwoot-mock.mjs';
import { N8n } from './lib/n8n.mjs';
import { packPackage } from './lib/pack.mjs';
import { N8N_V2, REPO_ROOT } from './lib/paths.mjs';
import { freePort, run } from './lib/proc.mjs';
import { credentialsFor } from './run.mjs';

async function main() {
  await run(
    process.execPath,
    [path.join(REPO_ROOT, 'test', 'e2e', 'install.mjs'), 'node-24', 'tools', `n8n-${N8N_V2}`],
    { timeoutMs: 30 * 60_000 },
  );
  const userFolder = mkdtempSync(path.join(os.tmpdir(), 'cw-example-'));
  const mock = await startChatwootMock(await freePort());
  try {
    const n8n = new N8n({ version: N8N_V2, userFolder });
    await n8n.installPackageTarball(await packPackage());
    await n8n.importCredentials(credentialsFor(mock.url));
    const id = await n8n.importWorkflow(
      path.join(REPO_ROOT, 'test', 'e2e', 'examples', 'update-a-user.json'),
    );
    const execution = await n8n.executeWorkflow(id);
    const items = execution.data.resultData.runData['Update a user']?.[0]?.data?.main?.[0] ?? [];
    const [request] = mock.prism.exchanges();
    console.log(
      `Request:  ${request.method} ${request.url} ${JSON.stringify(request.requestBody)}`,
    );
    console.log(`Status:   ${execution.status}`);
    console.log(
      `Output:   ${JSON.stringify(
        items.map((item) => item.json),
        null,
        2,
      )}`,
    );
    if (execution.status !== 'success') process.exitCode = 1;
  } finally {
    await mock.stop();
    rmSync(userFolder, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exit(1);
});
