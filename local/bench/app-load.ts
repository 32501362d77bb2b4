import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { encodeCookieName } from '../../lib/auth/cookies';
import { withClient } from '../db/throwaway-postgres';
import { parseArgs } from '../seed/args';
import { seedDatabase } from '../seed/seed';
import { DEMO_STAFF } from '../seed/demo-users';
import { freePort } from '../stack/processes';
import { startStack } from '../stack/index';
import { percentile } from './load';
import { updateDocSection } from './report';

/**
 * npm run bench:load — the production build (`next build && next start`) over the 1,000,000-phenom seed, on loopback
 * only, signed in as the demo analyst: an open loop at a fixed 50 requests/s for 60 s of a mix of the phenom list
 * page, a phenom's detail page and PATCH /api/phenoms/:id, then steps of 20 s at higher rates until p99 passes 1 s
 * (or errors appear), bounded at BENCH_MAX_RATE. Latency is measured from each request's scheduled start, so a
 * stalled server counts against itself (no coordinated omission). The seeded data stays in .local-data/bench-load
 * for the next run. Figures go to docs/benchmarks.md ("App under load").
 */
const PHENOMS = 1_000_000;
const FIXED_RATE = 50;
const FIXED_SECONDS = 60;
const STEP_SECONDS = 20;
const STEP_RATES = [75, 100, 150, 200, 300];
const HEADING = '## App under load (npm run bench:load)';
const DATA_ROOT = path.resolve(__dirname, '../../.local-data/bench-load');

interface Sample {
  kind: 'list' | 'detail' | 'patch';
  ms: number;
  ok: boolean;
}

