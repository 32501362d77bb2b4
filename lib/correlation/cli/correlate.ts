import { z } from 'zod';
import { hasuraFetch } from '@/lib/hasura';
import type { Executor } from '@/lib/screening/bulk';
import { CliError, parseCliArgs } from '@/lib/screening/cli/args';
import { sinceArgSchema, sinceMs, staffCliEnvSchema } from '@/lib/screening/cli/bulk';
import { correlateInBulk } from '../bulk';
import { correlationEnv } from '../env';
import { correlateLive } from '../server';
import { progressReporter } from './progress';

/**
 * `npm run correlate -- --since 24h`: correlates every positioned phenom since then with aircraft, one stored
 * correlation each, as the staff member whose Cognito ID token is in NEST_ID_TOKEN (at HASURA_GRAPHQL_URL). A
 * progress bar on stderr (plain lines when stderr is not a terminal); each phenom flagged, failed or skipped gets a
 * line on stdout. Ctrl-C (or SIGTERM) stops after the phenom in hand; running it again goes on where it stopped.
 * Exit 0 done, 1 some failed, 2 bad arguments or settings, 130 stopped.
 */

const argsSchema = z.object({ since: sinceArgSchema });

export interface CommandIo {
  stdout: { write(text: string): unknown };
  stderr: { isTTY?: boolean; write(text: string): unknown };
  signal?: AbortSignal;
}

export async function correlateCommand(argv: string[], env: Record<string, string | undefined> = process.env, io: CommandIo = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const args = parseCliArgs(argv, argsSchema, { booleans: [] });
  const parsedEnv = staffCliEnvSchema.safeParse(env);
  if (!parsedEnv.success) throw new CliError(parsedEnv.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '));
  try {
    correlationEnv(env);
  } catch (err) {
    throw new CliError((err as Error).message);
  }
  const { HASURA_GRAPHQL_URL: url, NEST_ID_TOKEN: token } = parsedEnv.data;
  const execute: Executor = (doc, variables) => hasuraFetch(doc, variables, { token, url, timeoutMs: 30_000 });
  const reporter = progressReporter(io.stderr);
  const { lines, progress, stopped } = await correlateInBulk({ sinceMs: sinceMs(args.since), execute, correlateOne: (request) => correlateLive(request, Date.now(), env), signal: io.signal, onProgress: reporter.update });
  reporter.end(progress, stopped);
  for (const l of lines) if (l.status !== 'already' && (l.status !== 'stored' || /^Possible aircraft/.test(l.detail))) io.stdout.write(`${l.phenomId} ${l.status}: ${l.detail}\n`);
  return stopped ? 130 : progress.failed > 0 ? 1 : 0;
}

if (require.main === module) {
  const stop = new AbortController();
  const onSignal = () => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write('\nStopping after the phenom in hand (Ctrl-C again to stop at once)…\n');
    stop.abort();
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  correlateCommand(process.argv.slice(2), process.env, { stdout: process.stdout, stderr: process.stderr, signal: stop.signal }).then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`correlate: ${err instanceof Error ? err.message : String(err)}\n`);
      process.exit(err instanceof CliError ? 2 : 1);
    },
  );
}
