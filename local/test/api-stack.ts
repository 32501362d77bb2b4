// Route tests against the real thing: a throwaway PostgreSQL with hasura/migrations applied, the local GraphQL
// engine serving hasura/metadata in JWT mode, and a test Cognito pool whose keys sign the tokens. The route
// handlers are called directly with a real Request; everything behind them is what production runs.
// With `cognito: true` the pool is the local Cognito instead (accounts, groups, real sign-ins and global sign-out,
// for the admin routes), and with `s3: true` the local S3 holds the media (signatures and expiry checked as S3 does).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { NextRequest } from 'next/server';
import { CLIENT_ID, idClaims, mint, rsaKey, startTestPool, useTestPoolEnv, type TestPool } from '@/lib/auth/test-support';
import { ensureLocalCognito } from '@/local/cognito/seed';
import { startTestCognito, type TestCognito } from '@/local/cognito/test-support';
import { migrate } from '@/local/db/migrate';
import { createDatabase, startThrowawayPostgres, withClient, type ThrowawayPostgres } from '@/local/db/throwaway-postgres';
import { startS3, type LocalS3 } from '@/local/s3/server';
import { LOCAL } from '@/local/stack/config';
import { startEngine, type LocalEngine } from '@/local/stack/engine';

const LOCAL_CREDENTIALS = { accessKeyId: LOCAL.accessKeyId, secretAccessKey: LOCAL.secretAccessKey };

const START_TIMEOUT_MS = 180_000;
const ADMIN_SECRET = 'api-stack-admin-secret';

export interface StaffMember {
  id: string;
  email: string;
  groups: string[];
  /** A genuine ID token of the test pool for this person. */
  token: string;
  /** With `cognito: true`: the account's password (signIn() gets a fresh token, e.g. after a group change). */
  password?: string;
}

