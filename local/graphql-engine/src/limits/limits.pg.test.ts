import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { setUpThrowawayPostgres } from '../../../db/throwaway-postgres-jest';
import { startEngine, type LocalEngine } from '../../../stack/engine';

// Issue 14: the API limits of hasura/metadata's api_limits.yaml, enforced by the engine process itself
// (`npm run graphql-engine` over a metadata directory and a real PostgreSQL). Each limit: over it the request is
// refused with the limit's error, under it answered; the attacks from the issue (a deep relationship chain over
// all media, a batch of hundreds of full-table queries, a statement that never ends, a client that leaves) end
// within 2 s, and the database answers a simple query right after.

jest.setTimeout(180_000);

const postgres = setUpThrowawayPostgres('limits_test');
const ADMIN_SECRET = 'limits-test-secret';
let engine: LocalEngine;
let db: pg.Pool;
let metadataDir: string;
const log: string[] = [];

const LIMITS = {
  depth_limit: { global: 4, per_role: { roomy: 6 } },
  node_limit: { global: 12 },
  batch_limit: { global: 3 },
  time_limit: { global: 1, per_role: { patient: 60 } },
};

const select = (columns: string[], extra: Record<string, unknown> = {}) => ({ columns, filter: {}, allow_aggregations: true, ...extra });
function writeMetadata(dir: string) {
  const write = (file: string, value: unknown) => {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    fs.writeFileSync(path.join(dir, file), JSON.stringify(value));
  };
  const roles = ['staff', 'roomy', 'patient'];
  write('version.yaml', { version: 3 });
  write('api_limits.yaml', LIMITS);
  write('databases/databases.yaml', [{ name: 'default', kind: 'postgres', configuration: { connection_info: { database_url: { from_env: 'HASURA_GRAPHQL_DATABASE_URL' } } }, tables: '!include default/tables/tables.yaml' }]);
  write('databases/default/tables/tables.yaml', ['!include public_phenom.yaml', '!include public_media.yaml']);
  write('databases/default/tables/public_phenom.yaml', {
    table: { schema: 'public', name: 'phenom' },
    array_relationships: [{ name: 'media', using: { foreign_key_constraint_on: { table: { schema: 'public', name: 'media' }, column: 'phenom_id' } } }],
    computed_fields: [
      { name: 'slow', definition: { function: { schema: 'public', name: 'phenom_slow' } } },
      { name: 'timeout', definition: { function: { schema: 'public', name: 'phenom_timeout' } } },
    ],
    select_permissions: roles.map((role) => ({ role, permission: select(['id', 'title'], { computed_fields: ['slow', 'timeout'], limit: 5000 }) })),
  });
  write('databases/default/tables/public_media.yaml', {
    table: { schema: 'public', name: 'media' },
    object_relationships: [{ name: 'phenom', using: { foreign_key_constraint_on: 'phenom_id' } }],
    select_permissions: roles.map((role) => ({ role, permission: select(['id', 'phenom_id', 'kind'], { limit: 50000 }) })),
  });
}

beforeAll(async () => {
  const url = await postgres.freshDatabase();
  db = new pg.Pool({ connectionString: url, max: 2 });
  db.on('error', () => {});
  await db.query(`
    CREATE TABLE phenom (id serial PRIMARY KEY, title text NOT NULL);
    CREATE TABLE media (id serial PRIMARY KEY, phenom_id int NOT NULL REFERENCES phenom(id), kind text NOT NULL);
    INSERT INTO phenom (title) SELECT 'p' || g FROM generate_series(1, 2000) g;
    INSERT INTO media (phenom_id, kind) SELECT 1 + (g % 2000), 'image' FROM generate_series(1, 20000) g;
    -- A statement that would run for a minute: what a time limit has to stop.
    CREATE FUNCTION phenom_slow(p phenom) RETURNS text LANGUAGE sql STABLE AS $$ SELECT p.title || pg_sleep(60)::text $$;
    -- What the engine's connections run under.
    CREATE FUNCTION phenom_timeout(p phenom) RETURNS text LANGUAGE sql STABLE AS $$ SELECT current_setting('statement_timeout') $$;
  `);
  metadataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'limits-metadata-'));
  writeMetadata(metadataDir);
  engine = await startEngine({ databaseUrl: url, metadataDir, adminSecret: ADMIN_SECRET, log: (line) => log.push(line) });
});

