import { parseArgs } from './args';
import { createProgressBar } from './progress';
import { seedDatabase, SeedError } from './seed';

// npm run seed -- [--phenoms N] [--seed N] [--until YYYY-MM-DD] [--reset]   (against DATABASE_URL)

async function main(): Promise<void> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl || !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new SeedError('DATABASE_URL must be set to a postgres:// URL, e.g. postgres://postgres:postgres@127.0.0.1:54320/postgres');
  }
  const args = parseArgs(process.argv.slice(2));
  const bar = createProgressBar('phenoms');
  const started = Date.now();
  const summary = await seedDatabase(databaseUrl, { ...args, onProgress: bar.update });
  const counts = Object.entries(summary.rows).map(([table, n]) => `${table}=${n}`).join(' ');
  console.log(`seeded (seed ${args.seed}) in ${((Date.now() - started) / 1000).toFixed(1)}s: ${counts}`);
}

main().catch((error: unknown) => {
  // Known problems get their message; anything else (e.g. a database error) gets it too, but never a stack.
  console.error(`seed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
