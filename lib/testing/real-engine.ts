// Jest only: route tests against the real thing. A migrated throwaway PostgreSQL, the local GraphQL engine serving
// hasura/metadata with JWT auth against a test Cognito pool (real RSA signatures, real JWKS over HTTP), and tokens
// minted for named staff members, so an exported route handler runs exactly as in production: withStaff verifies the
// token, lib/hasura forwards it, and the engine's permissions decide.
import { NextRequest } from 'next/server';
import type { Client } from 'pg';
import { migrate } from '@/local/db/migrate';
import { withClient } from '@/local/db/throwaway-postgres';
import { setUpThrowawayPostgres } from '@/local/db/throwaway-postgres-jest';
import { LOCAL } from '@/local/stack/config';
import { startEngine, type LocalEngine } from '@/local/stack/engine';
import { CLIENT_ID, idClaims, mint, rsaKey, startTestPool, useTestPoolEnv, type TestPool } from '@/lib/auth/test-support';

export interface StaffMember {
  id: string;
  email: string;
  groups: readonly string[];
}

export const staff = (name: string, groups: readonly string[] = ['nest-access']): StaffMember => ({
  id: `00000000-0000-4000-8000-${Buffer.from(name).toString('hex').padEnd(12, '0').slice(0, 12)}`,
  email: `${name}@nest.test`,
  groups,
});

type Handler<P> = (req: NextRequest, context: { params: Promise<P> }) => Promise<Response>;

export interface CallOptions<P> {
  method?: string;
  /** A JSON value, or a string sent as-is (to test bodies that are not JSON). */
  body?: unknown;
  as?: StaffMember;
  params?: P;
  /** Path and query, e.g. '/api/shares?list_id=…'. */
  path?: string;
}

export interface RealEngine {
  /** Runs SQL as the database owner (fixtures and checks; the routes never do this). */
  sql<T extends object = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Calls an exported route handler as `as` (no token when omitted) and returns status and parsed JSON body. */
  // The body is whatever JSON the route answered; tests assert on its shape, so it is deliberately untyped here.
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  call<P extends Record<string, string>>(handler: Handler<P>, options?: CallOptions<P>): Promise<{ status: number; body: any }>;
  token(member: StaffMember): Promise<string>;
  graphqlUrl(): string;
}

const START_TIMEOUT_MS = 180_000;

/** Call at the top level of a test file; `members` get users rows before the first test. */
export function setUpRealEngine(databasePrefix: string, members: readonly StaffMember[]): RealEngine {
  const { freshDatabase } = setUpThrowawayPostgres(databasePrefix);
  const key = rsaKey('engine-test-key');
  let databaseUrl = '';
  let pool: TestPool | undefined;
  let engine: LocalEngine | undefined;
  const tokens = new Map<string, string>();

  beforeAll(async () => {
    databaseUrl = await freshDatabase();
    await migrate(databaseUrl);
    await withClient(databaseUrl, async (client: Client) => {
      for (const m of members) await client.query(`INSERT INTO users (id, email, role) VALUES ($1, $2, 'staff')`, [m.id, m.email]);
    });
    pool = await startTestPool(key);
    useTestPoolEnv(pool);
    engine = await startEngine({
      databaseUrl,
      adminSecret: LOCAL.hasuraAdminSecret,
      jwt: { issuer: pool.config.issuer, jwksUrl: pool.config.jwksUrl, clientId: CLIENT_ID },
      log: () => undefined,
    });
    process.env.HASURA_GRAPHQL_URL = engine.graphqlUrl;
  }, START_TIMEOUT_MS);

  afterAll(async () => {
    await engine?.child.stop();
    await pool?.close();
  }, START_TIMEOUT_MS);

  const token = async (member: StaffMember) => {
    let t = tokens.get(member.id);
    if (!t) {
      t = await mint(key, idClaims(pool!, { sub: member.id, 'cognito:username': member.id, email: member.email, 'cognito:groups': [...member.groups] }));
      tokens.set(member.id, t);
    }
    return t;
  };

  return {
    sql: async <T extends object>(text: string, params: unknown[] = []) => (await withClient(databaseUrl, (c) => c.query<T>(text, params))).rows,
    token,
    graphqlUrl: () => engine!.graphqlUrl,
    async call<P extends Record<string, string>>(handler: Handler<P>, options: CallOptions<P> = {}) {
      const { method = 'GET', body, as, params = {} as P, path = '/api' } = options;
      const headers: Record<string, string> = {};
      if (as) headers.authorization = `Bearer ${await token(as)}`;
      if (body !== undefined) headers['content-type'] = 'application/json';
      const req = new NextRequest(`http://localhost:3000${path}`, {
        method,
        headers,
        body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
      });
      const res = await handler(req, { params: Promise.resolve(params) });
      const text = await res.text();
      return { status: res.status, body: text ? JSON.parse(text) : null };
    },
  };
}