async function main() {
  const log = (line: string) => console.log(line);
  const ports = { postgres: await freePort(), s3: await freePort(), cognito: await freePort(), engine: await freePort(), next: await freePort() };
  const stack = await startStack({ dataRoot: DATA_ROOT, persistent: true, ports, next: { mode: 'start', build: true, distDir: '.next-bench' }, environment: process.env, log: () => {} });
  try {
    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${ports.postgres}/postgres`;
    const ids = await ensureSeeded(databaseUrl, log);
    const cookie = await signIn(stack.appEnv);
    const app = new URL(stack.appUrl!);
    const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
    const send = requester(app, agent, cookie, ids);
    log('warming up…');
    await openLoop(send, 20, 5);
    const fixed = await openLoop(send, FIXED_RATE, FIXED_SECONDS);
    log(`fixed ${FIXED_RATE} req/s: ${describe(fixed)}`);
    const steps: { rate: number; samples: Sample[] }[] = [];
    for (const rate of STEP_RATES.filter((r) => r <= Number(process.env.BENCH_MAX_RATE ?? 300))) {
      const samples = await openLoop(send, rate, STEP_SECONDS);
      steps.push({ rate, samples });
      log(`step ${rate} req/s: ${describe(samples)}`);
      if (stats(samples).p99 >= 1_000 || stats(samples).errors > 0) break;
    }
    agent.destroy();
    const held = [{ rate: FIXED_RATE, samples: fixed }, ...steps].filter((s) => stats(s.samples).p99 < 1_000 && stats(s.samples).errors === 0).pop();
    updateDocSection(path.resolve(__dirname, '../../docs/benchmarks.md'), HEADING, report(fixed, steps, held?.rate));
    log(`docs/benchmarks.md updated; highest rate held with p99 < 1 s: ${held?.rate ?? 'none'} req/s`);
  } finally {
    await stack.stop();
  }
}

/** The 1M-phenom set, seeded once (about 3 minutes), and a sample of ids to open and change. */
async function ensureSeeded(databaseUrl: string, log: (l: string) => void): Promise<string[]> {
  const count = async () => Number((await withClient(databaseUrl, (c) => c.query('SELECT count(*) AS n FROM public.phenom'))).rows[0].n);
  if ((await count()) < PHENOMS) {
    log(`seeding ${PHENOMS.toLocaleString('en')} phenoms (once; kept in .local-data/bench-load)…`);
    await seedDatabase(databaseUrl, { ...parseArgs([]), phenoms: PHENOMS, reset: true });
  }
  const rows = await withClient(databaseUrl, (c) => c.query<{ id: string }>('SELECT id FROM public.phenom TABLESAMPLE SYSTEM (0.1) WHERE deleted_at IS NULL LIMIT 500'));
  log(`${(await count()).toLocaleString('en')} phenoms; ${rows.rows.length} sampled for detail and PATCH`);
  return rows.rows.map((r) => r.id);
}

/** The demo analyst's Amplify cookies, as the browser holds them after sign-in. */
async function signIn(env: Record<string, string | undefined>): Promise<string> {
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

const STATUSES = ['new', 'triage', 'investigating'] as const;

/** The i-th request of the mix: 45 % list pages (varying page and sort), 45 % detail pages, 10 % PATCH. */
function requester(app: URL, agent: http.Agent, cookie: string, ids: string[]) {
  return (i: number): Promise<Sample> => {
    const id = ids[i % ids.length];
    const slot = i % 20;
    const kind: Sample['kind'] = slot < 9 ? 'list' : slot < 18 ? 'detail' : 'patch';
    const sorts = ['reported_at', 'occurred_at', 'title'];
    const pathFor = { list: `/phenoms?page=${1 + (i % 50)}&sort=${sorts[i % 3]}&dir=${i % 2 ? 'asc' : 'desc'}`, detail: `/phenoms/${id}`, patch: `/api/phenoms/${id}` };
    const body = kind === 'patch' ? JSON.stringify({ status: STATUSES[i % STATUSES.length] }) : undefined;
    const started = process.hrtime.bigint();
    return new Promise<Sample>((resolve) => {
      const done = (ok: boolean) => resolve({ kind, ok, ms: Number(process.hrtime.bigint() - started) / 1e6 });
      const req = http.request(
        {
          agent,
          host: app.hostname,
          port: app.port,
          path: pathFor[kind],
          method: kind === 'patch' ? 'PATCH' : 'GET',
          headers: { cookie, ...(body ? { 'content-type': 'application/json', origin: app.origin, 'content-length': Buffer.byteLength(body) } : {}) },
          timeout: 30_000,
        },
        (res) => {
          res.resume();
          res.on('end', () => done(res.statusCode === 200));
          res.on('error', () => done(false));
        },
      );
      req.on('error', () => done(false));
      req.on('timeout', () => req.destroy());
      req.end(body);
    });
  };
}

/** Starts request i at start + i/rate, whether or not earlier ones have finished; waits for all of them. */
async function openLoop(send: (i: number) => Promise<Sample>, rate: number, seconds: number): Promise<Sample[]> {
  const total = rate * seconds;
  const start = Date.now();
  const pending: Promise<Sample>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(i));
  }
  return Promise.all(pending);
}

function stats(samples: Sample[]) {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { count: samples.length, errors: samples.filter((s) => !s.ok).length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

const ms = (v: number) => `${Math.round(v)} ms`;

function describe(samples: Sample[]): string {
  const s = stats(samples);
  return `${s.count} requests, ${s.errors} errors, p50 ${ms(s.p50)}, p99 ${ms(s.p99)}`;
}

function report(fixed: Sample[], steps: { rate: number; samples: Sample[] }[], held: number | undefined): string {
  const row = (label: string, samples: Sample[]) => {
    const s = stats(samples);
    return `| ${label} | ${s.count} | ${s.errors} | ${ms(s.p50)} | ${ms(s.p99)} |`;
  };
  const byKind = (['list', 'detail', 'patch'] as const).map((k) => row(`&nbsp;&nbsp;${k}`, fixed.filter((s) => s.kind === k)));
  return [
    HEADING,
    '',
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, shared; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
    `Command: \`npm run bench:load\` (production build, ${PHENOMS.toLocaleString('en')} phenoms, loopback, signed in as the demo analyst; mix 45 % list page, 45 % detail page, 10 % PATCH /api/phenoms/:id; open loop, latency from each request's scheduled start).`,
    '',
    '| load | requests | errors | p50 | p99 |',
    '|---|---|---|---|---|',
    row(`${FIXED_RATE} req/s for ${FIXED_SECONDS} s`, fixed),
    ...byKind,
    ...steps.map((s) => row(`${s.rate} req/s for ${STEP_SECONDS} s`, s.samples)),
    '',
    `Target at ${FIXED_RATE} req/s: 0 errors, p99 < 300 ms. Highest rate held with p99 < 1 s and no errors: ${held ? `**${held} req/s**` : 'none of the rates tried'}.`,
  ].join('\n');
}

void main().catch((err: unknown) => {
  console.error(`bench:load: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
