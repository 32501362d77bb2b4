import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../db/free-port';
import { startPostgres } from '../stack/postgres';

// Runs Hasura's conformance suites (../shared/hasura-conformance) and this engine's own suites in the same format
// (local/graphql-engine/conformance, passed to the runner as --root) against local/graphql-engine over one
// throwaway embedded PostgreSQL. Extra arguments go to the runner (e.g. --suite query_basic --verbose); a --suite
// that one of the two sets does not have runs nothing there.

const repoRoot = path.resolve(__dirname, '..', '..');
const runner = path.resolve(repoRoot, '..', 'shared', 'hasura-conformance', 'run.mjs');
const skipFile = path.join(repoRoot, 'local', 'graphql-engine', 'conformance-skips.txt');
const ownSuites = path.join(repoRoot, 'local', 'graphql-engine', 'conformance');

interface Totals {
  passed: number;
  failed: number;
  skipped: number;
  unchecked: number;
}

/** One run of the runner over a suites directory (default: the shared Hasura suites); its totals from --json. */
async function runSuites(pgUrl: string, root: string | null, report: string): Promise<{ code: number; totals: Totals }> {
  const args = [runner, ...(root ? ['--root', root] : []), ...(fs.existsSync(skipFile) ? ['--skip-file', skipFile] : []), '--json', report, ...process.argv.slice(2)];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    stdio: 'inherit',
    // Hasura's tests-py harness starts the server with `serve --stringify-numeric-types`, so the fixtures
    // expect bigint/numeric/float8 as strings; the engine (like Hasura) defaults to numbers. run.mjs passes
    // its environment on to the engine.
    env: { ...process.env, CONFORMANCE_DATABASE_URL: pgUrl, HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES: 'true' },
  });
  const code = await new Promise<number>((resolve) => child.on('exit', (c) => resolve(c ?? 1)));
  const totals: Totals = { passed: 0, failed: 0, skipped: 0, unchecked: 0 };
  if (fs.existsSync(report)) {
    const suites = (JSON.parse(fs.readFileSync(report, 'utf8')) as { suites: Record<string, Totals> }).suites;
    for (const r of Object.values(suites)) for (const k of Object.keys(totals) as (keyof Totals)[]) totals[k] += r[k];
  }
  return { code, totals };
}

async function main(): Promise<number> {
  if (!fs.existsSync(runner)) {
    console.error(`conformance: runner not found at ${runner}`);
    return 2;
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'conformance-pg-'));
  // As root, initdb runs as an unprivileged 'postgres' user, which must be able to create the data directory.
  fs.chmodSync(dataDir, 0o777);
  const pg = await startPostgres({ dataDir: path.join(dataDir, 'data'), port: await freePort(), persistent: false });
  try {
    console.log('Hasura tests-py suites (../shared/hasura-conformance/suites)');
    const shared = await runSuites(pg.url, null, path.join(dataDir, 'shared.json'));
    console.log(`\nthis engine's own suites (${path.relative(repoRoot, ownSuites)})`);
    const own = await runSuites(pg.url, ownSuites, path.join(dataDir, 'own.json'));
    const t = shared.totals;
    const o = own.totals;
    console.log(`\nall suites: ${t.passed + o.passed} passed, ${t.failed + o.failed} failed, ${t.skipped + o.skipped} skipped`);
    return shared.code || own.code;
  } finally {
    await pg.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`conformance: ${(e as Error).message}`);
    process.exit(2);
  },
);
