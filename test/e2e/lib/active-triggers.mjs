// The trigger nodes in an active workflow of a running n8n, as users run them: the Chatwoot Trigger
// registers its webhook with the mock, receives deliveries signed the way Chatwoot signs them on
// its production URL, and removes the webhook when the workflow is deactivated; listening as an agent
// bot, it points the bot at its production URL, runs on deliveries signed with the bot's secret and
// gives the bot its old URL back when deactivated; the Chatwoot Poll Trigger asks for conversations
// when it is activated.
import { readFileSync } from 'node:fs';
import path from 'node:path';

import { signedHeaders } from './chatwoot-mock.mjs';
import { n8nMajor, REPO_ROOT } from './paths.mjs';

const ACTIVE = path.join(REPO_ROOT, 'test', 'e2e', 'active');
const readJson = (file) => JSON.parse(readFileSync(path.join(ACTIVE, file), 'utf8'));
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `condition()` holds; false when it still does not after `timeoutMs`. */
async function eventually(condition, timeoutMs = 30_000) {
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    if (await condition()) return true;
    await sleep(200);
  }
  return condition();
}

/** A `message_created` delivery as Chatwoot posts it, for the conversation with this display ID. */
function messageEvent(
  displayId,
  { messageType = 'incoming', sender = { id: 7, name: 'Ada', type: 'contact' } } = {},
) {
  return JSON.stringify({
    event: 'message_created',
    id: 90_000 + displayId,
    content: `Hello from conversation ${displayId}`,
    message_type: messageType,
    private: false,
    created_at: new Date().toISOString(),
    account: { id: 1, name: 'Acme' },
    inbox: { id: 1, name: 'Website' },
    conversation: { id: 50_000 + displayId, display_id: displayId, inbox_id: 1, status: 'open' },
    sender,
  });
}

