import { REPO_ROOT, type Env } from './config';
import { runToCompletion, spawnChild, waitForHttp, type Log, type ManagedChild } from './processes';

export type NextMode = 'dev' | 'start';

export interface StartNextOptions {
  mode: NextMode;
  port: number;
  /** The app's whole environment (lib/env.ts). */
  env: Env;
  log: Log;
  /** Runs `next build` first (mode 'start' only). */
  build?: boolean;
  /**
   * Build output folder, handed to next.config.mjs as NEXT_DIST_DIR: the test stack builds into its own so it
   * does not clobber the .next of a `next dev` running in the same checkout.
   */
  distDir?: string;
  signal?: AbortSignal;
}

const NEXT_BIN = require.resolve('next/dist/bin/next');

function nextCommand(args: string[], env: Env, log: Log, name: string) {
  // The stack runs offline: telemetry would only time out.
  return { name, command: process.execPath, args: [NEXT_BIN, ...args], cwd: REPO_ROOT, env: { ...env, NEXT_TELEMETRY_DISABLED: '1' }, log };
}

/** Starts `next dev` or `next start` on 127.0.0.1 and waits until it serves pages. */
export async function startNext(options: StartNextOptions): Promise<{ url: string; child: ManagedChild }> {
  const opts = options.distDir ? { ...options, env: { ...options.env, NEXT_DIST_DIR: options.distDir } } : options;
  if (opts.mode === 'start' && opts.build) {
    // Lint runs in its own step of `npm test`; the build keeps only what it needs.
    await runToCompletion(nextCommand(['build', '--no-lint'], opts.env, opts.log, 'next build'), opts.signal);
  }
  const child = spawnChild(nextCommand([opts.mode, '-H', '127.0.0.1', '-p', String(opts.port)], opts.env, opts.log, `next ${opts.mode}`));
  const url = `http://127.0.0.1:${opts.port}`;
  try {
    // Any answer will do (the home page redirects signed-out visitors); next dev compiles it on this first hit.
    await waitForHttp(url, `next ${opts.mode}`, { timeoutMs: 300_000, child, signal: opts.signal });
  } catch (err) {
    await child.stop();
    throw err;
  }
  return { url, child };
}
