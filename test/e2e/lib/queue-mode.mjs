// n8n in queue mode, as users scale it: PostgreSQL and Redis, one main process (editor, activation,
// webhook registration), workers that run executions from the Redis queue, and a webhook process that
// serves production webhooks. Every process sees the same installed community package (one user
// folder with .n8n/nodes) and the same encryption key.
//
// `QueueCluster` starts and stops all of it (also used by bench/run.mjs); `checkQueueMode` is the e2e
// check: a representative set of the workflows started through the webhook process and run by the
// workers, and the Chatwoot Trigger registered once by the main, its signed deliveries run by a worker.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import {
  appendFileSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

import { signedHeaders } from './chatwoot-mock.mjs';
import { N8n } from './n8n.mjs';
import { n8nBin, n8nDir, nodeFor, REPO_ROOT } from './paths.mjs';
import { freePort, killGroup, seconds } from './proc.mjs';
import { startPostgres, startRedis } from './services.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition()` holds; false when it still does not after `timeoutMs`. */
export async function eventually(condition, timeoutMs = 30_000, everyMs = 250) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await sleep(everyMs);
  }
  return condition();
}

const READY = {
  start: 'Editor is now accessible',
  worker: 'n8n worker is now ready',
  webhook: 'Webhook listener waiting for requests.',
};

export class QueueCluster {
  /** `version` must be an n8n 2.x version; nothing runs until `start()`. */
  constructor({ version, log = console.log }) {
    this.version = version;
    this.log = log;
    this.processes = new Map();
    this.folder = mkdtempSync(path.join(os.tmpdir(), `cw-queue-${version}-`));
    this.userFolder = path.join(this.folder, 'n8n');
    this.redis = null;
    this.postgres = null;
  }

  /** Redis and PostgreSQL up, the package installed, ports chosen; the n8n CLI (`this.n8n`) then works on the shared database. */
  async start(tarballs) {
    const t = Date.now();
    [this.redis, this.postgres] = await Promise.all([
      startRedis(),
      startPostgres({ logFile: path.join(this.folder, 'services.log') }),
    ]);
    this.mainPort = await freePort();
    this.webhookPort = await freePort();
    this.n8n = new N8n({ version: this.version, userFolder: this.userFolder, port: this.mainPort });
    Object.assign(this.n8n.env, this.sharedEnv());
    for (const tarball of [tarballs].flat()) await this.n8n.installPackageTarball(tarball);
    this.log(
      `redis :${this.redis.port}, postgres :${this.postgres.port}, package installed (${seconds(Date.now() - t)})`,
    );
  }

  /** What every process shares: queue, database, encryption key, the public webhook address (the webhook process). */
  sharedEnv() {
    return {
      EXECUTIONS_MODE: 'queue',
      QUEUE_BULL_REDIS_HOST: this.redis.host,
      QUEUE_BULL_REDIS_PORT: String(this.redis.port),
      DB_TYPE: 'postgresdb',
      DB_POSTGRESDB_HOST: this.postgres.host,
      DB_POSTGRESDB_PORT: String(this.postgres.port),
      DB_POSTGRESDB_DATABASE: this.postgres.database,
      DB_POSTGRESDB_USER: this.postgres.user,
      DB_POSTGRESDB_PASSWORD: this.postgres.password,
      N8N_EDITOR_BASE_URL: `http://127.0.0.1:${this.mainPort}`,
      // production webhook URLs (and so what the Chatwoot Trigger registers) point at the webhook process
      WEBHOOK_URL: `http://127.0.0.1:${this.webhookPort}/`,
      QUEUE_HEALTH_CHECK_ACTIVE: 'false',
      N8N_METRICS: 'false',
    };
  }

