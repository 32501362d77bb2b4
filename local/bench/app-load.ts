import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { startNext } from '../stack/next';
import { freePort, type ManagedChild } from '../stack/processes';
import { BENCH_PHENOMS as PHENOMS, startBenchStack, stopOnSignalOrDeadline, type BenchStack } from './app-stack';
import { parseBenchArgs } from './args';
import { percentile } from './load';
import { cpuMs, pidListeningOn } from './proc-cpu';
import { updateDocSection } from './report';

/**
 * npm run bench:load [-- --next-processes N --rate R --seconds S --max-rate R --no-docs --no-build]
 *
 * The production build (`next build && next start`) over the 1,000,000-phenom seed, on loopback only, signed in as
 * the demo analyst. First the service time of one request of each kind, alone (sequential), with the CPU it cost
 * each server (Next, the GraphQL engine, PostgreSQL). Then an open loop at a fixed 50 requests/s for 60 s of a mix
 * of the phenom list page, a phenom's detail page and PATCH /api/phenoms/:id, then steps of 20 s at higher rates
 * until p99 passes 1 s (or errors appear). Latency is measured from each request's scheduled start, so a stalled
 * server counts against itself (no coordinated omission). When the fixed rate does not hold, steps go down instead
 * (40, 30, 20, 10, 5 requests/s) until one does. With --next-processes N, N `next start` processes of
 * the same build serve the requests in turn (round robin, as a load balancer in front of one process per core
 * would). The whole run stops itself after 20 minutes. Figures go to docs/benchmarks.md.
 */
const STEP_SECONDS = 20;
const STEP_RATES = [75, 100, 150, 200, 300];
const LOWER_RATES = [40, 30, 20, 10, 5];
const SEQUENTIAL_PER_KIND = 40;
/** The whole run (build, start, warm-up, every step) never takes longer than this. */
const DEADLINE_MS = 20 * 60_000;
const DOC = path.resolve(__dirname, '../../docs/benchmarks.md');

const argsSchema = z
  .object({
    'next-processes': z.coerce.number().int().min(1).max(8).default(1),
    rate: z.coerce.number().int().positive().default(50),
    seconds: z.coerce.number().int().positive().default(60),
    'max-rate': z.coerce.number().int().positive().default(300),
    docs: z.boolean().default(true),
    /** --no-build reuses the last build in .next-bench (when only the benchmark changed). */
    build: z.boolean().default(true),
  })
  .strict();
type Args = z.infer<typeof argsSchema>;

const KINDS = ['list', 'detail', 'patch'] as const;
type Kind = (typeof KINDS)[number];

interface Sample {
  kind: Kind;
  ms: number;
  ok: boolean;
}

/** What one request of a kind costs when it is alone: its latency and each server's CPU. */
interface ServiceTime {
  kind: Kind;
  p50: number;
  p95: number;
  cpu: { next: number; engine: number; postgres: number };
}

const heading = (processes: number) =>
  processes === 1 ? '## App under load (npm run bench:load)' : `## App under load, ${processes} Next processes (npm run bench:load -- --next-processes ${processes})`;

