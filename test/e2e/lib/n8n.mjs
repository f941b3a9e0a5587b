// Drive one real n8n version from the cache: environment, community package install, CLI import/execute, server.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  n8nBin,
  n8nDir,
  n8nMajor,
  nodeFor,
  NODE24,
  NODE24_DIR,
  pathFor,
  requireInstalled,
} from './paths.mjs';
import { freePort, killGroup, run, withoutNpmRunEnv } from './proc.mjs';

export const ENCRYPTION_KEY = 'n8n-e2e-fixed-encryption-key';
export const DEFAULT_OWNER = {
  email: 'owner@e2e.test',
  firstName: 'E2e',
  lastName: 'Owner',
  password: 'E2e-Owner-Passw0rd',
};
const BROWSER_ID = 'n8n-e2e-browser';
const READY_LINE = 'Editor is now accessible';

/**
 * The full environment for any n8n command: loopback only, no telemetry or other outbound calls.
 * The server's task-runner broker listens on port + 1, so instances on ports two apart can run side by side.
 */
export function n8nEnv(version, userFolder, port = 5678) {
  const env = { ...withoutNpmRunEnv() };
  for (const key of Object.keys(env)) {
    // inherited n8n settings would make runs depend on the caller's shell, and a proxy must never see test traffic
    if (key.startsWith('N8N_') || /^(https?|all)_proxy$/i.test(key)) delete env[key];
  }
  const base = `http://127.0.0.1:${port}`;
  Object.assign(env, {
    PATH: pathFor(version, process.env.PATH),
    NO_PROXY: '127.0.0.1,localhost,::1',
    N8N_USER_FOLDER: path.resolve(userFolder),
    N8N_ENCRYPTION_KEY: ENCRYPTION_KEY,
    N8N_HOST: '127.0.0.1',
    N8N_LISTEN_ADDRESS: '127.0.0.1',
    N8N_PORT: String(port),
    N8N_PROTOCOL: 'http',
    N8N_EDITOR_BASE_URL: base,
    WEBHOOK_URL: `${base}/`,
    N8N_SECURE_COOKIE: 'false',
    N8N_DIAGNOSTICS_ENABLED: 'false',
    N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
    N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
    N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
    N8N_TEMPLATES_ENABLED: 'false',
    N8N_PERSONALIZATION_ENABLED: 'false',
    N8N_HIRING_BANNER_ENABLED: 'false',
    N8N_DYNAMIC_BANNERS_ENABLED: 'false',
    N8N_AI_ENABLED: 'false',
    N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
    N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
    N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
    // community nodes as AI Agent tools (docs/workflows/ai-support-bot.json)
    N8N_COMMUNITY_PACKAGES_ALLOW_TOOL_USAGE: 'true',
    N8N_REINSTALL_MISSING_PACKAGES: 'false',
    N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
    N8N_RUNNERS_BROKER_PORT: String(port + 1),
    N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
    GENERIC_TIMEZONE: 'UTC',
  });
  if (n8nMajor(version) >= 2) {
    // 2.41 calls out at start-up otherwise; 1.x refuses to start on a module name it does not know
    env.N8N_DISABLED_MODULES = 'mcp-registry';
  } else {
    // isolated-vm has no Node 20 build, so 1.x must keep the legacy expression engine
    env.N8N_EXPRESSION_ENGINE = 'legacy';
  }
  // Never even empty: n8n would then scan the working folder for *.node.js files.
  delete env.N8N_CUSTOM_EXTENSIONS;
  return env;
}

/** npm as the n8n version's Node runs it (PATH decides which node the npm script starts on). */
function npm(version, args, options) {
  return run('npm', args, {
    ...options,
    env: { ...withoutNpmRunEnv(), PATH: pathFor(version, process.env.PATH) },
  });
}

/**
 * Install a packed community package the way Settings -> Community Nodes does: into
 * $N8N_USER_FOLDER/.n8n/nodes, without scripts and without pulling a second n8n-workflow.
 * Resolves with { name, version }; the package's node types are then `<name>.<node name>`.
 */
export async function installPackageTarball(version, userFolder, tgzPath) {
  if (n8nMajor(version) >= 2) requireInstalled(NODE24_DIR, 'Node 24');
  const tgz = path.resolve(tgzPath);
  const nodesDir = path.join(path.resolve(userFolder), '.n8n', 'nodes');
  mkdirSync(nodesDir, { recursive: true });
  const manifest = path.join(nodesDir, 'package.json');
  if (!existsSync(manifest)) {
    writeFileSync(
      manifest,
      `${JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2)}\n`,
    );
  }
  const { stdout } = await run('tar', ['-xzOf', tgz, 'package/package.json']);
  const pkg = JSON.parse(stdout);
  await npm(
    version,
    ['install', tgz, '--ignore-scripts', '--legacy-peer-deps', '--no-audit', '--no-fund'],
    {
      cwd: nodesDir,
      timeoutMs: 5 * 60_000,
    },
  );
  return { name: pkg.name, version: pkg.version };
}

