// Route tests against the real thing: a throwaway PostgreSQL with every migration, the local Cognito (real
// sign-ins, real groups, real global sign-out), the GraphQL engine serving hasura/metadata with the production
// claims_map, and optionally the local S3. The app's env points at them, so a handler called with a real Request
// runs exactly the code path it runs when deployed.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { NextRequest } from 'next/server';
import { startTestCognito, type TestCognito } from '@/local/cognito/test-support';
import { ensureLocalCognito } from '@/local/cognito/seed';
import { migrate } from '@/local/db/migrate';
import { createDatabase, startThrowawayPostgres, withClient, type ThrowawayPostgres } from '@/local/db/throwaway-postgres';
import { startS3, type LocalS3 } from '@/local/s3/server';
import { startEngine, type LocalEngine } from '@/local/stack/engine';
import { LOCAL } from '@/local/stack/config';

export interface Person {
  key: string;
  email: string;
  password: string;
  sub: string;
  groups: string[];
}

const person = (key: string, n: number, groups: string[]): Person => ({
  key,
  email: `${key}@route-test.local`,
  password: `Route-Test-${key}-1!`,
  sub: `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`,
  groups,
});

/** Two staff members (A and B, to test isolation), an admin, and someone signed up without access. */
export const PEOPLE = {
  admin: person('admin', 1, ['nest-access', 'nest-admin']),
  alice: person('alice', 2, ['nest-access']),
  bob: person('bob', 3, ['nest-access']),
  outsider: person('outsider', 4, []),
} as const;

export interface RouteStack {
  /** Runs SQL as the database owner (fixtures and assertions; the routes never do this). */
  sql<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** A fresh ID token of `who` from the local Cognito (USER_PASSWORD_AUTH), carrying their current groups. */
  idToken(who: Person): Promise<string>;
  cognito: TestCognito;
  s3?: LocalS3 & { bucket: string };
}

export interface RouteStackOptions {
  s3?: boolean;
}

type Params = Record<string, string>;
type Handler<P extends Params> = (req: NextRequest, ctx: { params: Promise<P> }) => Promise<Response>;

/** Calls an exported route handler with a real Request, as Next does. `body` is sent as-is when a string. */
export function call<P extends Params>(
  handler: Handler<P>,
  init: { url: string; method?: string; token?: string; body?: unknown; params?: P; headers?: Record<string, string> },
): Promise<Response> {
  const body = init.body === undefined ? undefined : typeof init.body === 'string' ? init.body : JSON.stringify(init.body);
  const req = new NextRequest(new URL(init.url, 'http://127.0.0.1:3000'), {
    method: init.method ?? 'GET',
    headers: {
      ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
      ...(init.token ? { authorization: `Bearer ${init.token}` } : {}),
      ...init.headers,
    },
    body,
  });
  return handler(req, { params: Promise.resolve((init.params ?? {}) as P) });
}

const STARTUP_MS = 120_000;

/**
 * Starts the stack before the file's tests and stops it after them. Call once at the top level of a test file;
 * the returned object is usable inside tests and hooks.
 */
export function setUpRouteStack(options: RouteStackOptions = {}): RouteStack {
  let pg: ThrowawayPostgres | undefined;
  let engine: LocalEngine | undefined;
  let s3Dir: string | undefined;
  let databaseUrl = '';
  const stack = {} as RouteStack;

  beforeAll(async () => {
    pg = await startThrowawayPostgres();
    databaseUrl = await createDatabase(pg, 'routes');
    await migrate(databaseUrl);
    const cognito = await startTestCognito();
    stack.cognito = cognito;
    await ensureLocalCognito({
      endpoint: cognito.cognito.url,
      region: cognito.cognito.region,
      userPoolId: cognito.cognito.poolId,
      clientId: cognito.cognito.clientId,
      users: Object.values(PEOPLE).map(({ email, password, sub, groups }) => ({ email, password, sub, groups })),
    });
    engine = await startEngine({
      databaseUrl,
      adminSecret: LOCAL.hasuraAdminSecret,
      jwt: { issuer: cognito.cognito.issuer, jwksUrl: cognito.cognito.jwksUrl, clientId: cognito.cognito.clientId },
      log: () => {},
    });
    Object.assign(process.env, {
      HASURA_GRAPHQL_URL: engine.graphqlUrl,
      COGNITO_REGION: cognito.cognito.region,
      COGNITO_USER_POOL_ID: cognito.cognito.poolId,
      COGNITO_CLIENT_ID: cognito.cognito.clientId,
      COGNITO_ENDPOINT: cognito.cognito.url,
      COGNITO_ISSUER: cognito.cognito.issuer,
      COGNITO_JWKS_URL: cognito.cognito.jwksUrl,
      S3_BUCKET: LOCAL.s3Bucket,
      S3_REGION: LOCAL.region,
      AWS_ACCESS_KEY_ID: LOCAL.s3AccessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL.s3SecretAccessKey,
    });
    if (options.s3) {
      s3Dir = fs.mkdtempSync(path.join(os.tmpdir(), 'nest-route-s3-'));
      const s3 = await startS3({
        port: 0,
        dataDir: s3Dir,
        accessKeyId: LOCAL.s3AccessKeyId,
        secretAccessKey: LOCAL.s3SecretAccessKey,
        region: LOCAL.region,
        buckets: [LOCAL.s3Bucket],
      });
      stack.s3 = { ...s3, bucket: LOCAL.s3Bucket };
      Object.assign(process.env, { S3_ENDPOINT: s3.endpoint, S3_FORCE_PATH_STYLE: 'true' });
    }
  }, STARTUP_MS);

  afterAll(async () => {
    await stack.s3?.stop();
    if (s3Dir) fs.rmSync(s3Dir, { recursive: true, force: true });
    await engine?.child.stop();
    await stack.cognito?.stop();
    await pg?.stop();
  }, STARTUP_MS);

  stack.sql = async <T>(text: string, params: unknown[] = []) => withClient(databaseUrl, async (client) => (await client.query(text, params)).rows as T[]);
  stack.idToken = async (who: Person) => {
    const out = await stack.cognito.admin.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: stack.cognito.cognito.clientId, AuthParameters: { USERNAME: who.email, PASSWORD: who.password } }),
    );
    const token = out.AuthenticationResult?.IdToken;
    if (!token) throw new Error(`no ID token for ${who.email}`);
    return token;
  };
  return stack;
}

/** The users rows the app would have written at each person's first page view (fixtures, as the owner). */
export async function insertProfiles(stack: RouteStack, people: readonly Person[] = Object.values(PEOPLE)): Promise<void> {
  for (const p of people) {
    await stack.sql(
      `INSERT INTO users (id, email, display_name, has_access) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING`,
      [p.sub, p.email, p.key[0].toUpperCase() + p.key.slice(1), p.groups.includes('nest-access')],
    );
  }
}
