// The demo's Chatwoot: the tests' mock (Prism validates every request against openapi/ first) with
// the records a newcomer's first workflows touch kept in memory, so that what is created can be
// found, listed, changed and deleted again. Contacts, account labels, teams, canned responses and
// Platform API users are kept here, account webhooks by the mock's own store; every other route
// answers with Prism's examples. The records start as the examples of openapi/'s answers, so they
// have the shapes Chatwoot's views give them. The tests use the deterministic mock (chatwoot-mock.mjs).
import { MOCK_TOKEN, startChatwootMock } from './chatwoot-mock.mjs';

const ACCOUNT_ROUTE =
  /^\/api\/v1\/accounts\/([0-9]+)\/(contacts|labels|teams|canned_responses)(?:\/([^/]+))?$/;
const PLATFORM_ROUTE = /^\/platform\/api\/v1\/(users)(?:\/([^/]+))?$/;
const NOT_FOUND = [404, { error: 'Resource could not be found' }];
const now = () => new Date();
const lower = (value) => String(value ?? '').toLowerCase();

/**
 * How Chatwoot answers for each kept resource (docs/server-facts.md and openapi/parts/<res>.yaml):
 * where the seed records sit in the list example, what a new record holds before the input is
 * applied, and the shapes of the list, single, created and deleted answers.
 */
const RESOURCES = {
  contacts: {
    seeds: (listAnswer) => listAnswer.payload,
    input: (body) => body,
    blank: () => ({
      name: '',
      email: null,
      phone_number: null,
      identifier: null,
      thumbnail: '',
      availability_status: 'offline',
      blocked: false,
      additional_attributes: {},
      custom_attributes: {},
      last_activity_at: null,
      created_at: Math.floor(now().getTime() / 1000),
      contact_inboxes: [],
    }),
    fields: ['name', 'email', 'phone_number', 'identifier', 'blocked'],
    merged: ['additional_attributes', 'custom_attributes'],
    pageSize: 15,
    // only contacts with an email, a phone number or an identifier are listed
    listed: (contact) => Boolean(contact.email || contact.phone_number || contact.identifier),
    list: (page, { count, currentPage }) => ({
      meta: { count, current_page: currentPage },
      payload: page,
    }),
    search: {
      matches: (contact, q) =>
        [contact.name, contact.email, contact.phone_number].some((text) =>
          lower(text).includes(lower(q)),
        ) || String(contact.identifier ?? '').includes(q),
      answer: (page, { currentPage, hasMore }) => ({
        meta: { count: page.length, current_page: currentPage, has_more: hasMore },
        payload: page,
      }),
    },
    one: (contact) => ({ payload: contact }),
    created: (contact) => ({
      payload: { contact, contact_inbox: { inbox: null, source_id: null } },
    }),
  },
  labels: {
    seeds: (listAnswer) => listAnswer.payload,
    input: (body) => body,
    blank: () => ({ title: '', description: '', color: '#1f93ff', show_on_sidebar: false }),
    fields: ['title', 'description', 'color', 'show_on_sidebar'],
    // stored in lowercase, unique per account
    normalize: (label) => ({ ...label, title: lower(label.title) }),
    unique: 'title',
    list: (all) => ({ payload: all }),
    one: (label) => label,
    created: (label) => label,
  },
  teams: {
    seeds: (listAnswer) => listAnswer,
    input: (body) => body,
    blank: () => ({
      name: '',
      description: '',
      allow_auto_assign: true,
      account_id: 1,
      is_member: false,
    }),
    fields: ['name', 'description', 'allow_auto_assign'],
    normalize: (team) => ({ ...team, name: lower(team.name) }),
    unique: 'name',
    list: (all) => all,
    one: (team) => team,
    created: (team) => team,
  },
  canned_responses: {
    seeds: (listAnswer) => listAnswer,
    input: (body) => body.canned_response ?? {},
    blank: () => ({
      account_id: 1,
      short_code: '',
      content: '',
      created_at: now().toISOString(),
      updated_at: now().toISOString(),
    }),
    fields: ['short_code', 'content'],
    stamp: (response) => ({ ...response, updated_at: now().toISOString() }),
    // `search` keeps the responses whose short code or content contains the text, in any case
    filter: (response, query) =>
      !query.search ||
      [response.short_code, response.content].some((text) =>
        lower(text).includes(lower(query.search)),
      ),
    list: (all) => all,
    one: (response) => response,
    created: (response) => response,
  },
  // Platform API users; there is no list, so the seed is the example user of GET users/42
  users: {
    seedPath: '/platform/api/v1/users/42',
    seeds: (user) => [user],
    input: (body) => body,
    blank: () => ({
      name: '',
      display_name: null,
      email: '',
      uid: '',
      provider: 'email',
      confirmed: true,
      custom_attributes: {},
      accounts: [],
    }),
    fields: ['name', 'display_name', 'email'],
    merged: ['custom_attributes'],
    // the email is the user's uid; creating a user whose email exists answers with that user
    normalize: (user) => ({ ...user, uid: user.email }),
    existing: (list, input) => list.find((user) => user.email === input.email),
    one: (user) => user,
    created: (user) => user,
  },
};

