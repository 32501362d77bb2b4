import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort } from '../db/free-port';
import { startPostgres } from '../stack/postgres';

// Runs Hasura's conformance suites (../shared/hasura-conformance) against local/graphql-engine over a
// throwaway embedded PostgreSQL. Extra arguments go to the runner (e.g. --suite query_basic --verbose).

const repoRoot = path.resolve(__dirname, '..', '..');
const runner = path.resolve(repoRoot, '..', 'shared', 'hasura-conformance', 'run.mjs');
const skipFile = path.join(repoRoot, 'local', 'graphql-engine', 'conformance-skips.txt');

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
    const args = [runner, ...(fs.existsSync(skipFile) ? ['--skip-file', skipFile] : []), ...process.argv.slice(2)];
    const child = spawn(process.execPath, args, {
      cwd: repoRoot,
      stdio: 'inherit',
      // Hasura's tests-py harness starts the server with `serve --stringify-numeric-types`, so the fixtures
      // expect bigint/numeric/float8 as strings; the engine (like Hasura) defaults to numbers. run.mjs passes
      // its environment on to the engine.
      env: { ...process.env, CONFORMANCE_DATABASE_URL: pg.url, HASURA_GRAPHQL_STRINGIFY_NUMERIC_TYPES: 'true' },
    });
    return await new Promise<number>((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
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
