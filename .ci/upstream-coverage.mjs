// When Chatwoot's published API descriptions are beside the project (../shared/chatwoot-openapi),
// checks that every action of the 2023 description and of the current one has a counterpart in
// openapi/chatwoot.yaml, the description every node operation has exactly one entry in.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const upstream = path.resolve(root, '..', 'shared', 'chatwoot-openapi');
if (!existsSync(upstream)) {
  console.log("upstream: Chatwoot's published descriptions are not here; nothing to compare");
  process.exit(0);
}

/** Where Chatwoot's description and the server differ, the server's route (SERVER-FACTS D1-D4). */
const KNOWN = {
  'GET /accounts/{}/conversations/{}/messages': null, // D1: no such route; messages are listed under /api/v1
  'GET /api/v2/accounts/{}/reports/conversations/': 'GET /api/v2/accounts/{}/reports/conversations', // D2
  'PATCH /api/v1/accounts/{}/portals': 'PATCH /api/v1/accounts/{}/portals/{}', // D4
  'POST /api/v1/accounts/{}/inboxes/': 'POST /api/v1/accounts/{}/inboxes', // D4
  'GET /api/v1/accounts/{}/inboxes/{}/': 'GET /api/v1/accounts/{}/inboxes/{}', // D4
  'GET /survey/responses/{}': 'GET /public/api/v1/csat_survey/{}', // D3: an HTML page; its JSON twin
};

const template = (p) => p.replace(/\{[^}]+\}/g, '{}');
const ours = new Set();
for (const [route, item] of Object.entries(
  parse(readFileSync(path.join(root, 'openapi', 'chatwoot.yaml'), 'utf8')).paths,
)) {
  for (const method of Object.keys(item))
    if (method !== 'parameters') ours.add(`${method.toUpperCase()} ${template(route)}`);
}

let failed = 0;
for (const file of ['operations-2023-10-25-b6831d464.tsv', 'operations.tsv']) {
  const rows = readFileSync(path.join(upstream, file), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split('\t'));
  const missing = [];
  for (const [tag, method, route] of rows) {
    if (tag === 'Profile' && file.startsWith('operations-2023')) continue; // not one of the 28 groups
    let key = `${method} ${template(route)}`;
    if (key in KNOWN) key = KNOWN[key];
    if (key !== null && !ours.has(key)) missing.push(`${tag}: ${method} ${route}`);
  }
  console.log(
    `upstream ${file}: ${rows.length - missing.length} of ${rows.length} actions covered`,
  );
  for (const line of missing) console.log(`  missing ${line}`);
  failed += missing.length;
}
console.log(
  `upstream: ${failed ? `${failed} actions without a counterpart` : 'every published action has a counterpart'}`,
);
process.exit(failed ? 1 : 0);
