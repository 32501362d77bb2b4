import { z } from 'zod';
import { hasuraFetch } from '@/lib/hasura';
import { screenInBulk, type BulkProgress, type Executor } from '../bulk';
import { liveProviders } from '../server';
import { CliError, parseCliArgs } from './args';

/**
 * `npm run screen -- --since 7d`: screens every positioned phenom since then, one stored run each, as the staff
 * member whose Cognito ID token is in NEST_ID_TOKEN (their permissions apply; runs are created_by them). A
 * progress bar goes to stderr; each phenom that failed, or whose run lacks a provider, gets a line on stdout.
 */

const DURATION = /^(\d+)([mhd])$/;
/** `--since 7d` (also `npm run correlate`). */
export const sinceArgSchema = z.string().refine((s) => DURATION.test(s) || !Number.isNaN(Date.parse(s)), 'must be a duration (30m, 12h, 7d) or an ISO time');
const argsSchema = z.object({ since: sinceArgSchema });
/** The staff member a bulk command acts as, and the engine it talks to (also `npm run correlate`). */
export const staffCliEnvSchema = z.object({
  HASURA_GRAPHQL_URL: z.url({ message: 'must be the GraphQL endpoint' }),
  NEST_ID_TOKEN: z.string({ error: 'must be a staff member’s Cognito ID token (the runs are made as them)' }).min(20, { error: 'must be a staff member’s Cognito ID token (the runs are made as them)' }),
});

export function sinceMs(since: string, now = Date.now()): number {
  const m = DURATION.exec(since);
  if (!m) return Date.parse(since);
  return now - Number(m[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2] as 'm' | 'h' | 'd'];
}

function progressBar(p: BulkProgress, total: number | null): string {
  const width = 30;
  const filled = total ? Math.round((width * p.done) / Math.max(total, 1)) : (p.done % width);
  return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${p.done} screened · ${p.stored} stored · ${p.failed} failed · ${p.skipped} skipped`;
}

export async function bulkCommand(argv: string[], env: Record<string, string | undefined> = process.env): Promise<number> {
  const args = parseCliArgs(argv, argsSchema, { booleans: [] });
  const parsedEnv = staffCliEnvSchema.safeParse(env);
  if (!parsedEnv.success) throw new CliError(parsedEnv.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  const { HASURA_GRAPHQL_URL: url, NEST_ID_TOKEN: token } = parsedEnv.data;
  const execute: Executor = (doc, variables) => hasuraFetch(doc, variables, { token, url, timeoutMs: 30_000 });
  const tty = process.stderr.isTTY;
  let last = 0;
  const { lines, progress } = await screenInBulk({
    sinceMs: sinceMs(args.since),
    execute,
    providersFor: liveProviders,
    onProgress: (p) => {
      if (tty) process.stderr.write(`\r${progressBar(p, null)}`);
      else if (p.done - last >= 100) {
        last = p.done;
        process.stderr.write(`${progressBar(p, null)}\n`);
      }
    },
  });
  process.stderr.write(`${tty ? '\r' : ''}${progressBar(progress, progress.done)}\n`);
  for (const l of lines) if (l.status !== 'stored') process.stdout.write(`${l.phenomId} ${l.status}: ${l.detail}\n`);
  return progress.failed > 0 ? 1 : 0;
}

if (require.main === module) {
  bulkCommand(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`screen: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(err instanceof CliError ? 2 : 1);
    },
  );
}
