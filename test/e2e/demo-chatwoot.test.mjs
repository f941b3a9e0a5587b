// The demo's Chatwoot keeps what is sent to it, and Prism still refuses what openapi/ does not allow.
// Usage: node --test test/e2e/demo-chatwoot.test.mjs   (run test/e2e/install.mjs tools first: Prism)
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';

import { MOCK_TOKEN } from './lib/chatwoot-mock.mjs';
import { startDemoChatwoot } from './lib/demo-chatwoot.mjs';
import { freePort } from './lib/proc.mjs';
import { demoCredentials } from './run.mjs';

let chatwoot;
const ACCOUNT = '/api/v1/accounts/1';

async function call(method, path, body, { token = MOCK_TOKEN } = {}) {
  const res = await fetch(`${chatwoot.url}${path}`, {
    method,
    headers: {
      'api-access-token': token,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, body: text ? JSON.parse(text) : undefined };
}

before(async () => {
  chatwoot = await startDemoChatwoot(await freePort());
});
after(() => chatwoot?.stop());

test('a contact is created, found by search, updated, listed and deleted', async () => {
  const created = await call('POST', `${ACCOUNT}/contacts`, {
    name: 'Tom Baker',
    email: 'tom@example.com',
    custom_attributes: { plan: 'free' },
  });
  assert.equal(created.status, 200);
  const { contact } = created.body.payload;
  assert.equal(contact.name, 'Tom Baker');
  assert.equal(contact.email, 'tom@example.com');
  assert.deepEqual(created.body.payload.contact_inbox, { inbox: null, source_id: null });

  const found = await call('GET', `${ACCOUNT}/contacts/search?q=tom`);
  assert.equal(found.status, 200);
  assert.deepEqual(
    found.body.payload.map((c) => c.name),
    ['Tom Baker'],
  );
  assert.deepEqual(found.body.meta, { count: 1, current_page: 1, has_more: false });

  const updated = await call('PUT', `${ACCOUNT}/contacts/${contact.id}`, {
    phone_number: '+4915199990000',
    custom_attributes: { seats: 3 },
  });
  assert.equal(updated.status, 200);
  assert.equal(updated.body.payload.phone_number, '+4915199990000');
  assert.equal(updated.body.payload.name, 'Tom Baker');
  assert.deepEqual(updated.body.payload.custom_attributes, { plan: 'free', seats: 3 });
  assert.equal(
    (await call('GET', `${ACCOUNT}/contacts/${contact.id}`)).body.payload.phone_number,
    '+4915199990000',
  );

  const listed = await call('GET', `${ACCOUNT}/contacts`);
  assert.ok(listed.body.payload.some((c) => c.id === contact.id));
  assert.equal(listed.body.meta.count, listed.body.payload.length);
  assert.equal(listed.body.meta.current_page, 1);

  assert.equal((await call('DELETE', `${ACCOUNT}/contacts/${contact.id}`)).status, 200);
  assert.equal((await call('GET', `${ACCOUNT}/contacts/${contact.id}`)).status, 404);
  assert.deepEqual((await call('GET', `${ACCOUNT}/contacts/search?q=tom`)).body.payload, []);
});

test('the seed records are the examples of openapi/ and searching is by the text typed', async () => {
  const seeded = await call('GET', `${ACCOUNT}/contacts/search?q=alice`);
  assert.deepEqual(
    seeded.body.payload.map((c) => c.name),
    ['Alice Doe'],
  );
  assert.deepEqual((await call('GET', `${ACCOUNT}/contacts/search?q=maria`)).body.payload, []);
});

test('contacts without email, phone number or identifier are searchable but not listed', async () => {
  const { body } = await call('POST', `${ACCOUNT}/contacts`, { name: 'Nameless Walker' });
  const id = body.payload.contact.id;
  const listed = await call('GET', `${ACCOUNT}/contacts`);
  assert.ok(!listed.body.payload.some((c) => c.id === id));
  const found = await call('GET', `${ACCOUNT}/contacts/search?q=walker`);
  assert.deepEqual(
    found.body.payload.map((c) => c.id),
    [id],
  );
});

test('labels are kept in lowercase and unique; canned responses filter by search', async () => {
  const label = await call('POST', `${ACCOUNT}/labels`, { title: 'Urgent', color: '#ff0000' });
  assert.equal(label.status, 200);
  assert.equal(label.body.title, 'urgent');
  assert.equal((await call('POST', `${ACCOUNT}/labels`, { title: 'URGENT' })).status, 422);
  const labels = await call('GET', `${ACCOUNT}/labels`);
  assert.ok(labels.body.payload.some((l) => l.id === label.body.id && l.color === '#ff0000'));

  const response = await call('POST', `${ACCOUNT}/canned_responses`, {
    canned_response: { short_code: 'welcome', content: 'Welcome aboard!' },
  });
  assert.equal(response.status, 200);
  const filtered = await call('GET', `${ACCOUNT}/canned_responses?search=ABOARD`);
  assert.deepEqual(
    filtered.body.map((r) => r.short_code),
    ['welcome'],
  );
});

test('a platform user is created, read, updated and deleted; an existing email answers that user', async () => {
  const created = await call('POST', '/platform/api/v1/users', {
    name: 'Tom Baker',
    email: 'tom.baker@example.com',
    password: 'Secret-123',
  });
  assert.equal(created.status, 200);
  assert.equal(created.body.name, 'Tom Baker');
  assert.equal(created.body.uid, 'tom.baker@example.com');
  assert.ok(!('password' in created.body));
  const again = await call('POST', '/platform/api/v1/users', {
    name: 'Another Tom',
    email: 'tom.baker@example.com',
    password: 'Secret-123',
  });
  assert.equal(again.body.id, created.body.id);
  assert.equal(again.body.name, 'Tom Baker');

  const user = `/platform/api/v1/users/${created.body.id}`;
  const updated = await call('PATCH', user, {
    name: 'Tom B.',
    custom_attributes: { tier: 'gold' },
  });
  assert.equal(updated.body.name, 'Tom B.');
  assert.equal((await call('GET', user)).body.name, 'Tom B.');
  assert.deepEqual((await call('GET', user)).body.custom_attributes, { tier: 'gold' });
  assert.equal((await call('DELETE', user)).status, 200);
  assert.equal((await call('GET', user)).status, 404);
  // the example workflow's user is there from the start
  assert.equal((await call('GET', '/platform/api/v1/users/42')).body.name, 'Ada Lovelace');
});

test('Prism still refuses a request openapi/ does not allow, and nothing is kept', async () => {
  const before = (await call('GET', `${ACCOUNT}/labels`)).body.payload.length;
  // a label needs a title
  const refused = await call('POST', `${ACCOUNT}/labels`, { color: '#00ff00' });
  assert.equal(refused.status, 422);
  assert.ok(chatwoot.prism.rejections().some((e) => e.url === `${ACCOUNT}/labels`));
  assert.equal((await call('GET', `${ACCOUNT}/labels`)).body.payload.length, before);
  // an empty search text is refused too
  assert.equal((await call('GET', `${ACCOUNT}/contacts/search?q=`)).status, 422);
});

test('a wrong token is refused before anything is kept', async () => {
  const refused = await call('POST', `${ACCOUNT}/teams`, { name: 'night shift' }, { token: 'x' });
  assert.equal(refused.status, 401);
  const teams = await call('GET', `${ACCOUNT}/teams`);
  assert.ok(!teams.body.some((t) => t.name === 'night shift'));
});

// n8n preselects one of a type's credentials in a new node: every one the demo creates must work
test('every credential the demo creates is accepted for the calls its token kind makes', async () => {
  const credentials = demoCredentials(chatwoot.url);
  assert.deepEqual(credentials.map((credential) => credential.name).sort(), [
    'Chatwoot platform app (mock)',
    'Chatwoot user (mock)',
  ]);
  for (const { name, data } of credentials) {
    const path =
      data.tokenType === 'platformApp' ? '/platform/api/v1/users/42' : `${ACCOUNT}/contacts`;
    const answer = await call('GET', path, undefined, { token: data.accessToken });
    assert.equal(answer.status, 200, `${name}: GET ${path} answered ${answer.status}`);
  }
});