async function main() {
  const args = parseBenchArgs(process.argv.slice(2), argsSchema, ['docs', 'build']);
  const log = (line: string) => console.log(line);
  const bench = await startBenchStack(log, { build: args.build });
  const stopping = stopOnSignalOrDeadline(bench.stack, DEADLINE_MS, log);
  const extra: ManagedChild[] = [];
  try {
    const apps = [bench.app, ...(await startMoreNext(bench, args['next-processes'] - 1, extra))];
    const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
    const send = requester(apps, agent, bench.cookie, bench.ids);
    log('warming up…');
    await openLoop(send, 20, 5);
    const service = await serviceTimes(send, servers(bench, apps));
    for (const s of service) log(`alone, ${s.kind}: p50 ${ms(s.p50)}, p95 ${ms(s.p95)}; CPU per request: Next ${ms(s.cpu.next)}, engine ${ms(s.cpu.engine)}, PostgreSQL ${ms(s.cpu.postgres)}`);
    const loadBefore = os.loadavg();
    const fixed = await openLoop(send, args.rate, args.seconds, 1_000_000);
    const loadDuring = os.loadavg();
    log(`fixed ${args.rate} req/s: ${describe(fixed)} (load average ${loadDuring.map((l) => l.toFixed(1)).join(' / ')})`);
    // Up from the fixed rate while it holds; down from it when it does not, to find what this machine does hold.
    const holds = (samples: Sample[]) => stats(samples).p99 < 1_000 && stats(samples).errors === 0;
    const rates = holds(fixed) ? STEP_RATES.filter((r) => r > args.rate && r <= args['max-rate']) : LOWER_RATES.filter((r) => r < args.rate);
    const steps: { rate: number; samples: Sample[] }[] = [];
    for (const rate of rates) {
      // A pause first, so the queue a failed rate left behind does not count against the next one.
      await new Promise((r) => setTimeout(r, 5_000));
      const samples = await openLoop(send, rate, STEP_SECONDS, 2_000_000 + rate * 100_000);
      steps.push({ rate, samples });
      log(`step ${rate} req/s: ${describe(samples)}`);
      if (holds(samples) !== holds(fixed)) break;
    }
    agent.destroy();
    const held = [{ rate: args.rate, samples: fixed }, ...steps].filter((s) => holds(s.samples)).sort((a, b) => a.rate - b.rate).pop();
    log(`highest rate held with p99 < 1 s and no errors: ${held?.rate ?? 'none'} req/s`);
    if (args.docs) {
      updateDocSection(DOC, heading(args['next-processes']), report(args, { service, fixed, steps, held: held?.rate, loadBefore, loadDuring }));
      log('docs/benchmarks.md updated');
    }
  } finally {
    stopping.cancel();
    for (const child of extra) await child.stop();
    await bench.stack.stop();
  }
}

/** More `next start` processes of the same build and environment, each on its own port. */
async function startMoreNext(bench: BenchStack, count: number, started: ManagedChild[]): Promise<URL[]> {
  const urls: URL[] = [];
  for (let k = 0; k < count; k++) {
    const next = await startNext({ mode: 'start', port: await freePort(), env: bench.stack.appEnv, distDir: '.next-bench', log: () => {} });
    started.push(next.child);
    urls.push(new URL(next.url));
  }
  return urls;
}

/** The processes a request's CPU can land on, found by the ports they listen on. */
function servers(bench: BenchStack, apps: URL[]) {
  const pid = (port: number) => pidListeningOn(port);
  const engine = pid(Number(new URL(bench.stack.appEnv.HASURA_GRAPHQL_URL!).port));
  const postgres = pid(Number(new URL(bench.databaseUrl).port));
  const next = apps.map((a) => pid(Number(a.port))).filter((p): p is number => p !== undefined);
  return () => ({
    next: next.reduce((sum, p) => sum + cpuMs(p), 0),
    engine: engine ? cpuMs(engine) : NaN,
    // Backends and parallel workers are the postmaster's children (exited ones count once reaped).
    postgres: postgres ? cpuMs(postgres, true) : NaN,
  });
}

async function serviceTimes(send: (i: number, kind?: Kind) => Promise<Sample>, cpu: () => ServiceTime['cpu']): Promise<ServiceTime[]> {
  const out: ServiceTime[] = [];
  for (const kind of KINDS) {
    const before = cpu();
    const times: number[] = [];
    for (let i = 0; i < SEQUENTIAL_PER_KIND; i++) times.push((await send(500_000 + i, kind)).ms);
    const after = cpu();
    times.sort((a, b) => a - b);
    const per = (k: keyof ServiceTime['cpu']) => (after[k] - before[k]) / SEQUENTIAL_PER_KIND;
    out.push({ kind, p50: percentile(times, 50), p95: percentile(times, 95), cpu: { next: per('next'), engine: per('engine'), postgres: per('postgres') } });
  }
  return out;
}

// Triage ↔ investigating is allowed both ways (lib/phenoms/status-rules.ts), so every PATCH of the mix is a real write.
const STATUSES = ['triage', 'investigating'] as const;
const SORTS = ['reported_at', 'occurred_at', 'title'];

