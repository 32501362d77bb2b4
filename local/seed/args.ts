import { z } from 'zod';
import { DEFAULT_SEED, DEFAULT_UNTIL, DEMO_PHENOMS } from './generate';
import { SeedError } from './seed';

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
