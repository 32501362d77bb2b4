import type { z } from 'zod';

/**
 * A benchmark's command line: `--name value` pairs, and for each of `flags` a bare `--flag` (true) or
 * `--no-flag` (false); then the schema decides. An unknown or malformed argument is an error naming it.
 */
export function parseBenchArgs<S extends z.ZodType>(argv: string[], schema: S, flags: readonly string[] = []): z.output<S> {
  const raw: Record<string, string | boolean> = {};
  for (let i = 0; i < argv.length; i++) {
    const name = argv[i].replace(/^--/, '');
    if (flags.includes(name)) raw[name] = true;
    else if (name.startsWith('no-') && flags.includes(name.slice(3))) raw[name.slice(3)] = false;
    else if (argv[i].startsWith('--') && i + 1 < argv.length) raw[name] = argv[++i];
    else throw new Error(`unknown argument: ${argv[i]}`);
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Error(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`).join('; '));
  return parsed.data;
}
