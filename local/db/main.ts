import { z } from 'zod';
import { migrate, MigrationError, rollback } from './migrate';

// `npm run migrate` (up) or `npm run migrate -- down [steps]`, against DATABASE_URL.
const argsSchema = z.union([
  z.tuple([]).transform(() => ({ command: 'up' as const, steps: 0 })),
  z.tuple([z.literal('up')]).transform(() => ({ command: 'up' as const, steps: 0 })),
  z
    .tuple([z.literal('down')])
    .rest(z.coerce.number().int().positive())
    .transform(([, steps]) => ({ command: 'down' as const, steps: steps ?? 1 })),
]);

async function main(): Promise<void> {
  const databaseUrl = z
    .string({ message: 'DATABASE_URL must be set, e.g. postgres://postgres:postgres@127.0.0.1:54320/postgres' })
    .url({ message: 'DATABASE_URL must be a postgres:// URL' })
    .parse(process.env.DATABASE_URL);
  const args = argsSchema.safeParse(process.argv.slice(2));
  if (!args.success) throw new MigrationError('usage: migrate [up] | migrate down [steps]');
  const log = (line: string) => console.log(line);
  const done = args.data.command === 'up' ? await migrate(databaseUrl, { log }) : await rollback(databaseUrl, args.data.steps, { log });
  console.log(done.length === 0 ? 'nothing to do' : `${done.length} migration(s) ${args.data.command === 'up' ? 'applied' : 'reverted'}`);
}

main().catch((error: unknown) => {
  const message = error instanceof z.ZodError ? error.issues.map((i) => i.message).join('\n') : error instanceof Error ? error.message : String(error);
  console.error(`migrate: ${message}`);
  process.exit(1);
});