/** The kept records, per account and resource; each account starts with a copy of the seeds. */
export function demoStore(seeds) {
  const accounts = new Map();
  let nextId = 1000;
  const records = (accountId, resource) => {
    if (!accounts.has(accountId))
      accounts.set(
        accountId,
        Object.fromEntries(
          Object.entries(seeds).map(([name, list]) => [
            name,
            list.map((record) => ({
              ...structuredClone(record),
              ...('account_id' in record ? { account_id: Number(accountId) } : {}),
            })),
          ]),
        ),
      );
    return accounts.get(accountId)[resource];
  };
  const apply = (spec, record, input) => {
    const next = { ...record };
    for (const field of spec.fields) if (input[field] !== undefined) next[field] = input[field];
    for (const field of spec.merged ?? [])
      if (input[field] !== undefined) next[field] = { ...next[field], ...input[field] };
    return spec.normalize ? spec.normalize(next) : next;
  };
  const taken = (spec, list, record) =>
    spec.unique &&
    list.some((other) => other.id !== record.id && other[spec.unique] === record[spec.unique]);
  const page = (list, query, size) => {
    const currentPage = Math.max(1, Number.parseInt(query.page ?? '1', 10) || 1);
    const start = (currentPage - 1) * size;
    return {
      items: list.slice(start, start + size),
      currentPage,
      hasMore: start + size < list.length,
    };
  };

  return {
    /**
     * The answer for a request Prism accepted, or undefined when the route is not kept here.
     * `query` is the parsed query string, `body` the parsed JSON body ({} when none).
     */
    answer(method, pathname, query, body) {
      const route =
        ACCOUNT_ROUTE.exec(pathname) ?? PLATFORM_ROUTE.exec(pathname)?.toSpliced(1, 0, 'platform');
      if (!route) return undefined;
      const [, accountId, resource, rest] = route;
      const spec = RESOURCES[resource];
      const list = records(accountId, resource);
      if (rest === 'search' && spec.search && method === 'GET') {
        const found = list.filter((record) => spec.search.matches(record, query.q ?? ''));
        const { items, currentPage, hasMore } = page(found, query, spec.pageSize);
        return [200, spec.search.answer(items, { currentPage, hasMore })];
      }
      if (rest === undefined && method === 'GET' && spec.list) {
        const shown = list.filter(
          (record) => (spec.listed?.(record) ?? true) && (spec.filter?.(record, query) ?? true),
        );
        if (!spec.pageSize) return [200, spec.list(shown)];
        const { items, currentPage } = page(shown, query, spec.pageSize);
        return [200, spec.list(items, { count: shown.length, currentPage })];
      }
      if (rest === undefined && method === 'POST') {
        const found = spec.existing?.(list, spec.input(body));
        if (found) return [200, spec.created(found)];
        const record = apply(spec, { id: nextId++, ...spec.blank() }, spec.input(body));
        if (taken(spec, list, record))
          return [422, { message: `${spec.unique} has already been taken` }];
        if ('account_id' in record) record.account_id = Number(accountId);
        list.push(record);
        return [200, spec.created(record)];
      }
      if (!/^[0-9]+$/.test(rest ?? '')) return undefined;
      const index = list.findIndex((record) => record.id === Number(rest));
      if (index === -1) return NOT_FOUND;
      if (method === 'GET') return [200, spec.one(list[index])];
      if (method === 'PUT' || method === 'PATCH') {
        let record = apply(spec, list[index], spec.input(body));
        if (spec.stamp) record = spec.stamp(record);
        if (taken(spec, list, record))
          return [422, { message: `${spec.unique} has already been taken` }];
        list[index] = record;
        return [200, spec.one(record)];
      }
      if (method === 'DELETE') {
        list.splice(index, 1);
        return [200, undefined];
      }
      return undefined;
    },
  };
}

/** The seed records: the examples of openapi/'s list answers, as Prism serves them. */
async function seedsFrom(prismUrl) {
  const seeds = {};
  for (const [resource, spec] of Object.entries(RESOURCES)) {
    const res = await fetch(`${prismUrl}${spec.seedPath ?? `/api/v1/accounts/1/${resource}`}`, {
      headers: { 'api-access-token': MOCK_TOKEN },
    });
    if (!res.ok) throw new Error(`seeding ${resource}: Prism answered ${res.status}`);
    seeds[resource] = spec.seeds(await res.json());
  }
  return seeds;
}

/** The mock of chatwoot-mock.mjs with the records above kept in memory; stop() as the mock's. */
export async function startDemoChatwoot(port) {
  let store;
  const mock = await startChatwootMock(port, {
    keep: (...request) => store?.answer(...request),
  });
  store = demoStore(await seedsFrom(mock.prism.url));
  mock.prism.clear();
  mock.webhooks.start();
  return mock;
}
