// The ready workflows of docs/workflows that start by hand or on a schedule, executed headlessly in real
// n8n against the Chatwoot mock: each with an expectation in test/e2e/ready/<name>.expect.json (the
// same format as test/e2e/workflows). A Read/Write Files node writes into a folder of the test's own.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { READY_WORKFLOWS, readReady, readyCredentials, withCredentialIds } from './ai-agent.mjs';
import { REPO_ROOT } from './paths.mjs';

const EXPECTATIONS = path.join(REPO_ROOT, 'test', 'e2e', 'ready');

/** The ready workflows run headlessly: those with an expectation file. */
export function headlessReadyWorkflows() {
  return readdirSync(READY_WORKFLOWS)
    .filter((file) => file.endsWith('.json'))
    .filter((file) => existsSync(path.join(EXPECTATIONS, file.replace(/\.json$/, '.expect.json'))))
    .sort();
}

/**
 * Runs each headless ready workflow; `check(execution, expected, mock)` is run.mjs's. Resolves with
 * [{ file, problems, requests }].
 */
export async function checkReadyWorkflows(n8n, mock, check) {
  const credentials = readyCredentials(mock.url, 'http://127.0.0.1:9/v1');
  await n8n.importCredentials(credentials);
  const files = path.join(n8n.userFolder, 'ready-files');
  mkdirSync(files, { recursive: true });
  n8n.env.N8N_RESTRICT_FILE_ACCESS_TO = files;
  const results = [];
  for (const file of headlessReadyWorkflows()) {
    const expected = JSON.parse(
      readFileSync(path.join(EXPECTATIONS, file.replace(/\.json$/, '.expect.json')), 'utf8'),
    );
    const workflow = withCredentialIds(readReady(file), credentials);
    const written = [];
    for (const node of workflow.nodes) {
      if (node.type !== 'n8n-nodes-base.readWriteFile') continue;
      const target = path.join(files, `${node.name.replace(/\W+/g, '-')}.out`);
      node.parameters = { ...node.parameters, fileName: target };
      written.push(target);
    }
    const id = await n8n.importWorkflow({
      ...workflow,
      id: `cwReady${file.replace(/\W+/g, '').slice(0, 9)}`,
    });
    mock.prism.clear();
    mock.clearReceived();
    const execution = await n8n.executeWorkflow(id);
    const problems = check(execution, expected, mock);
    for (const target of written) {
      // Convert to File starts a CSV with a byte order mark
      const text = existsSync(target)
        ? readFileSync(target, 'utf8').replace(/^\uFEFF/, '')
        : undefined;
      if (text === undefined) problems.push(`no file was written to ${path.basename(target)}`);
      else if (expected.fileStartsWith && !text.startsWith(expected.fileStartsWith))
        problems.push(
          `the file written starts ${JSON.stringify(text.slice(0, 80))}, expected ${JSON.stringify(expected.fileStartsWith)}`,
        );
    }
    // exactly the expected requests: as many as the expectation lists
    if (expected.exactly && mock.received().length !== expected.received.length)
      problems.push(
        `the mock received ${mock.received().length} requests (${mock
          .received()
          .map((r) => `${r.method} ${r.path}`)
          .join(', ')}), expected ${expected.received.length}`,
      );
    for (const rejection of mock.prism.rejections())
      problems.push(
        `mock rejected ${rejection.method} ${rejection.url}: ${rejection.reasons.join('; ')}`,
      );
    results.push({ file, problems, requests: mock.received() });
  }
  return results;
}
