// The ready AI support bot (docs/workflows/ai-support-bot.json) in a running n8n 2.x: activation points
// the agent bot at the trigger, a message_created delivery signed with the bot's secret starts it, n8n's
// AI Agent asks a scripted OpenAI-compatible model (lib/openai-mock.mjs) which picks the package's nodes
// as tools by the descriptions n8n built from their actions, and the Chatwoot mock must see exactly the
// reply, the label merge and the hand-off with its note. The tools the agent offered are saved as an
// artifact.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

import { MOCK_TOKEN, signedHeaders } from './chatwoot-mock.mjs';
import { pickTool, startOpenAiMock } from './openai-mock.mjs';
import { REPO_ROOT } from './paths.mjs';
import { freePort } from './proc.mjs';

export const READY_WORKFLOWS = path.join(REPO_ROOT, 'docs', 'workflows');
export const ARTIFACTS = path.join(REPO_ROOT, 'artifacts');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
export const readReady = (file) =>
  JSON.parse(readFileSync(path.join(READY_WORKFLOWS, file), 'utf8'));

/** Waits until `condition()` holds; false when it still does not after `timeoutMs`. */
export async function eventually(condition, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await sleep(200);
  }
  return condition();
}

/**
 * A ready workflow names its credentials only. `n8n import:workflow` does not look a name up: it gives
 * such a node the first credential of the type. So the copy imported here is given the IDs by name.
 */
export function withCredentialIds(workflow, credentials) {
  const idOf = Object.fromEntries(credentials.map((c) => [`${c.type}/${c.name}`, c.id]));
  return {
    ...workflow,
    nodes: workflow.nodes.map((node) =>
      node.credentials
        ? {
            ...node,
            credentials: Object.fromEntries(
              Object.entries(node.credentials).map(([type, ref]) => {
                const id = idOf[`${type}/${ref.name}`];
                if (!id) throw new Error(`${node.name}: no credential ${type} named ${ref.name}`);
                return [type, { id, name: ref.name }];
              }),
            ),
          }
        : node,
    ),
  };
}

/** The credentials the ready workflows name, pointing at the mocks. */
export function readyCredentials(chatwootUrl, openAiUrl) {
  return [
    {
      id: 'ready-chatwoot',
      name: 'Chatwoot account',
      type: 'chatwootAccessTokenApi',
      data: {
        baseUrl: chatwootUrl,
        tokenType: 'user',
        accessToken: MOCK_TOKEN,
        accountId: 1,
      },
    },
    {
      id: 'ready-openai',
      name: 'OpenAI account',
      type: 'openAiApi',
      data: { apiKey: 'sk-e2e-not-a-key', url: openAiUrl },
    },
  ];
}

const CONVERSATION = 7101;
const QUESTION = 'I was charged twice for my order. Can a person look at it?';
const REPLY = 'Sorry about the double charge. A colleague from billing will take over here.';
const LABELS = 'billing, refund';
// the labels the conversation has: the mock answers GET …/labels with openapi's example
const EXISTING_LABELS = ['billing', 'vip'];
const REASON = 'Customer was charged twice and asks for a person.';
const FINAL = 'Replied, labelled billing and refund, handed off.';
// the agent bot the ready workflow listens as, posting to the bot's own service until activation
const BOT_URL_BEFORE = 'https://bots.acme.test/support';

function messageEvent() {
  return JSON.stringify({
    event: 'message_created',
    id: 91_001,
    content: QUESTION,
    message_type: 'incoming',
    private: false,
    created_at: new Date().toISOString(),
    account: { id: 1, name: 'Acme' },
    inbox: { id: 1, name: 'Website' },
    conversation: {
      id: 50_000 + CONVERSATION,
      display_id: CONVERSATION,
      inbox_id: 1,
      status: 'pending',
    },
    sender: { id: 7, name: 'Ada', type: 'contact' },
  });
}

const NEW_CONVERSATION = 7102;
function conversationCreatedEvent() {
  return JSON.stringify({
    event: 'conversation_created',
    id: NEW_CONVERSATION,
    inbox_id: 1,
    status: 'open',
    account: { id: 1, name: 'Acme' },
    messages: [{ id: 91_002, content: 'Where is my parcel?', message_type: 0 }],
    meta: { sender: { id: 8, name: 'Grace', type: 'contact' } },
    created_at: Math.floor(Date.now() / 1000),
  });
}
const NOTIFIED = `New Chatwoot conversation #${NEW_CONVERSATION} in inbox 1 from Grace: Where is my parcel?`;