/** REST calls as the owner of the running n8n, as the editor makes them. */
async function rest(n8n, session, method, route, body) {
  const response = await fetch(`${n8n.baseUrl}/rest${route}`, {
    method,
    headers: { ...session.headers, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok)
    throw new Error(`${method} /rest${route} answered ${response.status}: ${text.slice(0, 300)}`);
  return JSON.parse(text).data;
}

/** The workflow's switch in the editor: activate (publish in 2.x) or deactivate. */
async function toggle(n8n, session, workflowId, on) {
  if (!on) return rest(n8n, session, 'POST', `/workflows/${workflowId}/deactivate`, {});
  const { versionId } = await rest(n8n, session, 'GET', `/workflows/${workflowId}`);
  return rest(n8n, session, 'POST', `/workflows/${workflowId}/activate`, { versionId });
}

/**
 * Runs the whole check against an n8n whose package and credentials are installed; the server is
 * started and stopped here. Returns the problems found (empty when everything held).
 */
export async function checkActiveTriggers(n8n, mock, log = console.log) {
  const problems = [];
  const expect = (ok, problem) => {
    if (!ok) problems.push(problem);
    return ok;
  };
  const webhookWorkflow = readJson('webhook-trigger.json');
  const pollWorkflow = readJson('poll-trigger.json');
  const botWorkflow = readJson('agent-bot-trigger.json');
  const botTrigger = botWorkflow.nodes.find((node) => node.type.endsWith('.chatwootTrigger'));
  const botUrl = `${n8n.baseUrl}/webhook/${botTrigger.webhookId}/webhook`;
  const trigger = webhookWorkflow.nodes.find((node) => node.type.endsWith('.chatwootTrigger'));
  const events = [...trigger.parameters.events].sort();
  const url = `${n8n.baseUrl}/webhook/${trigger.webhookId}/webhook`;

  await n8n.importWorkflow(webhookWorkflow);
  await n8n.importWorkflow(pollWorkflow);
  await n8n.importWorkflow(botWorkflow);
  await n8n.activateWorkflow(webhookWorkflow.id);
  await n8n.activateWorkflow(pollWorkflow.id);
  await n8n.activateWorkflow(botWorkflow.id);

  mock.webhooks.start();
  // a webhook for this URL with other events, as an earlier activation whose n8n data was lost leaves it
  const leftBehind = mock.webhooks.seed({
    url,
    name: 'left behind',
    subscriptions: ['contact_created'],
  });
  // the agent bot the bot workflow listens as, posting to the bot's own service until then
  mock.agentBots.start();
  const botBefore = 'https://bots.acme.test/triage';
  const bot = mock.agentBots.seed({
    id: Number(botTrigger.parameters.agentBotId.value),
    name: 'Triage bot',
    outgoing_url: botBefore,
  });
  mock.prism.clear();

  const webhooksForUrl = () => mock.webhooks.list().filter((webhook) => webhook.url === url);
  const calls = (method) => mock.webhooks.calls.filter((call) => call.method === method);
  const fetched = (displayId) =>
    mock.prism
      .exchanges()
      .filter(
        (exchange) =>
          exchange.method === 'GET' &&
          exchange.url === `/api/v1/accounts/1/conversations/${displayId}`,
      ).length;
  const deliver = (body, headers) =>
    fetch(url, {
      method: 'POST',
      headers: headers ?? { 'content-type': 'application/json' },
      body,
    }).then(async (response) => ({
      status: response.status,
      text: await response.text(),
    }));
  const deliverSigned = (displayId, secret, { messageType, deliveryId } = {}) => {
    const body = messageEvent(displayId, { messageType });
    return deliver(body, signedHeaders(secret, body, { deliveryId }));
  };

  await n8n.startServer();
  try {
    const session = await n8n.setupOwner();
    // 1. activation on start-up adopts the webhook left for the URL: updated, never a second one
    await eventually(() => calls('PATCH').length > 0 || calls('POST').length > 0);
    const adopted = webhooksForUrl();
    expect(
      calls('POST').length === 0,
      `activation registered a second webhook for ${url} instead of adopting the existing one`,
    );
    expect(
      adopted.length === 1 &&
        adopted[0].id === leftBehind.id &&
        [...adopted[0].subscriptions].sort().join() === events.join(),
      `after activation the mock holds ${JSON.stringify(adopted)} for the URL; expected webhook ${leftBehind.id} with ${events}`,
    );
    const secret = adopted[0]?.secret ?? leftBehind.secret;
    log(
      `  activation: adopted webhook ${leftBehind.id} (${calls('GET').length} lists, ${calls('PATCH').length} update, ${calls('POST').length} create)`,
    );

    // 2. a signed delivery starts the workflow, which reads the conversation the event names
    const firstDelivery = 'e2e-delivery-7001';
    const signed = await deliverSigned(7001, secret, { deliveryId: firstDelivery });
    expect(signed.status === 200, `signed delivery answered ${signed.status}: ${signed.text}`);
    expect(
      await eventually(() => fetched(7001) === 1),
      'the signed delivery did not run the workflow (no GET of conversation 7001)',
    );

    // 3. what must start nothing
    const body = messageEvent(7002);
    const headers = signedHeaders(secret, body);
    const [unsigned, wrongSecret, stale] = [
      messageEvent(7003),
      messageEvent(7005),
      messageEvent(7006),
    ];
    const refusals = {
      unsigned: await deliver(unsigned),
      'tampered body': await deliver(body.replaceAll('7002', '7004'), headers),
      'wrong secret': await deliver(wrongSecret, signedHeaders('not-the-secret', wrongSecret)),
      'stale timestamp': await deliver(
        stale,
        signedHeaders(secret, stale, { timestamp: Math.floor(Date.now() / 1000) - 600 }),
      ),
    };
    for (const [kind, answer] of Object.entries(refusals))
      expect(
        answer.status === 401,
        `${kind} delivery answered ${answer.status}, expected 401: ${answer.text}`,
      );
    const first = await deliver(body, headers);
    const repeated = await deliver(body, headers);
    expect(
      first.status === 200 && repeated.status === 200,
      `a delivery sent twice answered ${first.status} and ${repeated.status}`,
    );
    const outgoing = await deliverSigned(7007, secret, { messageType: 'outgoing' });
    expect(
      outgoing.status === 200,
      `a filtered-out delivery answered ${outgoing.status}, expected 200`,
    );

    // a last valid delivery; once it has run, anything the ones before started would have run too
    await deliverSigned(7008, secret);
    expect(
      await eventually(() => fetched(7008) === 1),
      'the delivery after the refused ones did not run the workflow',
    );
    await sleep(1_500);
    const runs = Object.fromEntries(
      [7001, 7002, 7003, 7004, 7005, 7006, 7007, 7008].map((id) => [id, fetched(id)]),
    );
    expect(
      JSON.stringify(runs) ===
        JSON.stringify({ 7001: 1, 7002: 1, 7003: 0, 7004: 0, 7005: 0, 7006: 0, 7007: 0, 7008: 1 }),
      `workflow runs per conversation: ${JSON.stringify(runs)}; expected one each for 7001, 7002 (sent twice) and 7008, none for the others`,
    );
    log(
      `  deliveries: signed → 200 and one run; ${Object.keys(refusals).join(', ')} → 401; repeat and outgoing → 200, no run`,
    );

    // 4a. the agent bot: pointed at the production URL on activation, runs on deliveries signed with
    // its secret, once per delivery ID, never on its own messages; deactivation gives back its old URL
    expect(
      await eventually(() => mock.agentBots.get(bot.id)?.outgoing_url === botUrl),
      `after activation agent bot ${bot.id} posts to ${mock.agentBots.get(bot.id)?.outgoing_url}, expected ${botUrl}`,
    );
    const botCalls = () => mock.agentBots.calls.map((call) => call.method).join(' ');
    const deliverToBot = (displayId, options = {}, secretUsed = bot.secret) => {
      const botBody = messageEvent(displayId, options);
      return fetch(botUrl, {
        method: 'POST',
        headers: signedHeaders(secretUsed, botBody, { deliveryId: options.deliveryId }),
        body: botBody,
      }).then(async (response) => ({ status: response.status, text: await response.text() }));
    };
    const botFirst = await deliverToBot(8001, { deliveryId: 'e2e-bot-8001' });
    expect(botFirst.status === 200, `bot delivery answered ${botFirst.status}: ${botFirst.text}`);
    expect(
      await eventually(() => fetched(8001) === 1),
      'a delivery signed with the bot secret did not run the bot workflow (no GET of conversation 8001)',
    );
    const botRepeat = await deliverToBot(8001, { deliveryId: 'e2e-bot-8001' });
    const ownMessage = await deliverToBot(8002, {
      messageType: 'outgoing',
      sender: { id: bot.id, name: 'Triage bot', type: 'agent_bot' },
    });
    const webhookSecretToBot = await deliverToBot(8003, {}, secret);
    expect(
      botRepeat.status === 200 && ownMessage.status === 200 && webhookSecretToBot.status === 401,
      `bot repeat, own message and account-webhook-signed delivery answered ${botRepeat.status}, ${ownMessage.status}, ${webhookSecretToBot.status}; expected 200, 200, 401`,
    );
    await deliverToBot(8004);
    expect(
      await eventually(() => fetched(8004) === 1),
      'the bot delivery after the ignored ones did not run the workflow',
    );
    await sleep(1_500);
    const botRuns = Object.fromEntries([8001, 8002, 8003, 8004].map((id) => [id, fetched(id)]));
    expect(
      JSON.stringify(botRuns) === JSON.stringify({ 8001: 1, 8002: 0, 8003: 0, 8004: 1 }),
      `bot workflow runs per conversation: ${JSON.stringify(botRuns)}; expected one each for 8001 (sent twice) and 8004, none for the bot's own message 8002 and 8003`,
    );
    await toggle(n8n, session, botWorkflow.id, false);
    expect(
      await eventually(() => mock.agentBots.get(bot.id)?.outgoing_url === botBefore),
      `after deactivation agent bot ${bot.id} posts to ${mock.agentBots.get(bot.id)?.outgoing_url}, expected its old ${botBefore} (calls: ${botCalls()})`,
    );
    log(
      `  agent bot: pointed at the production URL, signed → one run, repeat and own message → no run, deactivation → old URL back (${botCalls()})`,
    );

    // 4. a restart keeps the webhook as it is, and a delivery accepted before it is still not run twice
    const changesBefore = calls('PATCH').length + calls('POST').length + calls('DELETE').length;
    await n8n.stopServer();
    await n8n.startServer();
    // 1.x checks its webhooks again on start-up; 2.x keeps what it registered
    await eventually(
      () => calls('GET').length > 2 || calls('PATCH').length + calls('POST').length > 1,
      5_000,
    );
    expect(
      calls('PATCH').length + calls('POST').length + calls('DELETE').length === changesBefore &&
        webhooksForUrl().length === 1,
      `restarting n8n changed the webhooks: ${JSON.stringify(mock.webhooks.calls.slice(-3))}`,
    );
    const retried = await deliverSigned(7001, secret, { deliveryId: firstDelivery });
    await deliverSigned(7012, secret);
    expect(
      await eventually(() => fetched(7012) === 1),
      'after the restart a signed delivery did not run the workflow',
    );
    await sleep(1_500);
    // Across a restart only the delivery IDs n8n stored in the trigger's static data are known. n8n 1.x
    // reads them afresh for each delivery; 2.x reads a cached copy taken at publication, so what it
    // stores is that copy plus the latest delivery, and a repeat of an earlier one after a restart runs.
    const storesEachDelivery = n8nMajor(n8n.version) < 2;
    expect(
      retried.status === 200,
      `the delivery accepted before the restart, sent again, answered ${retried.status}`,
    );
    if (storesEachDelivery)
      expect(
        fetched(7001) === 1,
        `the delivery accepted before the restart, sent again, ran the workflow again (${fetched(7001)} runs)`,
      );
    log(
      `  restart: webhook kept as it was (${calls('GET').length} lists in all), deliveries run; the first delivery sent again ran ${fetched(7001) - 1} more time(s)`,
    );

    // 5. deactivating in the editor removes the webhook; activating again registers one, with a new secret
    // (2.x publishes and unpublishes through an outbox: the REST call returns before the trigger is removed)
    await toggle(n8n, session, webhookWorkflow.id, false);
    expect(
      await eventually(() => calls('DELETE').length === 1 && webhooksForUrl().length === 0),
      `after deactivation the mock still holds ${JSON.stringify(webhooksForUrl())} (${calls('DELETE').length} deletes)`,
    );
    let afterOff;
    await eventually(async () => (afterOff = await deliverSigned(7009, secret)).status === 404);
    expect(
      afterOff.status === 404,
      `a delivery to the deactivated workflow answered ${afterOff.status}, expected 404`,
    );

    await toggle(n8n, session, webhookWorkflow.id, true);
    await eventually(() => webhooksForUrl().length > 0);
    const registered = webhooksForUrl();
    expect(
      calls('POST').length === 1 && registered.length === 1,
      `after activating again the mock holds ${registered.length} webhooks for the URL (${calls('POST').length} creates)`,
    );
    const newSecret = registered[0]?.secret;
    expect(
      newSecret && newSecret !== secret,
      'the registered webhook came with the same secret as the deleted one',
    );
    if (newSecret) {
      await deliverSigned(7010, newSecret);
      expect(
        await eventually(() => fetched(7010) === 1),
        'a delivery signed with the new secret did not run the workflow',
      );
    }
    const oldSecret = await deliverSigned(7011, secret);
    expect(
      oldSecret.status === 401,
      `a delivery signed with the deleted webhook's secret answered ${oldSecret.status}, expected 401`,
    );
    await toggle(n8n, session, webhookWorkflow.id, false);
    expect(
      await eventually(() => webhooksForUrl().length === 0),
      'the second deactivation left a webhook behind',
    );
    log(
      `  editor switch: off → webhook deleted, deliveries 404; on → registered anew (${calls('POST').length} create); off → deleted (${calls('DELETE').length} deletes in all)`,
    );

    // 6. the poll trigger asked for conversations when it was activated
    const polls = mock.prism
      .exchanges()
      .filter(
        (exchange) =>
          exchange.method === 'GET' &&
          /^\/api\/v1\/accounts\/1\/conversations\?/.test(exchange.url),
      );
    expect(polls.length > 0, 'the active Chatwoot Poll Trigger sent no conversation list request');
    log(`  poll trigger: ${polls.length} conversation list request(s) on activation`);
  } finally {
    await n8n.stopServer();
    mock.webhooks.stop();
    mock.agentBots.stop();
  }
  for (const rejection of mock.prism.rejections())
    problems.push(
      `mock rejected ${rejection.method} ${rejection.url}: ${rejection.reasons.join('; ')}`,
    );
  return problems;
}
