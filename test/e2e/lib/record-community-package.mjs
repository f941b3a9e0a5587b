// Records an installed community package in n8n's database the way n8n does once Settings ->
// Community Nodes has installed it (InstalledPackagesRepository.persistPackageWithNodes): one
// installed_packages row (name, version, author) and one installed_nodes row per node (display name,
// `<package>.<node>` type, the version n8n's loader reports). Settings -> Community Nodes and
// GET /rest/community-packages list packages from these rows only.
//
// n8n installs from a registry only (npm's, unless a license allows another one), so a package
// packed from this repository cannot go through that page offline; its files are installed like
// the page does (lib/n8n.mjs installPackageTarball) and this writes what the page would record.
// Runs on Node 24 (node:sqlite), with n8n stopped:
//   node record-community-package.mjs <database.sqlite> <package folder>
// NODE_PATH must include n8n's node_modules so that the package's nodes find n8n-workflow.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

const [databaseFile, packageDir] = process.argv.slice(2);
const require = createRequire(path.join(packageDir, 'package.json'));
const pkg = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8'));

/** What n8n's directory loader reports for a node file: its name and its newest version. */
function loadedNode(file) {
  const exported = require(path.join(packageDir, file));
  const className = path.basename(file, '.node.js');
  const node = new exported[className]();
  const version =
    'nodeVersions' in node ? node.currentVersion : [node.description.version].flat().slice(-1)[0];
  return { name: node.description.name, displayName: node.description.displayName, version };
}

const nodes = (pkg.n8n?.nodes ?? []).map(loadedNode);
if (!nodes.length) throw new Error(`${pkg.name} declares no nodes in package.json n8n.nodes`);
// datetime(3) as n8n's ORM writes it on SQLite
const now = new Date().toISOString().replace('T', ' ').replace('Z', '');
const db = new DatabaseSync(databaseFile);
db.exec('PRAGMA foreign_keys = ON; BEGIN');
try {
  // a reinstall replaces the package and its nodes, as an update from the page does
  db.prepare('DELETE FROM installed_packages WHERE "packageName" = ?').run(pkg.name);
  db.prepare(
    'INSERT INTO installed_packages ("packageName", "installedVersion", "authorName", "authorEmail", "createdAt", "updatedAt") VALUES (?, ?, ?, ?, ?, ?)',
  ).run(pkg.name, pkg.version, pkg.author?.name ?? null, pkg.author?.email ?? null, now, now);
  const insertNode = db.prepare(
    'INSERT INTO installed_nodes ("name", "type", "latestVersion", "package") VALUES (?, ?, ?, ?)',
  );
  for (const node of nodes)
    insertNode.run(node.displayName, `${pkg.name}.${node.name}`, node.version, pkg.name);
  db.exec('COMMIT');
} catch (error) {
  db.exec('ROLLBACK');
  throw error;
} finally {
  db.close();
}
console.log(JSON.stringify({ name: pkg.name, version: pkg.version, nodes }));
