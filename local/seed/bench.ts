import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { migrate } from '../db/migrate';
import { createDatabase, startThrowawayPostgres } from '../db/throwaway-postgres';

// npm run bench:seed -- [seed args]: migrates a throwaway embedded PostgreSQL, runs `npm run seed` against it
// with the given arguments (default --phenoms 1000000), and reports wall time and database size.

async function main(): Promise<void> {
  const seedArgs = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['--phenoms', '1000000'];
  const pg = await startThrowawayPostgres();
  try {
    const url = await createDatabase(pg, 'seed_bench');
    await migrate(url);
    const started = Date.now();
    const run = spawnSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'main.ts'), ...seedArgs], {
      env: { ...process.env, DATABASE_URL: url },
      stdio: 'inherit',
    });
    const seconds = (Date.now() - started) / 1000;
    if (run.status !== 0) throw new Error(`seed exited with ${run.status}`);
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      const size = await client.query<{ bytes: string; pretty: string }>(
        'SELECT pg_database_size(current_database()) AS bytes, pg_size_pretty(pg_database_size(current_database())) AS pretty',
      );
      const phenoms = await client.query<{ pretty: string }>(`SELECT pg_size_pretty(pg_total_relation_size('public.phenom')) AS pretty`);
      console.log(`npm run seed -- ${seedArgs.join(' ')}`);
      console.log(`  wall time      ${seconds.toFixed(1)} s`);
      console.log(`  database size  ${size.rows[0].pretty} (${size.rows[0].bytes} bytes); phenom with indexes ${phenoms.rows[0].pretty}`);
      console.log(`  machine        ${os.cpus().length} x ${os.cpus()[0]?.model ?? 'cpu'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
    } finally {
      await client.end();
    }
  } finally {
    await pg.stop();
  }
}

main().catch((error: unknown) => {
  console.error(`bench:seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