  /**
   * Spawns `n8n start` (main), `n8n worker --concurrency=N` or `n8n webhook` under `name`, with its own
   * N8N_PORT and task-broker port, and resolves with { name, pid, port, log() } once its ready line is logged.
   */
  async spawn(name, kind, { concurrency = 10, port, timeoutMs = 3 * 60_000 } = {}) {
    if (this.processes.has(name)) throw new Error(`${name} is already running`);
    const ownPort =
      port ??
      (kind === 'start' ? this.mainPort : kind === 'webhook' ? this.webhookPort : await freePort());
    const env = {
      ...this.n8n.env,
      N8N_PORT: String(ownPort),
      N8N_RUNNERS_BROKER_PORT: String(await freePort()),
    };
    const args = [
      n8nBin(this.version),
      kind,
      ...(kind === 'worker' ? [`--concurrency=${concurrency}`] : []),
    ];
    const logFile = path.join(this.folder, `${name}.log`);
    writeFileSync(logFile, '');
    const child = spawn(nodeFor(this.version), args, {
      cwd: this.userFolder,
      env,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const proc = {
      name,
      kind,
      child,
      pid: child.pid,
      port: ownPort,
      logFile,
      text: '',
      exited: null,
    };
    proc.exited = new Promise((resolve) =>
      child.on('exit', (code, signal) => resolve({ code, signal })),
    );
    proc.log = () => proc.text;
    this.processes.set(name, proc);
    const onData = (chunk) => {
      proc.text += chunk.toString();
      appendFileSync(logFile, chunk);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    const t = Date.now();
    let exitedEarly = false;
    proc.exited.then(() => {
      exitedEarly = true;
    });
    const ready = await eventually(
      () => proc.text.includes(READY[kind]) || exitedEarly,
      timeoutMs,
      200,
    );
    if (!ready || exitedEarly) {
      await this.stop(name);
      throw new Error(
        `${name} (n8n ${kind}) ${exitedEarly ? 'exited' : 'was not ready'} before "${READY[kind]}"\n${proc.text.split('\n').slice(-40).join('\n')}`,
      );
    }
    proc.readyMs = Date.now() - t;
    this.log(
      `${name}: n8n ${kind}${kind === 'worker' ? ` --concurrency=${concurrency}` : ''} on :${ownPort}, pid ${child.pid}, ready in ${seconds(proc.readyMs)}`,
    );
    return proc;
  }

  /** SIGTERM the process group, SIGKILL after `graceMs`. */
  async stop(name, { graceMs = 15_000 } = {}) {
    const proc = this.processes.get(name);
    if (!proc) return;
    this.processes.delete(name);
    killGroup(proc.pid, 'SIGTERM');
    await Promise.race([proc.exited, sleep(graceMs)]);
    killGroup(proc.pid, 'SIGKILL');
    await Promise.race([proc.exited, sleep(5_000)]);
  }

  /** Everything down, main last (workers may still report to it), then the services and the folder. */
  async stopAll({ keep = false } = {}) {
    const order = [...this.processes.values()].sort(
      (a, b) => (a.kind === 'start') - (b.kind === 'start'),
    );
    await Promise.all(order.filter((p) => p.kind !== 'start').map((p) => this.stop(p.name)));
    for (const p of order.filter((q) => q.kind === 'start')) await this.stop(p.name);
    await Promise.allSettled([this.redis?.stop(), this.postgres?.stop()]);
    if (!keep) rmSync(this.folder, { recursive: true, force: true });
  }

  /** Imports many workflows with one CLI call; each gets an id when it has none. */
  async importWorkflows(workflows) {
    const file = path.join(this.userFolder, `import-workflows-${Date.now()}.json`);
    writeFileSync(
      file,
      JSON.stringify(
        workflows.map((wf) => ({ active: false, settings: {}, connections: {}, ...wf })),
      ),
    );
    await this.n8n.cli(['import:workflow', `--input=${file}`]);
  }

  /** The owner's REST session on the main process (set up once). */
  async session() {
    this.ownerSession ??= await this.n8n.setupOwner();
    return this.ownerSession;
  }

  /** Publishes (activates) a workflow through the main's REST API, as the editor's switch does. */
  async activate(workflowId) {
    const session = await this.session();
    const call = async (method, route, body) => {
      const response = await fetch(`http://127.0.0.1:${this.mainPort}/rest${route}`, {
        method,
        headers: { ...session.headers, 'content-type': 'application/json' },
        body: body && JSON.stringify(body),
      });
      const text = await response.text();
      if (!response.ok)
        throw new Error(
          `${method} /rest${route} answered ${response.status}: ${text.slice(0, 300)}`,
        );
      return JSON.parse(text).data;
    };
    const { versionId } = await call('GET', `/workflows/${workflowId}`);
    return call('POST', `/workflows/${workflowId}/activate`, { versionId });
  }

  /** Executions of a workflow from the database: [{ id, status, mode, finished }]. */
  async executions(workflowId) {
    const rows = await this.postgres.query(
      `SELECT id, status, mode, "startedAt", "stoppedAt" FROM execution_entity WHERE "workflowId" = '${workflowId}' ORDER BY id`,
    );
    return rows
      .split('\n')
      .filter(Boolean)
      .map((row) => {
        const [id, status, mode, startedAt, stoppedAt] = row.split('\t');
        return {
          id: Number(id),
          status,
          mode,
          startedAt,
          stoppedAt,
          done: ['success', 'error', 'crashed', 'canceled'].includes(status),
        };
      });
  }

  /** One execution's run data from the database (stored flattened), as `n8n execute --rawOutput` prints it. */
  async execution(id) {
    const [row] = (
      await this.postgres.query(
        `SELECT e.status, d.data FROM execution_entity e JOIN execution_data d ON d."executionId" = e.id WHERE e.id = ${Number(id)}`,
      )
    ).split('\n');
    const tab = row.indexOf('\t');
    const flatted = createRequire(
      path.join(n8nDir(this.version), 'node_modules', 'n8n', 'package.json'),
    )('flatted');
    return { id, status: row.slice(0, tab), data: flatted.parse(row.slice(tab + 1)) };
  }

  /** Which worker logged "Worker started execution <id>": { executionId: worker name }. */
  ranBy() {
    const by = {};
    for (const proc of this.processes.values()) {
      if (proc.kind !== 'worker') continue;
      for (const match of proc.text.matchAll(/Worker started execution (\d+)/g))
        by[match[1]] = proc.name;
    }
    return by;
  }
}

/** The workflow with its Manual Trigger replaced by a production Webhook node of the same name. */
export function behindWebhook(workflow, webhookPath) {
  return {
    ...workflow,
    nodes: workflow.nodes.map((node) =>
      node.type === 'n8n-nodes-base.manualTrigger'
        ? {
            id: node.id,
            name: node.name,
            position: node.position,
            type: 'n8n-nodes-base.webhook',
            typeVersion: 2,
            webhookId: randomUUID(),
            parameters: {
              httpMethod: 'POST',
              path: webhookPath,
              responseMode: 'onReceived',
              options: {},
            },
          }
        : node,
    ),
  };
}

const WORKFLOWS = path.join(REPO_ROOT, 'test', 'e2e', 'workflows');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
/**
 * The workflows run on the workers, by workflow ID (file names may change): the Platform API,
 * contacts (with files), conversations, and the server faults. Labels are for the log.
 */
export const QUEUE_WORKFLOWS = {
  platformUser: 'cwPlatformUser01',
  platformAccount: 'cwPlatformAccount01',
  contact: 'cwContact01',
  conversation: 'cwConversation01',
  'message.attachments': 'cwAttachments01',
  'failure-faults': 'cwFailFaults0001',
};

/** Each queue workflow's file in test/e2e/workflows/ (searched by workflow ID) and its expectations. */
function queueWorkflowFiles() {
  const byId = new Map();
  for (const file of readdirSync(WORKFLOWS, { recursive: true })) {
    if (!String(file).endsWith('.json') || String(file).endsWith('.expect.json')) continue;
    byId.set(readJson(path.join(WORKFLOWS, String(file))).id, path.join(WORKFLOWS, String(file)));
  }
  return Object.entries(QUEUE_WORKFLOWS).map(([name, id]) => {
    const file = byId.get(id);
    if (!file) throw new Error(`no workflow with id ${id} (${name}) in test/e2e/workflows/`);
    return { name, file, expectFile: file.replace(/\.json$/, '.expect.json') };
  });
}

/**
 * The active trigger workflow with n8n's Remove Duplicates node between the trigger and the action,
 * keyed on the event and its record ID: n8n keeps what that node has seen in the database, so it
 * holds across processes and restarts where the trigger's own memory of delivery IDs does not.
 */
export function withRemoveDuplicates(workflow) {
  const trigger = workflow.nodes.find((node) => node.type.endsWith('.chatwootTrigger'));
  const next = workflow.connections[trigger.name].main[0];
  const name = 'Drop repeated events';
  return {
    ...workflow,
    nodes: [
      ...workflow.nodes,
      {
        id: 'd2b3c4d5-e6f7-4a81-9b0c-1d2e3f4a5b09',
        name,
        type: 'n8n-nodes-base.removeDuplicates',
        typeVersion: 2,
        position: [125, 150],
        parameters: {
          operation: 'removeItemsSeenInPreviousExecutions',
          logic: 'removeItemsWithAlreadySeenKeyValues',
          dedupeValue: '={{ $json.event }}:{{ $json.id }}',
          options: {},
        },
      },
    ],
    connections: {
      ...workflow.connections,
      [trigger.name]: { main: [[{ node: name, type: 'main', index: 0 }]] },
      [name]: { main: [next] },
    },
  };
}

/** A `message_created` delivery for the conversation with this display ID. */
function messageEvent(displayId) {
  return JSON.stringify({
    event: 'message_created',
    id: 90_000 + displayId,
    content: `Hello from conversation ${displayId}`,
    message_type: 'incoming',
    private: false,
    created_at: new Date().toISOString(),
    account: { id: 1, name: 'Acme' },
    inbox: { id: 1, name: 'Website' },
    conversation: { id: 50_000 + displayId, display_id: displayId, inbox_id: 1, status: 'open' },
    sender: { id: 7, name: 'Ada', type: 'contact' },
  });
}

/**
 * The queue-mode check. `check(execution, expected, mock)` is the e2e suite's comparison with a
 * workflow's .expect.json; `credentials` the suite's credentials for the mock. Returns { problems, facts }.
 */
export async function checkQueueMode({
  version,
  tarball,
  mock,
  credentials,
  check,
  log = console.log,
}) {
  const problems = [];
  const facts = {};
  const expect = (ok, problem) => {
    if (!ok) problems.push(problem);
    return ok;
  };
  const started = Date.now();
  const cluster = new QueueCluster({ version, log: (line) => log(`  ${line}`) });
  try {
    await cluster.start(tarball);
    const triggerWorkflow = withRemoveDuplicates(
      readJson(path.join(REPO_ROOT, 'test', 'e2e', 'active', 'webhook-trigger.json')),
    );
    const workflows = queueWorkflowFiles().map(({ name, file, expectFile }) => ({
      name,
      workflow: behindWebhook(readJson(file), `queue-${name}`),
      expected: readJson(expectFile),
    }));
    let t = Date.now();
    await cluster.n8n.importCredentials(credentials);
    await cluster.importWorkflows([...workflows.map((w) => w.workflow), triggerWorkflow]);
    log(
      `  credentials and ${workflows.length + 1} workflows imported into PostgreSQL (${seconds(Date.now() - t)})`,
    );

    mock.webhooks.start();
    mock.prism.clear();
    t = Date.now();
    await cluster.spawn('main', 'start');
    for (const { workflow } of workflows) await cluster.activate(workflow.id);
    await cluster.activate(triggerWorkflow.id);
    const trigger = triggerWorkflow.nodes.find((node) => node.type.endsWith('.chatwootTrigger'));
    const hookUrl = `http://127.0.0.1:${cluster.webhookPort}/webhook/${trigger.webhookId}/webhook`;
    const registered = () => mock.webhooks.list().filter((webhook) => webhook.url === hookUrl);
    const creates = () => mock.webhooks.calls.filter((call) => call.method === 'POST').length;
    await eventually(() => registered().length === 1, 30_000);
    await Promise.all([
      cluster.spawn('worker-1', 'worker'),
      cluster.spawn('worker-2', 'worker'),
      cluster.spawn('webhook-1', 'webhook'),
    ]);
    facts.startMs = Date.now() - t;
    log(`  main, 2 workers and the webhook process up in ${seconds(facts.startMs)}`);

    // 1. the workflows, each started by a POST to the webhook process and run by a worker
    for (const { name, workflow, expected } of workflows) {
      t = Date.now();
      mock.prism.clear();
      mock.clearReceived();
      const before = (await cluster.executions(workflow.id)).length;
      const answer = await fetch(`http://127.0.0.1:${cluster.webhookPort}/webhook/queue-${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      if (
        !expect(
          answer.ok,
          `${name}: the webhook process answered ${answer.status}: ${await answer.text()}`,
        )
      )
        continue;
      let done;
      await eventually(
        async () =>
          (done = (await cluster.executions(workflow.id)).slice(before).find((e) => e.done)),
        120_000,
        500,
      );
      if (!expect(done, `${name}: no finished execution within 120 s`)) continue;
      const execution = await cluster.execution(done.id);
      const found = check(execution, expected, mock);
      for (const rejection of mock.prism.rejections())
        found.push(
          `mock rejected ${rejection.method} ${rejection.url}: ${rejection.reasons.join('; ')}`,
        );
      const worker = cluster.ranBy()[done.id];
      if (!worker)
        found.push(`execution ${done.id} was not started by a worker (no worker logged it)`);
      problems.push(...found.map((p) => `${name}: ${p}`));
      log(
        `  ${found.length ? 'FAIL' : 'ok  '} ${name}: execution ${done.id} (${done.mode}, ${done.status}) run by ${worker ?? 'no worker'}, ${mock.prism.exchanges().length} requests, ${seconds(Date.now() - t)}`,
      );
      for (const p of found) log(`        ${p}`);
    }

    // 2. a burst: both workers take jobs from the queue
    t = Date.now();
    const platform = workflows[0];
    const burstBefore = (await cluster.executions(platform.workflow.id)).length;
    const burst = 6;
    await Promise.all(
      Array.from({ length: burst }, () =>
        fetch(`http://127.0.0.1:${cluster.webhookPort}/webhook/queue-${platform.name}`, {
          method: 'POST',
          body: '{}',
        }).then((r) => r.text()),
      ),
    );
    let burstRuns = [];
    await eventually(
      async () =>
        (burstRuns = (await cluster.executions(platform.workflow.id)).slice(burstBefore)).filter(
          (e) => e.done,
        ).length === burst,
      120_000,
      500,
    );
    const byWorker = {};
    const ranBy = cluster.ranBy();
    for (const run of burstRuns)
      byWorker[ranBy[run.id] ?? 'none'] = (byWorker[ranBy[run.id] ?? 'none'] ?? 0) + 1;
    facts.burst = {
      executions: burstRuns.length,
      success: burstRuns.filter((e) => e.status === 'success').length,
      byWorker,
      ms: Date.now() - t,
    };
    expect(
      facts.burst.success === burst,
      `burst: ${facts.burst.success} of ${burst} executions succeeded (${JSON.stringify(burstRuns.map((e) => e.status))})`,
    );
    expect(
      byWorker['worker-1'] > 0 && byWorker['worker-2'] > 0,
      `burst: the executions were not shared by both workers: ${JSON.stringify(byWorker)}`,
    );
    log(
      `  burst of ${burst} platform executions: ${JSON.stringify(byWorker)}, ${seconds(facts.burst.ms)}`,
    );

    // 3. the Chatwoot Trigger: registered once by the main, deliveries to the webhook process, run by workers
    const secret = registered()[0]?.secret;
    expect(
      creates() === 1 && registered().length === 1,
      `the trigger's webhook: ${creates()} creates, ${registered().length} for ${hookUrl}; expected one, by the main`,
    );
    const fetched = (displayId) =>
      mock.prism
        .exchanges()
        .filter(
          (e) => e.method === 'GET' && e.url === `/api/v1/accounts/1/conversations/${displayId}`,
        ).length;
    const deliver = (displayId, { deliveryId, sign = true } = {}) => {
      const body = messageEvent(displayId);
      const headers = sign
        ? signedHeaders(secret, body, deliveryId ? { deliveryId } : {})
        : { 'content-type': 'application/json' };
      return fetch(hookUrl, { method: 'POST', headers, body }).then(async (r) => ({
        status: r.status,
        text: await r.text(),
      }));
    };
    mock.prism.clear();
    const triggerBefore = (await cluster.executions(triggerWorkflow.id)).length;
    const signed = await deliver(7101, { deliveryId: 'queue-delivery-7101' });
    expect(
      signed.status === 200,
      `a signed delivery to the webhook process answered ${signed.status}: ${signed.text}`,
    );
    expect(
      await eventually(() => fetched(7101) === 1),
      'the signed delivery did not run the workflow (no GET of conversation 7101)',
    );
    const unsigned = await deliver(7102, { sign: false });
    expect(
      unsigned.status === 401,
      `an unsigned delivery answered ${unsigned.status}, expected 401`,
    );
    // ten deliveries, each sent twice in a row to the same webhook process
    const ids = Array.from({ length: 10 }, (_, i) => 7110 + i);
    const twice = [];
    for (const id of ids) {
      twice.push(await deliver(id, { deliveryId: `queue-delivery-${id}` }));
      twice.push(await deliver(id, { deliveryId: `queue-delivery-${id}` }));
    }
    expect(
      twice.every((a) => a.status === 200),
      `deliveries sent twice answered ${[...new Set(twice.map((a) => a.status))]}`,
    );
    await deliver(7130);
    await eventually(() => fetched(7130) === 1, 60_000);
    await eventually(
      async () =>
        (await cluster.executions(triggerWorkflow.id)).slice(triggerBefore).every((e) => e.done),
      30_000,
      500,
    );
    const runsTwice = ids.map(fetched);
    facts.repeatsSameProcess = {
      sent: ids.length,
      ran: runsTwice.reduce((a, n) => a + Math.max(0, n - 1), 0),
    };
    expect(
      runsTwice.every((n) => n === 1),
      `deliveries sent twice to one webhook process ran ${JSON.stringify(runsTwice)} times; expected once each`,
    );
    expect(fetched(7102) === 0, 'the unsigned delivery ran the workflow');
    const triggerRuns = (await cluster.executions(triggerWorkflow.id)).slice(triggerBefore);
    const triggerRanBy = cluster.ranBy();
    const byWorkerTrigger = {};
    for (const run of triggerRuns)
      byWorkerTrigger[triggerRanBy[run.id] ?? 'none'] =
        (byWorkerTrigger[triggerRanBy[run.id] ?? 'none'] ?? 0) + 1;
    facts.triggerRuns = {
      executions: triggerRuns.length,
      success: triggerRuns.filter((e) => e.status === 'success').length,
      byWorker: byWorkerTrigger,
    };
    expect(
      triggerRuns.length === 12 && !byWorkerTrigger.none,
      `trigger executions: ${triggerRuns.length} (expected 12: 7101, 10 once each, 7130), by ${JSON.stringify(byWorkerTrigger)}`,
    );
    log(
      `  trigger: webhook registered once by the main (${creates()} create); signed → 200, run by a worker; unsigned → 401; ${facts.repeatsSameProcess.ran} of ${ids.length} repeats to the same webhook process ran; executions by ${JSON.stringify(byWorkerTrigger)}`,
    );

    // 4. the same ten deliveries after restarting the webhook process: what the trigger stored is all it knows
    const stored = JSON.parse(
      (
        await cluster.postgres.query(
          `SELECT "staticData" FROM workflow_entity WHERE id = '${triggerWorkflow.id}'`,
        )
      ).trim() || '{}',
    );
    facts.storedDeliveryIds = Object.values(stored).reduce(
      (n, node) => n + (Array.isArray(node?.deliveries) ? node.deliveries.length : 0),
      0,
    );
    t = Date.now();
    const executionsBefore = (await cluster.executions(triggerWorkflow.id)).length;
    await cluster.stop('webhook-1');
    await cluster.spawn('webhook-1', 'webhook');
    for (const id of ids) await deliver(id, { deliveryId: `queue-delivery-${id}` });
    await deliver(7131);
    await eventually(() => fetched(7131) === 1, 60_000);
    await eventually(
      async () =>
        (await cluster.executions(triggerWorkflow.id)).slice(executionsBefore).every((e) => e.done),
      30_000,
      500,
    );
    await sleep(1_000);
    const afterRestart = (await cluster.executions(triggerWorkflow.id)).slice(executionsBefore);
    const runsAfter = ids.map(fetched);
    // the trigger lets a repeat through after the restart (an execution starts); Remove Duplicates stops it before the action
    facts.repeatsAfterRestart = {
      sent: ids.length,
      executions: afterRestart.length - 1,
      reachedAction: runsAfter.reduce((a, n) => a + (n - 1), 0),
    };
    expect(
      creates() === 1,
      `restarting the webhook process registered the webhook again (${creates()} creates)`,
    );
    expect(
      facts.repeatsAfterRestart.reachedAction === 0,
      `after the restart ${facts.repeatsAfterRestart.reachedAction} repeats got past Remove Duplicates to the action`,
    );
    expect(
      afterRestart.every((e) => e.status === 'success'),
      `executions after the restart: ${JSON.stringify(afterRestart.map((e) => e.status))}`,
    );
    log(
      `  after restarting the webhook process (${seconds(Date.now() - t)}): the trigger let ${facts.repeatsAfterRestart.executions} of ${ids.length} repeats through (the database held ${facts.storedDeliveryIds} delivery IDs in its static data); Remove Duplicates stopped ${ids.length - facts.repeatsAfterRestart.reachedAction} of them before the action`,
    );
    for (const rejection of mock.prism.rejections())
      problems.push(
        `mock rejected ${rejection.method} ${rejection.url}: ${rejection.reasons.join('; ')}`,
      );
    facts.totalMs = Date.now() - started;
  } catch (error) {
    problems.push(`queue mode: ${error.message}`);
  } finally {
    mock.webhooks.stop();
    await cluster.stopAll({ keep: Boolean(process.env.E2E_KEEP_QUEUE) && problems.length > 0 });
    if (process.env.E2E_KEEP_QUEUE && problems.length) log(`  kept ${cluster.folder}`);
  }
  return { problems, facts };
}