/** POST /rest/owner/setup; resolves with the user and the headers that authenticate later REST calls. */
export async function setupOwner(baseUrl, owner = DEFAULT_OWNER) {
  const res = await fetch(`${baseUrl}/rest/owner/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
    body: JSON.stringify(owner),
  });
  const text = await res.text();
  if (!res.ok) throw new Error(`owner setup at ${baseUrl} answered ${res.status}: ${text}`);
  const cookie = (res.headers.getSetCookie?.() ?? [])
    .map((c) => c.split(';')[0])
    .find((c) => c.startsWith('n8n-auth='));
  if (!cookie) throw new Error(`owner setup at ${baseUrl} set no n8n-auth cookie: ${text}`);
  return { user: JSON.parse(text).data, headers: { cookie, 'browser-id': BROWSER_ID } };
}

/**
 * Parse `n8n execute --rawOutput`: log lines come first, then the execution as JSON starting at
 * the first line that begins with '{'. Log lines may follow it, so shorter tails are tried too.
 */
export function parseRawOutput(stdout) {
  const lines = stdout.split('\n');
  const start = lines.findIndex((l) => l.startsWith('{'));
  if (start === -1) return undefined;
  for (let end = lines.length; end > start; end--) {
    if (!lines[end - 1].trimEnd().endsWith('}')) continue;
    try {
      return JSON.parse(lines.slice(start, end).join('\n'));
    } catch {
      // a log line ending in '}' after the JSON: try a shorter slice
    }
  }
  return undefined;
}

const newId = () => randomBytes(12).toString('base64url').replace(/[-_]/g, 'x').slice(0, 16);

export class N8n {
  /** One n8n version with one user folder (and so one database); `port` is used by startServer. */
  constructor({ version, userFolder, port = 5678 }) {
    requireInstalled(n8nDir(version), `n8n ${version}`);
    this.version = version;
    this.userFolder = path.resolve(userFolder);
    this.port = port;
    this.baseUrl = `http://127.0.0.1:${port}`;
    this.env = n8nEnv(version, this.userFolder, port);
    this.server = null;
    mkdirSync(this.userFolder, { recursive: true });
  }

  /** Run `n8n <args>` on the version's Node; cwd is the user folder, never the repo. */
  async cli(args, { allowFailure = false, timeoutMs = 3 * 60_000 } = {}) {
    // `execute` starts its own task broker (2.x): a port of its own lets it run beside this instance's server
    const env = { ...this.env, N8N_RUNNERS_BROKER_PORT: String(await freePort()) };
    return run(nodeFor(this.version), [n8nBin(this.version), ...args], {
      cwd: this.userFolder,
      env,
      allowFailure,
      timeoutMs,
    });
  }

  installPackageTarball(tgzPath) {
    return installPackageTarball(this.version, this.userFolder, tgzPath);
  }

  /**
   * Record the package installed by installPackageTarball in n8n's database, as Settings ->
   * Community Nodes does after installing, so that the page lists it (see
   * record-community-package.mjs). Needs the database: run after a CLI command (an import) and
   * before startServer. Resolves with { name, version, nodes: [{ name, displayName, version }] }.
   */
  async recordCommunityPackage(name) {
    requireInstalled(NODE24_DIR, 'Node 24');
    const database = path.join(this.userFolder, '.n8n', 'database.sqlite');
    if (!existsSync(database))
      throw new Error(
        `${database} does not exist yet: import something before recording a package`,
      );
    if (this.server) throw new Error('stop n8n before recording a package in its database');
    const { stdout } = await run(
      NODE24,
      [
        path.join(import.meta.dirname, 'record-community-package.mjs'),
        database,
        path.join(this.userFolder, '.n8n', 'nodes', 'node_modules', name),
      ],
      {
        env: { ...withoutNpmRunEnv(), NODE_PATH: path.join(n8nDir(this.version), 'node_modules') },
      },
    );
    return JSON.parse(stdout.trim().split('\n').pop());
  }

  /** GET /rest/community-packages as the owner signed in by setupOwner (or with the given headers). */
  async communityPackages(headers = this.ownerHeaders) {
    const res = await fetch(`${this.baseUrl}/rest/community-packages`, { headers });
    const text = await res.text();
    if (!res.ok) throw new Error(`GET /rest/community-packages answered ${res.status}: ${text}`);
    return JSON.parse(text).data;
  }

  /** Write `data` to a fresh file in the user folder and return its path. */
  #inputFile(kind, data) {
    const file = path.join(this.userFolder, `import-${kind}-${Date.now()}-${newId()}.json`);
    writeFileSync(file, JSON.stringify(data, null, 2));
    return file;
  }

  /**
   * Import credentials: a JSON file path, one object or an array of { id?, name, type, data: { ...plain fields } }
   * (n8n encrypts `data` on import; a missing id is generated). Resolves with the imported list.
   */
  async importCredentials(credentials) {
    const given =
      typeof credentials === 'string' ? JSON.parse(readFileSync(credentials, 'utf8')) : credentials;
    const list = [given].flat().map((c) => ({ id: newId(), ...c }));
    await this.cli(['import:credentials', `--input=${this.#inputFile('credentials', list)}`]);
    return list;
  }

  /** Import one workflow (object or file path); an object without an id gets one. Resolves with the id. */
  async importWorkflow(workflow) {
    const wf = typeof workflow === 'string' ? JSON.parse(readFileSync(workflow, 'utf8')) : workflow;
    const withId = { active: false, settings: {}, connections: {}, ...wf, id: wf.id ?? newId() };
    await this.cli(['import:workflow', `--input=${this.#inputFile('workflow', withId)}`]);
    return withId.id;
  }

  /** Run a stored workflow headlessly; resolves with the parsed execution (check `.status` yourself). */
  async executeWorkflow(id, { timeoutMs = 3 * 60_000 } = {}) {
    const result = await this.cli(['execute', `--id=${id}`, '--rawOutput'], {
      allowFailure: true,
      timeoutMs,
    });
    const execution = parseRawOutput(result.stdout);
    if (!execution) {
      throw new Error(
        `n8n ${this.version} execute --id=${id} printed no execution JSON (exit ${result.code})\n${result.output}`,
      );
    }
    return execution;
  }

  activateWorkflow(id) {
    return n8nMajor(this.version) >= 2
      ? this.cli(['publish:workflow', `--id=${id}`])
      : this.cli(['update:workflow', `--id=${id}`, '--active=true']);
  }

  /** Spawn `n8n start` and resolve once the editor (and so webhooks) is up. The log goes to <userFolder>/n8n-start.log. */
  startServer({ timeoutMs = 3 * 60_000 } = {}) {
    if (this.server) throw new Error(`n8n ${this.version} is already running`);
    const logFile = path.join(this.userFolder, 'n8n-start.log');
    writeFileSync(logFile, '');
    const child = spawn(nodeFor(this.version), [n8nBin(this.version), 'start'], {
      cwd: this.userFolder,
      env: this.env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const server = { child, log: '', logFile, exited: null };
    server.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    this.server = server;
    return new Promise((resolve, reject) => {
      let done = false;
      const finish = (err) => {
        if (done) return;
        done = true;
        clearTimeout(timer);
        if (err) {
          killGroup(child.pid, 'SIGKILL');
          this.server = null;
          reject(
            new Error(
              `${err}\n--- n8n ${this.version} log (${logFile}) ---\n${server.log.split('\n').slice(-80).join('\n')}`,
            ),
          );
        } else {
          resolve(server);
        }
      };
      const onData = (chunk) => {
        const text = chunk.toString();
        server.log += text;
        appendFileSync(logFile, text);
        if (server.log.includes(READY_LINE)) finish();
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.on('error', (err) => finish(`cannot start n8n ${this.version}: ${err.message}`));
      server.exited.then(({ code, signal }) =>
        finish(`n8n ${this.version} exited (${code ?? signal}) before "${READY_LINE}"`),
      );
      const timer = setTimeout(
        () => finish(`n8n ${this.version} not ready after ${timeoutMs / 1000}s`),
        timeoutMs,
      );
    });
  }

  /** SIGTERM the server's process group (task runners included), SIGKILL after `graceMs`. Resolves with how it ended. */
  async stopServer({ graceMs = 20_000 } = {}) {
    const server = this.server;
    if (!server) return null;
    this.server = null;
    if (!killGroup(server.child.pid, 'SIGTERM')) return server.exited;
    let timer;
    const forced = new Promise((resolve) => {
      timer = setTimeout(() => {
        killGroup(server.child.pid, 'SIGKILL');
        resolve(true);
      }, graceMs);
    });
    const first = await Promise.race([server.exited.then(() => false), forced]);
    clearTimeout(timer);
    const ended = await server.exited;
    // the group may outlive its leader (a task runner shutting down): make sure nothing is left
    killGroup(server.child.pid, 'SIGKILL');
    return { ...ended, forced: first };
  }

  /** POST /rest/login as an owner set up earlier; later REST calls of this object use the session. */
  async signIn(owner = DEFAULT_OWNER) {
    const res = await fetch(`${this.baseUrl}/rest/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'browser-id': BROWSER_ID },
      body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
    });
    const text = await res.text();
    if (!res.ok) throw new Error(`sign-in at ${this.baseUrl} answered ${res.status}: ${text}`);
    const cookie = (res.headers.getSetCookie?.() ?? [])
      .map((c) => c.split(';')[0])
      .find((c) => c.startsWith('n8n-auth='));
    if (!cookie) throw new Error(`sign-in at ${this.baseUrl} set no n8n-auth cookie`);
    this.ownerHeaders = { cookie, 'browser-id': BROWSER_ID };
    return this.ownerHeaders;
  }

  async setupOwner(owner = DEFAULT_OWNER) {
    const result = await setupOwner(this.baseUrl, owner);
    this.ownerHeaders = result.headers;
    return result;
  }
}