export interface ApiStackOptions {
  cognito?: boolean;
  s3?: boolean;
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
  /** With `cognito: true`: signs the person in again, so the token carries their current groups. */
  signIn(member: StaffMember): Promise<StaffMember>;
  /** With `cognito: true`: the local Cognito. */
  readonly cognito: TestCognito;
  /** With `s3: true`: the local S3 and its bucket. */
  readonly s3: LocalS3 & { bucket: string };
  /** The engine's process (group), for fault tests that pause (SIGSTOP) or stop it. */
  readonly engineProcess: LocalEngine['child'];
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
export function setUpApiStack(name: string, options: ApiStackOptions = {}): ApiStack {
  let pg: ThrowawayPostgres | undefined;
  let pool: (TestPool & { close(): Promise<void> }) | undefined;
  let cognito: TestCognito | undefined;
  let s3: (LocalS3 & { bucket: string; dir: string }) | undefined;
  let engine: LocalEngine | undefined;
  let databaseUrl = '';
  const key = rsaKey(`${name}-key`);
  const engineLog: string[] = [];

  /** The pool whose tokens the engine and the app accept: the test pool, or the local Cognito. */
  async function startIdentity() {
    if (!options.cognito) {
      pool = await startTestPool(key);
      // eslint-disable-next-line react-hooks/rules-of-hooks -- not a React hook, just named like one
      useTestPoolEnv(pool);
      return { issuer: pool.config.issuer, jwksUrl: pool.config.jwksUrl, clientId: CLIENT_ID };
    }
    // The app's admin client signs with AWS_ACCESS_KEY_ID / _SECRET_ below; the local Cognito checks those signatures.
    cognito = await startTestCognito({ credentials: LOCAL_CREDENTIALS });
    const c = cognito.cognito;
    Object.assign(process.env, {
      HASURA_GRAPHQL_URL: 'http://127.0.0.1:1/v1/graphql',
      S3_BUCKET: 'test-media',
      COGNITO_REGION: c.region,
      COGNITO_USER_POOL_ID: c.poolId,
      COGNITO_CLIENT_ID: c.clientId,
      COGNITO_ENDPOINT: c.url,
      COGNITO_ISSUER: c.issuer,
      COGNITO_JWKS_URL: c.jwksUrl,
      AWS_ACCESS_KEY_ID: LOCAL.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL.secretAccessKey,
    });
    return { issuer: c.issuer, jwksUrl: c.jwksUrl, clientId: c.clientId };
  }

  async function startStorage() {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `nest-${name}-s3-`));
    const started = await startS3({ port: 0, dataDir: dir, accessKeyId: LOCAL.accessKeyId, secretAccessKey: LOCAL.secretAccessKey, region: LOCAL.region, buckets: [LOCAL.s3Bucket] });
    s3 = { ...started, bucket: LOCAL.s3Bucket, dir };
    Object.assign(process.env, {
      S3_BUCKET: LOCAL.s3Bucket,
      S3_REGION: LOCAL.region,
      S3_ENDPOINT: started.endpoint,
      S3_FORCE_PATH_STYLE: 'true',
      AWS_ACCESS_KEY_ID: LOCAL.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL.secretAccessKey,
    });
  }

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    databaseUrl = await createDatabase(pg, name);
    await migrate(databaseUrl);
    const jwt = await startIdentity();
    try {
      engine = await startEngine({ databaseUrl, adminSecret: ADMIN_SECRET, jwt, log: (line) => engineLog.push(line) });
    } catch (err) {
      throw new Error(`${(err as Error).message}\n${engineLog.slice(-20).join('\n')}`);
    }
    process.env.HASURA_GRAPHQL_URL = engine.graphqlUrl;
    if (options.s3) await startStorage();
  }, START_TIMEOUT_MS);

  // One hook, in this order: the engine holds connections to PostgreSQL, so it stops first.
  afterAll(async () => {
    await engine?.child.stop();
    await pool?.close();
    await cognito?.stop();
    await s3?.stop();
    if (s3) fs.rmSync(s3.dir, { recursive: true, force: true });
    await pg?.stop();
  }, START_TIMEOUT_MS);

  /** An ID token from the local Cognito's own sign-in (USER_PASSWORD_AUTH), with the account's current groups. */
  async function signInToCognito(email: string, password: string): Promise<string> {
    const c = cognito!.cognito;
    const out = await cognito!.admin.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: c.clientId, AuthParameters: { USERNAME: email, PASSWORD: password } }));
    if (!out.AuthenticationResult?.IdToken) throw new Error(`no ID token for ${email}`);
    return out.AuthenticationResult.IdToken;
  }

  async function cognitoAccount(id: string, email: string, groups: string[]): Promise<StaffMember> {
    const password = `Api-Stack-${id.slice(0, 8)}-1!`;
    const c = cognito!.cognito;
    await ensureLocalCognito({ endpoint: c.url, region: c.region, userPoolId: c.poolId, clientId: c.clientId, credentials: LOCAL_CREDENTIALS, users: [{ email, password, sub: id, groups }] });
    return { id, email, groups, password, token: await signInToCognito(email, password) };
  }

  const sql: ApiStack['sql'] = async (text, params = []) => (await withClient(databaseUrl, (c) => c.query(text, params))).rows;

  return {
    sql,
    async staff(who = {}) {
      if (!pool && !cognito) throw new Error('staff() runs inside tests or hooks, after the stack has started');
      const id = randomUUID();
      const email = `${who.name ?? 'staff'}-${id.slice(0, 8)}@nest.test`.toLowerCase();
      const groups = who.groups ?? (who.admin ? ['nest-access', 'nest-admin'] : ['nest-access']);
      // The row their first page view would have written (has_access: the mirror of nest-access).
      await sql(`INSERT INTO public.users (id, email, display_name, has_access) VALUES ($1, $2, $3, $4)`, [id, email, who.name ?? 'Staff', groups.includes('nest-access')]);
      if (cognito) return cognitoAccount(id, email, groups);
      const token = await mint(key, idClaims(pool!, { sub: id, email, 'cognito:username': id, 'cognito:groups': groups }));
      return { id, email, groups, token };
    },
    async signIn(member) {
      if (!cognito || !member.password) throw new Error('signIn() needs setUpApiStack(name, { cognito: true })');
      return { ...member, token: await signInToCognito(member.email, member.password) };
    },
    get cognito() {
      if (!cognito) throw new Error('stack.cognito needs setUpApiStack(name, { cognito: true })');
      return cognito;
    },
    get s3() {
      if (!s3) throw new Error('stack.s3 needs setUpApiStack(name, { s3: true })');
      return s3;
    },
    call: (handler, init) => handler(buildRequest(init), { params: Promise.resolve(init.params ?? {}) as Promise<never> }),
    get graphqlUrl() {
      return engine?.graphqlUrl ?? '';
    },
    get databaseUrl() {
      return databaseUrl;
    },
    get engineProcess() {
      if (!engine) throw new Error('the engine runs only after the stack has started');
      return engine.child;
    },
  };
}