/** A channel's incoming webhook: records each JSON body posted to it. */
function startChannel(port) {
  const posts = [];
  const server = createServer((req, res) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      posts.push({ method: req.method, path: req.url, body: Buffer.concat(chunks).toString() });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end('{"ok":true}');
    });
  });
  return new Promise((resolve) =>
    server.listen(port, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${port}/channel`,
        posts,
        stop: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}

/**
 * What the Chatwoot mock must receive from the tools, and nothing else: the reply; Add Labels reads the
 * labels and sends them with the new ones after them; Hand Off opens the conversation, then adds the
 * reason as a private note.
 */
const CONVERSATION_PATH = `/api/v1/accounts/1/conversations/${CONVERSATION}`;
const EXPECTED = [
  { method: 'POST', path: `${CONVERSATION_PATH}/messages`, body: { content: REPLY } },
  { method: 'GET', path: `${CONVERSATION_PATH}/labels` },
  {
    method: 'POST',
    path: `${CONVERSATION_PATH}/labels`,
    body: { labels: [...EXISTING_LABELS, 'refund'] },
  },
  { method: 'POST', path: `${CONVERSATION_PATH}/toggle_status`, body: { status: 'open' } },
  {
    method: 'POST',
    path: `${CONVERSATION_PATH}/messages`,
    body: { content: REASON, private: true, message_type: 'outgoing' },
  },
];
/** Pairs of requests whose order matters: [before, after] as indexes into EXPECTED. */
const ORDERED = [
  [1, 2],
  [3, 4],
];
const sortKey = (request) =>
  `${request.method} ${request.path} ${JSON.stringify(request.body ?? null)}`;
const canonical = (list) =>
  JSON.stringify(
    [...list]
      .map(({ method, path: p, body }) => ({ method, path: p, body }))
      .sort((a, b) => sortKey(a).localeCompare(sortKey(b))),
  );

/**
 * The model's script: the first completion calls the three tools, each picked from the tools offered
 * by its description alone (none fitting fails the run); the second, which must carry the three tool
 * results, ends with a text.
 */
function script(seen) {
  return [
    (body) => {
      seen.tools = body.tools ?? [];
      const reply = pickTool(body.tools, /reply|send.*message/i, 'reply in the conversation');
      const label = pickTool(body.tools, /add labels/i, 'label the conversation');
      const handOff = pickTool(body.tools, /hand off/i, 'hand off to a human');
      const args = (tool, values) => {
        const properties = Object.keys(tool.parameters?.properties ?? {});
        const missing = Object.keys(values).filter((key) => !properties.includes(key));
        if (missing.length)
          throw new Error(
            `tool ${tool.name} takes ${properties.join(', ') || 'no parameters'}, not ${missing.join(', ')}`,
          );
        return values;
      };
      return {
        toolCalls: [
          { name: reply.name, arguments: args(reply, { reply: REPLY }) },
          { name: label.name, arguments: args(label, { labels: LABELS }) },
          { name: handOff.name, arguments: args(handOff, { reason: REASON }) },
        ],
      };
    },
    (body) => {
      const results = (body.messages ?? []).filter((message) => message.role === 'tool');
      if (results.length !== 3)
        throw new Error(`the second completion carried ${results.length} tool results, expected 3`);
      seen.toolResults = results.map((message) => String(message.content).slice(0, 200));
      return { text: FINAL };
    },
  ];
}

/**
 * Runs the check in an n8n 2.x whose package is installed (the server is started and stopped here).
 * Returns { problems, tools, requests }.
 */
export async function checkAiAgent(
  n8n,
  mock,
  log = console.log,
  { artifactsDir = ARTIFACTS } = {},
) {
  const problems = [];
  const expect = (ok, problem) => {
    if (!ok) problems.push(problem);
    return ok;
  };
  const seen = {};
  const model = await startOpenAiMock(await freePort(), script(seen));
  const channel = await startChannel(await freePort());
  const workflow = readReady('ai-support-bot.json');
  const trigger = workflow.nodes.find((node) => node.type.endsWith('.chatwootTrigger'));
  const url = `${n8n.baseUrl}/webhook/${trigger.webhookId}/webhook`;
  let requests = [];
  try {
    const credentials = readyCredentials(mock.url, model.url);
    await n8n.importCredentials(credentials);
    const id = await n8n.importWorkflow({
      ...withCredentialIds(workflow, credentials),
      id: 'cwReadyAiBot001',
    });
    await n8n.activateWorkflow(id);
    const notify = withCredentialIds(readReady('new-conversation-notify.json'), credentials);
    for (const node of notify.nodes)
      if (node.type === 'n8n-nodes-base.httpRequest')
        node.parameters = { ...node.parameters, url: channel.url };
    const notifyTrigger = notify.nodes.find((node) => node.type.endsWith('.chatwootTrigger'));
    const notifyUrl = `${n8n.baseUrl}/webhook/${notifyTrigger.webhookId}/webhook`;
    await n8n.activateWorkflow(await n8n.importWorkflow({ ...notify, id: 'cwReadyNotify001' }));
    mock.webhooks.start();
    mock.agentBots.start();
    const bot = mock.agentBots.seed({
      id: Number(trigger.parameters.agentBotId.value),
      name: 'Support bot',
      outgoing_url: BOT_URL_BEFORE,
    });
    mock.prism.clear();
    mock.clearReceived();
    await n8n.startServer();
    try {
      if (
        !expect(
          await eventually(() => mock.agentBots.get(bot.id)?.outgoing_url === url),
          `activation left agent bot ${bot.id} posting to ${mock.agentBots.get(bot.id)?.outgoing_url}, expected ${url}; n8n log:\n${n8n.server?.log.split('\n').slice(-30).join('\n')}`,
        )
      )
        return { problems };
      expect(
        !mock.webhooks.list().some((webhook) => webhook.url === url),
        `the bot workflow registered an account webhook for ${url}`,
      );
      const body = messageEvent();
      const delivered = await fetch(url, {
        method: 'POST',
        headers: signedHeaders(mock.agentBots.get(bot.id).secret, body),
        body,
      });
      expect(delivered.status === 200, `the signed delivery answered ${delivered.status}`);
      const toolRequests = () =>
        mock.received().filter((request) => !/\/(webhooks|agent_bots)(\/|$)/.test(request.path));
      await eventually(
        () =>
          model.errors().length > 0 ||
          (model.completions().length >= 2 && toolRequests().length >= EXPECTED.length),
        90_000,
      );
      await sleep(1_000);
      requests = toolRequests();

      // the ready "new conversation → notify a channel" workflow, in the same n8n
      const notifyHook = () => mock.webhooks.list().find((webhook) => webhook.url === notifyUrl);
      if (expect(await eventually(() => notifyHook()), `no webhook registered for ${notifyUrl}`)) {
        const created = conversationCreatedEvent();
        const answer = await fetch(notifyUrl, {
          method: 'POST',
          headers: signedHeaders(notifyHook().secret, created),
          body: created,
        });
        expect(
          answer.status === 200,
          `the conversation_created delivery answered ${answer.status}`,
        );
        await eventually(() => channel.posts.length > 0, 30_000);
        await sleep(500);
        const texts = channel.posts.map((post) => {
          try {
            return JSON.parse(post.body).text;
          } catch {
            return post.body;
          }
        });
        expect(
          channel.posts.length === 1 && channel.posts[0].method === 'POST' && texts[0] === NOTIFIED,
          `the channel received ${JSON.stringify(channel.posts)}, expected one POST with text ${JSON.stringify(NOTIFIED)}`,
        );
        log(`  new-conversation-notify: the channel received ${JSON.stringify(texts)}`);
      }
    } finally {
      await n8n.stopServer();
      mock.webhooks.stop();
      mock.agentBots.stop();
    }
    for (const error of model.errors()) problems.push(`model mock: ${error}`);
    expect(
      model.completions().length === 2,
      `the agent asked the model ${model.completions().length} times, expected 2`,
    );
    expect(
      canonical(requests) === canonical(EXPECTED),
      `the Chatwoot mock received ${canonical(requests)}, expected exactly ${canonical(EXPECTED)}`,
    );
    const at = (wanted) =>
      requests.findIndex((request) => canonical([request]) === canonical([wanted]));
    for (const [before, after] of ORDERED)
      expect(
        at(EXPECTED[before]) < at(EXPECTED[after]),
        `${sortKey(EXPECTED[before])} must come before ${sortKey(EXPECTED[after])}`,
      );
    for (const rejection of mock.prism.rejections())
      problems.push(
        `mock rejected ${rejection.method} ${rejection.url}: ${rejection.reasons.join('; ')}`,
      );
    const tools = (seen.tools ?? []).map((tool) => tool.function ?? tool);
    mkdirSync(artifactsDir, { recursive: true });
    const artifact = path.join(artifactsDir, `ai-agent-tools-${n8n.version}.json`);
    writeFileSync(
      artifact,
      `${JSON.stringify(
        {
          tools: tools.map(({ name, description, parameters }) => ({
            name,
            description,
            parameters,
          })),
          requests: requests.map(({ method, path: p, body }) => ({ method, path: p, body })),
          toolResults: seen.toolResults ?? [],
        },
        null,
        2,
      )}\n`,
    );
    log(
      `  the agent offered ${tools.length} tools (saved to ${path.relative(REPO_ROOT, artifact)}):`,
    );
    for (const tool of tools)
      log(
        `    ${tool.name}(${Object.keys(tool.parameters?.properties ?? {}).join(', ')}) — ${tool.description}`,
      );
    log(
      `  Chatwoot received: ${requests.map((r) => `${r.method} ${r.path} ${JSON.stringify(r.body)}`).join('; ')}`,
    );
    return { problems, tools, requests };
  } finally {
    await model.stop();
    await channel.stop();
  }
}