/** The i-th request of the mix: 45 % list pages (varying page and sort), 45 % detail pages, 10 % PATCH. */
function requester(apps: URL[], agent: http.Agent, cookie: string, ids: string[]) {
  return (i: number, forced?: Kind): Promise<Sample> => {
    const app = apps[i % apps.length];
    const id = ids[i % ids.length];
    const slot = i % 20;
    const kind: Kind = forced ?? (slot < 9 ? 'list' : slot < 18 ? 'detail' : 'patch');
    const pathFor = { list: `/phenoms?page=${1 + (i % 50)}&sort=${SORTS[i % 3]}&dir=${i % 2 ? 'asc' : 'desc'}`, detail: `/phenoms/${id}`, patch: `/api/phenoms/${id}` };
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
async function openLoop(send: (i: number) => Promise<Sample>, rate: number, seconds: number, first = 0): Promise<Sample[]> {
  const total = rate * seconds;
  const start = Date.now();
  const pending: Promise<Sample>[] = [];
  for (let i = 0; i < total; i++) {
    const due = start + (i * 1000) / rate;
    const wait = due - Date.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    pending.push(send(first + i));
  }
  return Promise.all(pending);
}

function stats(samples: Sample[]) {
  const sorted = samples.map((s) => s.ms).sort((a, b) => a - b);
  return { count: samples.length, errors: samples.filter((s) => !s.ok).length, p50: percentile(sorted, 50), p99: percentile(sorted, 99) };
}

const ms = (v: number) => (Number.isNaN(v) ? '—' : v < 10 ? `${v.toFixed(1)} ms` : `${Math.round(v)} ms`);

function describe(samples: Sample[]): string {
  const s = stats(samples);
  return `${s.count} requests, ${s.errors} errors, p50 ${ms(s.p50)}, p99 ${ms(s.p99)}`;
}

interface Results {
  service: ServiceTime[];
  fixed: Sample[];
  steps: { rate: number; samples: Sample[] }[];
  held: number | undefined;
  loadBefore: number[];
  loadDuring: number[];
}

function report(args: Args, r: Results): string {
  const row = (label: string, samples: Sample[]) => {
    const s = stats(samples);
    return `| ${label} | ${s.count} | ${s.errors} | ${ms(s.p50)} | ${ms(s.p99)} |`;
  };
  const load = (l: number[]) => l.map((v) => v.toFixed(1)).join(' / ');
  const processes = args['next-processes'];
  const command = processes === 1 ? 'npm run bench:load' : `npm run bench:load -- --next-processes ${processes}`;
  return [
    heading(processes),
    '',
    `Machine: ${os.cpus().length} cores (${os.cpus()[0]?.model ?? 'unknown'}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, shared; Node ${process.version}; ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC.`,
    `Command: \`${command}\` (production build, ${processes === 1 ? 'one `next start` process' : `${processes} \`next start\` processes taking the requests in turn`}, ${PHENOMS.toLocaleString('en')} phenoms, loopback, signed in as the demo analyst; mix 45 % list page, 45 % detail page, 10 % PATCH /api/phenoms/:id; open loop, latency from each request's scheduled start).`,
    `Load average (1 / 5 / 15 min) before the fixed-rate run: ${load(r.loadBefore)}; at its end: ${load(r.loadDuring)}.`,
    '',
    `One request at a time (${SEQUENTIAL_PER_KIND} of each kind), and the CPU each server spent on it:`,
    '',
    '| request | p50 | p95 | Next CPU | engine CPU | PostgreSQL CPU |',
    '|---|---|---|---|---|---|',
    ...r.service.map((s) => `| ${s.kind} | ${ms(s.p50)} | ${ms(s.p95)} | ${ms(s.cpu.next)} | ${ms(s.cpu.engine)} | ${ms(s.cpu.postgres)} |`),
    '',
    '| load | requests | errors | p50 | p99 |',
    '|---|---|---|---|---|',
    row(`${args.rate} req/s for ${args.seconds} s`, r.fixed),
    ...KINDS.map((k) => row(`&nbsp;&nbsp;${k}`, r.fixed.filter((s) => s.kind === k))),
    ...r.steps.map((s) => row(`${s.rate} req/s for ${STEP_SECONDS} s`, s.samples)),
    '',
    `Target at 50 req/s: 0 errors, p99 < 300 ms. Highest rate held with p99 < 1 s and no errors: ${r.held ? `**${r.held} req/s**` : 'none of the rates tried'}.`,
  ].join('\n');
}

void main().catch((err: unknown) => {
  console.error(`bench:load: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
