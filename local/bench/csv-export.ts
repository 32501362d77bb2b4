import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import type { NextRequest } from 'next/server';
import { withClient } from '../db/throwaway-postgres';
import { DEMO_STAFF } from '../seed/demo-users';
import { freePort } from '../stack/processes';
import { startStack } from '../stack/index';
import { updateDocSection } from './report';

/**
 * npm run bench:csv [-- <query string>]: GET /api/phenoms/export over the 1,000,000-phenom seed, signed in as the
 * demo analyst. The route handler runs in this process, exactly as Next runs it, with the caller's token against
 * the local engine; the body is read as a client would and thrown away. Measured: rows/s, and the resident memory
 * of this process (route + CSV) and of the engine, sampled every 50 ms, with the RSS at each tenth of the export
 * so constant memory shows as a flat line rather than one number. Data: .local-data/bench-csv (a copy of the 1M
 * seed: `cp -a /work/wt/seed-1m .local-data/bench-csv`, or `npm run seed -- --phenoms 1000000` into it).
 */
const HEADING = '## CSV export (npm run bench:csv)';
const DATA_ROOT = path.resolve(__dirname, '../../.local-data/bench-csv');
const MIB = 2 ** 20;

type Handler = (req: NextRequest, ctx: { params: Promise<never> }) => Promise<Response>;

/** The route modules import `server-only`; this process is the server here (as in bench:api). */
function allowServerOnlyModules() {
  const resolved = require.resolve('server-only');
  require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} } as NodeJS.Module;
}

async function idToken(env: Record<string, string | undefined>): Promise<string> {
  const { email, password } = DEMO_STAFF[0];
  const client = new CognitoIdentityProviderClient({ region: env.COGNITO_REGION ?? 'us-east-1', endpoint: env.COGNITO_ENDPOINT, credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  const out = await client.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: env.COGNITO_CLIENT_ID!, AuthParameters: { USERNAME: email, PASSWORD: password } }));
  return out.AuthenticationResult!.IdToken!;
}

/** The pid listening on a loopback port (the engine is a child of the stack, started by port). */
function pidOnPort(port: number): number | undefined {
  const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
  const m = /pid=(\d+)/.exec(out);
  return m ? Number(m[1]) : undefined;
}

