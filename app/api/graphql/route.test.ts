import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, print } from 'graphql';
import { NextRequest } from 'next/server';
import {
  ListDetailDocument,
  ListSharesDocument,
  NotificationByIdDocument,
  NotificationPageDocument,
  UnreadNotificationCountDocument,
  UpdateListDocument,
} from '@/graphql/generated/graphql';
import persisted from '@/graphql/generated/persisted-documents.json';
import { createApolloClient, persistedHash } from '@/lib/apollo/client';
import { jsonCaller } from '@/local/test/api-json';
import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { POST } from './route';

// /api/graphql against the real engine: only the persisted operations of graphql/ run, as the caller, so the
// isolation the routes enforce holds here too.
const stack = setUpApiStack('graphql_proxy');
const call = jsonCaller(stack);
let ann: StaffMember, ben: StaffMember, dan: StaffMember;
let privateList: string;
let readOnlyList: string;
let annsNotification: string;

beforeAll(async () => {
  [ann, ben, dan] = await Promise.all(['ann', 'ben', 'dan'].map((name) => stack.staff({ name })));
  [{ id: privateList }, { id: readOnlyList }] = await stack.sql<{ id: string }>(`INSERT INTO lists (owner_id, name) VALUES ($1, 'Private'), ($1, 'Read only') RETURNING id`, [ann.id]);
  await stack.sql(`INSERT INTO list_shares (list_id, user_id) VALUES ($1, $2)`, [readOnlyList, ben.id]);
  [{ id: annsNotification }] = await stack.sql<{ id: string }>(`INSERT INTO notifications (user_id, kind) VALUES ($1, 'list.shared'), ($1, 'list.shared') RETURNING id`, [ann.id]);
});

const run = (as: StaffMember | undefined, body: unknown) => call(POST, { method: 'POST', path: '/api/graphql', as, body });
const op = <T extends object>(doc: T, variables: Record<string, unknown> = {}) => ({ documentId: persistedHash(doc as never), variables });

describe('what /api/graphql forwards', () => {
  it('runs a persisted operation by its hash as the caller', async () => {
    const res = await run(ann, op(UnreadNotificationCountDocument));
    expect(res).toEqual({ status: 200, body: { data: { notifications_aggregate: { aggregate: { count: 2 } } } } });
    // Apollo's persisted-query extension names it as well.
    const apq = await run(ben, { extensions: { persistedQuery: { version: 1, sha256Hash: persistedHash(UnreadNotificationCountDocument) } } });
    expect(apq.body.data.notifications_aggregate.aggregate.count).toBe(1);
  });

  it('refuses query text, even the text of one of our own operations', async () => {
    for (const query of ['{ users { id email } }', print(UnreadNotificationCountDocument)]) {
      const res = await run(ann, { query });
      expect(res.status).toBe(422);
      expect(res.body.error).toMatchObject({ code: 'invalid_input', field: 'query' });
    }
    const both = await run(ann, { ...op(UnreadNotificationCountDocument), query: '{ audit_log { diff } }' });
    expect(both.status).toBe(422);
  });

  it('answers 404 for a hash that is not one of ours, 422 for a mismatched operation name, 401 without a token', async () => {
    const unknown = await run(ann, { documentId: `sha256:${'0'.repeat(64)}` });
    expect(unknown).toEqual({ status: 404, body: { error: { code: 'not_found', message: expect.stringMatching(/persisted operations/) } } });
    expect((await run(ann, { ...op(UnreadNotificationCountDocument), operationName: 'AuditLog' })).body.error.field).toBe('operationName');
    expect((await run(undefined, op(UnreadNotificationCountDocument))).status).toBe(401);
    expect((await run(ann, {})).body.error.field).toBe('documentId');
  });

  it('persists every operation in graphql/, each under the hash its generated document carries', () => {
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : e.name.endsWith('.graphql') && e.name !== 'schema.graphql' ? [path.join(dir, e.name)] : []));
    const operations = files(path.resolve(__dirname, '../../../graphql')).flatMap((f) => parse(fs.readFileSync(f, 'utf8')).definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION));
    expect(Object.keys(persisted)).toHaveLength(operations.length);
    for (const doc of [ListDetailDocument, UnreadNotificationCountDocument, UpdateListDocument]) expect(Object.keys(persisted)).toContain(persistedHash(doc));
  });

  it('answers a wrongly typed variable with 422, never 500', async () => {
    const res = await run(ann, op(ListDetailDocument, { id: 42 }));
    expect(res.status).toBe(422);
    expect(res.body.error.code).toBe('invalid_input');
  });
});

describe('isolation through /api/graphql', () => {
  it('Dan cannot read Ann’s private list or its shares', async () => {
    expect((await run(dan, op(ListDetailDocument, { id: privateList }))).body).toEqual({ data: { lists_by_pk: null } });
    expect((await run(dan, op(ListSharesDocument, { listId: privateList }))).body).toEqual({ data: { lists_by_pk: null } });
  });

  it('Ben reads the list shared read-only with him but cannot change it', async () => {
    expect((await run(ben, op(ListDetailDocument, { id: readOnlyList }))).body.data.lists_by_pk.name).toBe('Read only');
    const res = await run(ben, op(UpdateListDocument, { id: readOnlyList, set: { name: 'Ben’s' } }));
    expect(res.body).toEqual({ data: { update_lists_by_pk: null } });
    expect(await stack.sql(`SELECT name FROM lists WHERE id = $1`, [readOnlyList])).toEqual([{ name: 'Read only' }]);
  });

  it('Ben cannot read Ann’s notifications, by id or in his page', async () => {
    expect((await run(ben, op(NotificationByIdDocument, { id: annsNotification }))).body).toEqual({ data: { notifications_by_pk: null } });
    const page = await run(ben, op(NotificationPageDocument, { limit: 50, where: { user_id: { _eq: ann.id } } }));
    expect(page.body.data.notifications).toEqual([]);
  });
});

describe('Apollo Client through /api/graphql', () => {
  it('polls the unread count the way the bell does, sending only the hash', async () => {
    const sent: unknown[] = [];
    // The browser's fetch, replaced by a call to the route handler with the caller's token (the cookie's role).
    const viaRoute: typeof fetch = async (input, init) => {
      sent.push(JSON.parse(String(init?.body)));
      const req = new NextRequest(new URL(String(input), 'http://127.0.0.1:3000'), { method: 'POST', body: init?.body as string, headers: { 'content-type': 'application/json', authorization: `Bearer ${ann.token}` } });
      return POST(req, { params: Promise.resolve({}) });
    };
    const client = createApolloClient({ uri: 'http://127.0.0.1:3000/api/graphql', fetch: viaRoute });
    const first = await client.query({ query: UnreadNotificationCountDocument, fetchPolicy: 'no-cache' });
    expect(first.data?.notifications_aggregate.aggregate?.count).toBe(2);
    await stack.sql(`UPDATE notifications SET read_at = now() WHERE id = $1`, [annsNotification]);
    const second = await client.query({ query: UnreadNotificationCountDocument, fetchPolicy: 'no-cache' });
    expect(second.data?.notifications_aggregate.aggregate?.count).toBe(1);
    expect(sent).toHaveLength(2);
    for (const body of sent) {
      expect(body).not.toHaveProperty('query');
      expect(body).toMatchObject({ extensions: { persistedQuery: { version: 1, sha256Hash: persistedHash(UnreadNotificationCountDocument) } } });
    }
  });
});
