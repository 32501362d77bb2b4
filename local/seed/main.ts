import { z } from 'zod';
import { DEFAULT_SEED, DEFAULT_UNTIL, DEMO_PHENOMS } from './generate';
import { createProgressBar } from './progress';
import { seedDatabase, SeedError } from './seed';

// npm run seed -- [--phenoms N] [--seed N] [--until YYYY-MM-DD] [--reset]   (against DATABASE_URL)

const USAGE = 'usage: npm run seed -- [--phenoms N] [--seed N] [--until YYYY-MM-DD] [--reset]';

const argsSchema = z.object({
  phenoms: z.coerce.number().int().min(1).max(50_000_000).default(DEMO_PHENOMS),
  seed: z.coerce.number().int().min(0).max(2 ** 32 - 1).default(DEFAULT_SEED),
  until: z.coerce.date().default(DEFAULT_UNTIL),
  reset: z.boolean().default(false),
});

export function parseArgs(argv: string[]): z.infer<typeof argsSchema> {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const match = /^--([a-z]+)(?:=(.*))?$/.exec(argv[i]);
    if (!match) throw new SeedError(`unexpected argument ${argv[i]}\n${USAGE}`);
    const [, name, inline] = match;
    if (name === 'reset') raw.reset = true;
    else if (inline !== undefined) raw[name] = inline;
    else if (i + 1 < argv.length) raw[name] = argv[++i];
    else throw new SeedError(`--${name} needs a value\n${USAGE}`);
  }
  const parsed = argsSchema.strict().safeParse(raw);
  if (!parsed.success) throw new SeedError(`${parsed.error.issues.map((i) => `--${i.path.join('.') || '?'}: ${i.message}`).join('\n')}\n${USAGE}`);
  return parsed.data;
}

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
