// Builds the package and packs it as npm would publish it.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { REPO_ROOT } from './paths.mjs';
import { run } from './proc.mjs';

/** Resolves with the path of a fresh tarball of this package. */
export async function packPackage() {
  await run('npm', ['run', 'build'], { cwd: REPO_ROOT });
  const out = mkdtempSync(path.join(os.tmpdir(), 'cw-pack-'));
  const result = await run('npm', ['pack', '--pack-destination', out, '--json'], {
    cwd: REPO_ROOT,
  });
  const [{ filename }] = JSON.parse(result.stdout);
  return path.join(out, filename);
}

/** Resolves with the path of a tarball of a published package, fetched from the npm registry. */
export async function packFromRegistry(spec) {
  const out = mkdtempSync(path.join(os.tmpdir(), 'cw-pack-'));
  const result = await run('npm', ['pack', spec, '--pack-destination', out, '--json'], {
    cwd: out,
  });
  const [{ filename }] = JSON.parse(result.stdout);
  return path.join(out, filename);
}