afterAll(async () => {
  await engine?.child.stop();
  await db?.end();
  if (metadataDir) fs.rmSync(metadataDir, { recursive: true, force: true });
});

async function post(body: unknown, role?: string, signal?: AbortSignal) {
  const headers: Record<string, string> = { 'content-type': 'application/json', 'x-hasura-admin-secret': ADMIN_SECRET };
  if (role) headers['x-hasura-role'] = role;
  const res = await fetch(engine.graphqlUrl, { method: 'POST', headers, body: JSON.stringify(body), signal });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: { message: string; extensions: { code: string; path: string } }[] } };
}
const gql = (query: string, role = 'staff') => post({ query }, role);
const codes = (r: { body: { errors?: { extensions: { code: string } }[] } }) => (r.body.errors ?? []).map((e) => e.extensions.code);

/** The timed request, then a simple query that must still be answered at once: the database stayed responsive. */
async function timedThenResponsive(request: () => Promise<{ body: { errors?: { extensions: { code: string } }[] } }>) {
  const started = Date.now();
  const result = await request();
  const elapsed = Date.now() - started;
  const after = await gql('{ phenom(limit: 1, order_by: {id: asc}) { id } }');
  expect(after.body).toEqual({ data: { phenom: [{ id: 1 }] } });
  return { result, elapsed };
}

/** `phenom { media { phenom { media … } } }` with `levels` fields that have a selection set; `limit` on each list. */
function chain(levels: number, limit?: number): string {
  let inner = 'id';
  const args = limit === undefined ? '' : `(limit: ${limit}, order_by: {id: asc})`;
  for (let i = levels; i >= 1; i--) inner = i === 1 ? `phenom${args} { id ${inner} }` : i % 2 ? `phenom { id ${inner} }` : `media${args} { id ${inner} }`;
  return `{ ${inner} }`;
}

/** Backends running a statement of this test's engine that contains `text`. */
async function running(text: string): Promise<number> {
  const r = await db.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE state = 'active' AND query LIKE $1 AND pid <> pg_backend_pid()`, [`%${text}%`]);
  return r.rows[0].n as number;
}
async function until(check: () => Promise<boolean>, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 50));
  }
  return check();
}

describe('depth_limit', () => {
  it('answers an operation as deep as the limit, counting only fields with a selection set', async () => {
    const r = await gql('{ phenom(limit: 1, order_by: {id: asc}) { id media(limit: 1, order_by: {id: asc}) { phenom { media(limit: 1, order_by: {id: asc}) { id } } } } }');
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ phenom: [{ id: 1, media: [{ phenom: { media: [{ id: 2000 }] } }] }] });
  });

  it('refuses one level deeper with depth-limit-exceeded, fragments counted where they are spread', async () => {
    const r = await gql('{ phenom(limit: 1) { ...P } } fragment P on phenom { media(limit: 1) { phenom { media(limit: 1) { phenom { id } } } } }');
    expect(r.status).toBe(200);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors).toEqual([
      { message: 'the operation is 5 levels deep; the depth limit of role "staff" is 4', extensions: { code: 'depth-limit-exceeded', path: '$' } },
    ]);
  });

  it('takes a per_role value over the global one, and never limits admin', async () => {
    expect(codes(await gql(chain(6, 1), 'roomy'))).toEqual([]);
    expect(codes(await gql(chain(7, 1), 'roomy'))).toEqual(['depth-limit-exceeded']);
    const admin = await post({ query: '{ phenom(limit: 1) { media(limit: 1) { phenom { media(limit: 1) { phenom { media(limit: 1) { id } } } } } } }' });
    expect(admin.body.errors).toBeUndefined();
  });

  it('does not count introspection towards the depth', async () => {
    const r = await gql('{ __schema { types { fields { type { ofType { ofType { name } } } } } } }', 'staff');
    expect(r.body.errors).toBeUndefined();
  });

  it('refuses the deep relationship chain over all media at once; the database stays responsive', async () => {
    const { result, elapsed } = await timedThenResponsive(() => gql(chain(12)));
    expect(codes(result)).toEqual(['depth-limit-exceeded']);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('node_limit', () => {
  const aliased = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `p${i}: phenom(limit: 1) { id }`).join(' ')} }`;

  it('answers an operation with as many nodes as the limit', async () => {
    const r = await gql(aliased(12));
    expect(r.body.errors).toBeUndefined();
    expect(Object.keys(r.body.data as object)).toHaveLength(12);
  });

  it('refuses one node more with node-limit-exceeded', async () => {
    const r = await gql(aliased(13));
    expect(r.body.errors).toEqual([
      { message: 'the operation has 13 nodes (fields with a selection set); the node limit of role "staff" is 12', extensions: { code: 'node-limit-exceeded', path: '$' } },
    ]);
  });
});

