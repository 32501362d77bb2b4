import path from 'node:path';
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { encodeCookieName } from '../../lib/auth/cookies';
import { withClient } from '../db/throwaway-postgres';
import { parseArgs } from '../seed/args';
import { seedDatabase } from '../seed/seed';
import { DEMO_STAFF } from '../seed/demo-users';
import { freePort } from '../stack/processes';
import { startStack, type RunningStack } from '../stack/index';

/**
 * The stack the app benchmarks (bench:load, bench:web) run against: the production build (`next build && next
 * start`) over the 1,000,000-phenom seed, every part on 127.0.0.1 and a free port, signed in as the demo analyst.
 * The seeded data stays in .local-data/bench-load for the next run.
 */
export const BENCH_PHENOMS = 1_000_000;
const DATA_ROOT = path.resolve(__dirname, '../../.local-data/bench-load');

export interface BenchStack {
  stack: RunningStack;
  app: URL;
  databaseUrl: string;
  /** The demo analyst's Amplify cookies, as the browser holds them after sign-in. */
  cookie: string;
  /** A sample of live phenom ids to open and change. */
  ids: string[];
}

export async function startBenchStack(log: (line: string) => void, opts: { build?: boolean } = {}): Promise<BenchStack> {
  const ports = { postgres: await freePort(), s3: await freePort(), cognito: await freePort(), engine: await freePort(), next: await freePort() };
  const stack = await startStack({ dataRoot: DATA_ROOT, persistent: true, ports, next: { mode: 'start', build: opts.build ?? true, distDir: '.next-bench' }, environment: process.env, log: () => {} });
  try {
    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${ports.postgres}/postgres`;
    const ids = await ensureSeeded(databaseUrl, log);
    const cookie = await signIn(stack.appEnv);
    return { stack, app: new URL(stack.appUrl!), databaseUrl, cookie, ids };
  } catch (err) {
    await stack.stop();
    throw err;
  }
}

/** The 1M-phenom set, seeded once (about 3 minutes), and a sample of ids to open and change. */
async function ensureSeeded(databaseUrl: string, log: (l: string) => void): Promise<string[]> {
  const count = async () => Number((await withClient(databaseUrl, (c) => c.query('SELECT count(*) AS n FROM public.phenom'))).rows[0].n);
  if ((await count()) < BENCH_PHENOMS) {
    log(`seeding ${BENCH_PHENOMS.toLocaleString('en')} phenoms (once; kept in .local-data/bench-load)…`);
    await seedDatabase(databaseUrl, { ...parseArgs([]), phenoms: BENCH_PHENOMS, reset: true });
  }
  // Triage or investigating: the bench's PATCH moves them between the two, which the workflow allows both ways.
  const rows = await withClient(databaseUrl, (c) => c.query<{ id: string }>("SELECT id FROM public.phenom TABLESAMPLE SYSTEM (0.1) WHERE deleted_at IS NULL AND status IN ('triage', 'investigating') LIMIT 500"));
  log(`${(await count()).toLocaleString('en')} phenoms; ${rows.rows.length} sampled for detail and PATCH`);
  return rows.rows.map((r) => r.id);
}

/**
 * A benchmark must end by itself and never leave its servers behind (they run in their own process groups, so a
 * Ctrl-C would not reach them): on SIGINT/SIGTERM, or once `deadlineMs` has passed, the stack is stopped and the
 * process exits non-zero.
 */
export function stopOnSignalOrDeadline(stack: RunningStack, deadlineMs: number, log: (line: string) => void): { cancel(): void } {
  const stop = (why: string) => {
    log(`stopping: ${why}`);
    void stack.stop().finally(() => process.exit(1));
  };
  const onSignal = (signal: NodeJS.Signals) => stop(signal);
  const timer = setTimeout(() => stop(`the run took longer than ${Math.round(deadlineMs / 60_000)} minutes`), deadlineMs);
  timer.unref();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  return {
    cancel() {
      clearTimeout(timer);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
    },
  };
}

export async function signIn(env: Record<string, string | undefined>): Promise<string> {
  const { email, password } = DEMO_STAFF[0];
  const client = new CognitoIdentityProviderClient({ region: env.COGNITO_REGION ?? 'us-east-1', endpoint: env.COGNITO_ENDPOINT, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const out = await client.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: env.COGNITO_CLIENT_ID!, AuthParameters: { USERNAME: email, PASSWORD: password } }));
  const tokens = out.AuthenticationResult!;
  const prefix = `CognitoIdentityServiceProvider.${env.COGNITO_CLIENT_ID}`;
  const username = JSON.parse(Buffer.from(tokens.IdToken!.split('.')[1], 'base64url').toString())['cognito:username'] as string;
  const pairs: [string, string][] = [
    [`${prefix}.LastAuthUser`, username],
    [`${prefix}.${username}.idToken`, tokens.IdToken!],
    [`${prefix}.${username}.accessToken`, tokens.AccessToken!],
    [`${prefix}.${username}.refreshToken`, tokens.RefreshToken!],
  ];
  return pairs.map(([k, v]) => `${encodeCookieName(k)}=${v}`).join('; ');
}
