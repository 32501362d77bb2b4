import type { z } from 'zod';

/** A user error on the command line: printed as one line, exit code 2, no stack trace. */
export class CliError extends Error {}

/**
 * `--name value` and `--flag` arguments into an object, then through a zod schema; the first problem comes back as
 * a CliError naming the option ("--lat: Too big: expected number to be <=90").
 */
export function parseCliArgs<T extends z.ZodObject>(argv: string[], schema: T, opts: { booleans: string[] }): z.infer<T> {
  const raw: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) throw new CliError(`unexpected argument "${arg}"`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2);
    if (name in raw) throw new CliError(`--${name} given twice`);
    if (opts.booleans.includes(name)) {
      raw[name] = true;
      continue;
    }
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--') && !/^--?\d/.test(value))) throw new CliError(`--${name} needs a value`);
    raw[name] = value;
  }
  // zod 4 keeps refinements inside the object schema, so its shape still lists every option.
  const unknown = Object.keys(raw).find((k) => !(k in schema.shape));
  if (unknown) throw new CliError(`unknown option --${unknown}`);
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliError(`${issue.path.length ? `--${issue.path.join('.')}` : 'arguments'}: ${issue.message}`);
  }
  return parsed.data;
}