describe('batch_limit', () => {
  const full = { query: '{ media { id phenom_id kind } }' };

  it('answers a batch as large as the limit', async () => {
    const r = await post([{ query: '{ phenom(limit: 1) { id } }' }, { query: '{ phenom(limit: 2) { id } }' }, { query: '{ media(limit: 1) { id } }' }], 'staff');
    expect(r.body).toHaveLength(3);
  });

  it('refuses a batch of hundreds of full-table queries before running any; the database stays responsive', async () => {
    const { result, elapsed } = await timedThenResponsive(() => post(Array.from({ length: 300 }, () => full), 'staff'));
    expect(result.body).toEqual({
      errors: [{ message: 'the batch has 300 operations; the batch limit of role "staff" is 3', extensions: { code: 'batch-limit-exceeded', path: '$' } }],
    });
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('time_limit', () => {
  it('answers time-limit-exceeded after the limit and cancels the statement in PostgreSQL', async () => {
    const { result, elapsed } = await timedThenResponsive(() => gql('{ phenom(limit: 1) { slow } }'));
    expect(result.body).toEqual({
      errors: [{ message: 'the operation took longer than the time limit of role "staff" (1 s) and was cancelled', extensions: { code: 'time-limit-exceeded', path: '$' } }],
    });
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThan(2000);
    expect(await until(async () => (await running('phenom_slow')) === 0, 1000)).toBe(true);
  });

  it('answers a request that ends in time', async () => {
    expect((await gql('{ phenom(limit: 1, order_by: {id: asc}) { title } }')).body).toEqual({ data: { phenom: [{ title: 'p1' }] } });
  });

  it('cancels the statement of a client that disconnects, and only that one', async () => {
    const first = new AbortController();
    const second = new AbortController();
    const a = post({ query: '{ phenom(limit: 1) { slow } }' }, 'patient', first.signal).catch(() => 'aborted');
    const b = post({ query: '{ phenom(limit: 1) { id slow } }' }, 'patient', second.signal).catch(() => 'aborted');
    expect(await until(async () => (await running('phenom_slow')) === 2, 3000)).toBe(true);
    first.abort();
    expect(await a).toBe('aborted');
    // The disconnected client's statement is cancelled; the other one (still connected) keeps running.
    expect(await until(async () => (await running('phenom_slow')) === 1, 2000)).toBe(true);
    second.abort();
    expect(await b).toBe('aborted');
    expect(await until(async () => (await running('phenom_slow')) === 0, 2000)).toBe(true);
  });

  it('runs the engine connections with a statement_timeout a few seconds above the longest time limit', async () => {
    expect((await gql('{ phenom(limit: 1) { timeout } }')).body).toEqual({ data: { phenom: [{ timeout: '65s' }] } });
  });
});
