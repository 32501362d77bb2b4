// Route tests against the real thing: a throwaway PostgreSQL with hasura/migrations applied, the local GraphQL
// engine serving hasura/metadata in JWT mode, and a test Cognito pool whose keys sign the tokens. The route
// handlers are called directly with a real Request; everything behind them is what production runs.
import { randomUUID } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { CLIENT_ID, idClaims, mint, rsaKey, startTestPool, useTestPoolEnv, type TestPool } from '@/lib/auth/test-support';
import { migrate } from '@/local/db/migrate';
import { createDatabase, startThrowawayPostgres, withClient, type ThrowawayPostgres } from '@/local/db/throwaway-postgres';
import { startEngine, type LocalEngine } from '@/local/stack/engine';

const START_TIMEOUT_MS = 180_000;
const ADMIN_SECRET = 'api-stack-admin-secret';

export interface StaffMember {
  id: string;
  email: string;
  groups: string[];
  /** A genuine ID token of the test pool for this person. */
  token: string;
}

// `never`: any exported handler fits, whatever its params type; the test supplies the params it needs.
export type RouteHandler = (req: NextRequest, context: { params: Promise<never> }) => Promise<Response>;

export interface CallInit {
  method?: string;
  /** Path and query, e.g. '/api/phenoms?limit=5'. */
  path: string;
  /** Omitted: no Authorization header. */
  as?: StaffMember;
  /** An object is sent as JSON; a string is sent as it is (with a JSON content type unless headers say otherwise). */
  body?: unknown;
  params?: Record<string, string>;
  headers?: Record<string, string>;
}

export interface ApiStack {
  /** Superuser SQL on the test database, for fixtures and for checking what a route wrote. */
  sql<T extends object = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A staff member with a users row and a token; `admin` adds nest-admin. */
  staff(options?: { admin?: boolean; name?: string; groups?: string[] }): Promise<StaffMember>;
  /** Calls an exported route handler (GET, POST, …) with a real Request. */
  call(handler: RouteHandler, init: CallInit): Promise<Response>;
  /** The engine's /v1/graphql, to send the same operation straight to it. */
  readonly graphqlUrl: string;
  readonly databaseUrl: string;
}

export function buildRequest(init: CallInit): NextRequest {
  // Imported lazily so that test files which only build cases do not load Next's server runtime.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { NextRequest: Req } = require('next/server') as typeof import('next/server');
  const headers: Record<string, string> = {};
  let body: string | undefined;
  if (init.body !== undefined) {
    body = typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
    headers['content-type'] = 'application/json';
  }
  if (init.as) headers.authorization = `Bearer ${init.as.token}`;
  return new Req(`http://127.0.0.1:3000${init.path}`, { method: init.method ?? 'GET', headers: { ...headers, ...init.headers }, body });
}

/** Call at the top level of a test file: the stack starts before its tests and is removed after them. */
export function setUpApiStack(name: string): ApiStack {
  let pg: ThrowawayPostgres | undefined;
  let pool: (TestPool & { close(): Promise<void> }) | undefined;
  let engine: LocalEngine | undefined;
  let databaseUrl = '';
  const key = rsaKey(`${name}-key`);
  const engineLog: string[] = [];

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    databaseUrl = await createDatabase(pg, name);
    await migrate(databaseUrl);
    pool = await startTestPool(key);
    try {
      engine = await startEngine({
        databaseUrl,
        adminSecret: ADMIN_SECRET,
        jwt: { issuer: pool.config.issuer, jwksUrl: pool.config.jwksUrl, clientId: CLIENT_ID },
        log: (line) => engineLog.push(line),
      });
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${engineLog.slice(-20).join('\n')}`);
    }
    useTestPoolEnv(pool);
    process.env.HASURA_GRAPHQL_URL = engine.graphqlUrl;
  }, START_TIMEOUT_MS);

  // One hook, in this order: the engine holds connections to PostgreSQL, so it stops first.
  afterAll(async () => {
    await engine?.child.stop();
    await pool?.close();
    await pg?.stop();
  }, START_TIMEOUT_MS);

  const sql: ApiStack['sql'] = async (text, params = []) => (await withClient(databaseUrl, (c) => c.query(text, params))).rows;

  return {
    sql,
    async staff(options = {}) {
      if (!pool) throw new Error('staff() runs inside tests or hooks, after the stack has started');
      const id = randomUUID();
      const email = `${options.name ?? 'staff'}-${id.slice(0, 8)}@nest.test`;
      const groups = options.groups ?? (options.admin ? ['nest-access', 'nest-admin'] : ['nest-access']);
      await sql(`INSERT INTO public.users (id, email, display_name) VALUES ($1, $2, $3)`, [id, email, options.name ?? 'Staff']);
      const token = await mint(key, idClaims(pool, { sub: id, email, 'cognito:username': id, 'cognito:groups': groups }));
      return { id, email, groups, token };
    },
    call: (handler, init) => handler(buildRequest(init), { params: Promise.resolve(init.params ?? {}) as Promise<never> }),
    get graphqlUrl() {
      return engine?.graphqlUrl ?? '';
    },
    get databaseUrl() {
      return databaseUrl;
    },
  };
}