function rssOf(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

interface Run {
  query: string;
  expected: number;
  rows: number;
  bytes: number;
  seconds: number;
  peakRss: number;
  peakEngineRss: number;
  startRss: number;
  /** RSS of this process when 10 %, 20 %, … of the rows had arrived. */
  tenths: number[];
  /** The JS heap in use right after a full GC at each tenth: what the export really holds. */
  heapTenths: number[];
}

async function exportOnce(GET: Handler, token: string, query: string, expected: number, enginePid: number | undefined): Promise<Run> {
  const { NextRequest: Req } = await import('next/server');
  global.gc?.();
  const startRss = process.memoryUsage.rss();
  let peakRss = startRss;
  let peakEngineRss = rssOf(enginePid);
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakEngineRss = Math.max(peakEngineRss, rssOf(enginePid));
  }, 50);
  const started = process.hrtime.bigint();
  const res = await GET(new Req(`http://127.0.0.1/api/phenoms/export?${query}`, { headers: { authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) as Promise<never> });
  if (res.status !== 200 || !res.body) throw new Error(`export answered ${res.status}: ${await res.text()}`);
  const reader = res.body.getReader();
  let rows = -1; // the header line
  let bytes = 0;
  const tenths: number[] = [];
  const heapTenths: number[] = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    // Rows end with CRLF; the seed's texts hold no CR, so counting CRLFs counts rows.
    for (let i = 1; i < value.length; i++) if (value[i] === 10 && value[i - 1] === 13) rows++;
    while (tenths.length < 10 && rows >= ((tenths.length + 1) * expected) / 10) {
      tenths.push(process.memoryUsage.rss());
      global.gc?.();
      heapTenths.push(process.memoryUsage().heapUsed);
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  return { query, expected, rows, bytes, seconds, peakRss, peakEngineRss, startRss, tenths, heapTenths };
}

const mib = (b: number) => `${Math.round(b / MIB)} MiB`;

function describe(r: Run): string {
  return `${r.query || '(no filter)'}: ${r.rows.toLocaleString('en')} rows (expected ${r.expected.toLocaleString('en')}), ${mib(r.bytes)} in ${r.seconds.toFixed(1)} s = ${Math.round(r.rows / r.seconds).toLocaleString('en')} rows/s; peak RSS ${mib(r.peakRss)} (start ${mib(r.startRss)}), engine peak ${mib(r.peakEngineRss)}`;
}

function report(runs: Run[]): string {
  const row = (r: Run) =>
    `| \`${r.query || '(all)'}\` | ${r.rows.toLocaleString('en')} | ${mib(r.bytes)} | ${r.seconds.toFixed(1)} s | ${Math.round(r.rows / r.seconds).toLocaleString('en')} | ${mib(r.startRss)} → ${mib(r.peakRss)} | ${mib(r.peakEngineRss)} |`;
  const full = runs[runs.length - 1];
  return [
    HEADING,
    '',
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, shared; Node ${process.version}; ${new Date().toISOString().slice(0, 10)}.`,
    '`npm run bench:csv`: GET /api/phenoms/export over the 1,000,000-phenom seed, the route handler in the bench process as Next runs it, signed in as the demo analyst (the engine applies their permissions), the body read and discarded. Pages of 2,000 rows by keyset cursor; RSS sampled every 50 ms.',
    '',
    '| view | rows | CSV | time | rows/s | RSS of route process (start → peak) | engine peak RSS |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...runs.map(row),
    '',
    `At each tenth of the full export, the route process's RSS: ${full.tenths.map(mib).join(', ')}; its JS heap in use right after a full GC: ${full.heapTenths.map(mib).join(', ')}.`,
    `Load average during the run: ${os.loadavg()[0].toFixed(1)} (other engineers' jobs on the same 2 cores), so rows/s is a floor, not the machine's figure.`,
  ].join('\n');
}

async function main() {
  const log = (line: string) => console.log(line);
  const extra = process.argv.slice(2).find((a) => !a.startsWith('--'));
  const ports = { postgres: await freePort(), s3: await freePort(), cognito: await freePort(), engine: await freePort(), next: await freePort() };
  const stack = await startStack({ dataRoot: DATA_ROOT, persistent: true, ports, next: false, environment: process.env, log: () => {} });
  try {
    Object.assign(process.env, stack.appEnv);
    allowServerOnlyModules();
    const { GET } = (await import('../../app/api/phenoms/export/route')) as unknown as { GET: Handler };
    const databaseUrl = `postgres://postgres:postgres@127.0.0.1:${ports.postgres}/postgres`;
    const count = async (where: string) => Number((await withClient(databaseUrl, (c) => c.query(`SELECT count(*) AS n FROM public.phenom WHERE deleted_at IS NULL ${where}`))).rows[0].n);
    const all = Number((await withClient(databaseUrl, (c) => c.query('SELECT count(*) AS n FROM public.phenom'))).rows[0].n);
    if (all < 1_000_000) throw new Error(`${DATA_ROOT} holds ${all} phenoms, not the 1M seed (see the comment at the top of this file)`);
    // The seed soft-deletes some (about 1.5 %); staff, and so the export, see the live ones.
    const total = await count('');
    const token = await idToken(stack.appEnv);
    const enginePid = pidOnPort(ports.engine);
    const views = extra
      ? [{ query: extra, where: '' }]
      : [
          { query: 'status=archived&sort=occurred_at&dir=desc', where: "AND status = 'archived'" },
          { query: 'sort=occurred_at&dir=desc', where: '' },
        ];
    const runs: Run[] = [];
    for (const v of views) {
      const expected = extra ? total : await count(v.where);
      const run = await exportOnce(GET, token, v.query, expected, enginePid);
      log(describe(run));
      if (!extra && run.rows !== expected) throw new Error(`exported ${run.rows} rows, the database holds ${expected}`);
      runs.push(run);
    }
    if (!extra && !process.argv.includes('--no-docs')) {
      updateDocSection(path.resolve(__dirname, '../../docs/benchmarks.md'), HEADING, report(runs));
      log('docs/benchmarks.md updated');
    }
  } finally {
    await stack.stop();
  }
}

void main().catch((err: unknown) => {
  console.error(`bench:csv: ${err instanceof Error ? err.stack : String(err)}`);
  process.exit(1);
});
