#!/usr/bin/env node
// n8n's verification scan, run locally: the same ESLint configuration @n8n/scan-community-package
// applies (its exported buildScanConfig), on both of its legs:
//   tarball: the packed package (`npm pack`), compiled .js and package.json
//   source:  package.json, nodes/** and credentials/** of this checkout
// The published scanner downloads by package name and requires provenance; this runs the analysis
// itself, so it works before publishing and offline. Any error fails (exit 1).
// Usage: node scripts/scan.mjs [--json]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, mkdirSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const scannerFile = require.resolve('@n8n/scan-community-package/scanner/scanner.mjs');
const scannerVersion = require('@n8n/scan-community-package/package.json').version;
// The scanner's own ESLint (9.x), not the project's: its config is a flat config
const scannerRequire = createRequire(scannerFile);
// The scanner depends on typescript 7, whose package has no JavaScript API (its main module only
// exports the version), while the TypeScript ESLint parser and ts-api-utils it also loads need that
// API. Point their `require('typescript')` at the project's TypeScript 5 instead. (An npm
// "overrides" entry would do the same but is itself refused by the scanner's no-overrides-field.)
const projectTypescript = require.resolve('typescript');
const scannerTree = path.dirname(path.dirname(scannerFile));
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent?.filename?.startsWith(scannerTree))
    return projectTypescript;
  return resolveFilename.call(this, request, parent, ...rest);
};
const { ESLint } = await import(pathToFileURL(scannerRequire.resolve('eslint')).href);
const glob = (await import(pathToFileURL(scannerRequire.resolve('fast-glob')).href)).default;
const { buildScanConfig, SOURCE_FILE_PATTERNS } = await import(pathToFileURL(scannerFile).href);

// The tarball leg's patterns, as in the scanner's analyzePackageByName
const TARBALL_FILE_PATTERNS = ['**/*.js', 'package.json'];

async function lint(dir, patterns) {
  const eslint = new ESLint({
    cwd: dir,
    allowInlineConfig: false,
    overrideConfigFile: true,
    overrideConfig: await buildScanConfig(),
  });
  const files = glob.sync(patterns, {
    cwd: dir,
    absolute: true,
    ignore: ['node_modules/**', '**/package-lock.json'],
  });
  if (files.length === 0) throw new Error(`no files to scan in ${dir}`);
  const results = await eslint.lintFiles(files);
  const errors = results.reduce((n, r) => n + r.errorCount, 0);
  const warnings = results.reduce((n, r) => n + r.warningCount, 0);
  const text = await (
    await eslint.loadFormatter('stylish')
  ).format(results.filter((r) => r.errorCount + r.warningCount > 0));
  return { files: files.length, errors, warnings, text };
}

function pack() {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'chatwoot-scan-'));
  // Build first: prepack would, but not where npm is set to ignore scripts
  const built = spawnSync('npm', ['run', 'build', '--silent'], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (built.status !== 0) throw new Error(`npm run build failed (${built.status})`);
  const packed = spawnSync('npm', ['pack', '--pack-destination', dir, '--silent'], {
    cwd: ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  if (packed.status !== 0) throw new Error(`npm pack failed (${packed.status})`);
  const tarball = readdirSync(dir).find((f) => f.endsWith('.tgz'));
  const unpacked = path.join(dir, 'package');
  mkdirSync(unpacked);
  const tar = spawnSync(
    'tar',
    ['-xzf', path.join(dir, tarball), '-C', unpacked, '--strip-components=1'],
    { stdio: 'inherit' },
  );
  if (tar.status !== 0) throw new Error('tar failed');
  return { dir, unpacked, tarball };
}

const { dir, unpacked, tarball } = pack();
try {
  const legs = [
    ['tarball', tarball, await lint(unpacked, TARBALL_FILE_PATTERNS)],
    ['source', 'package.json, nodes/**, credentials/**', await lint(ROOT, SOURCE_FILE_PATTERNS)],
  ];
  let failed = false;
  for (const [name, what, r] of legs) {
    console.log(
      `[scan] ${name} (${what}): ${r.files} files, ${r.errors} errors, ${r.warnings} warnings`,
    );
    if (r.text.trim()) console.log(r.text);
    if (r.errors > 0) failed = true;
  }
  console.log(
    `[scan] @n8n/scan-community-package ${scannerVersion}: ${failed ? 'FAILED' : 'passed'} (provenance is checked by n8n on the published version)`,
  );
  process.exitCode = failed ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
