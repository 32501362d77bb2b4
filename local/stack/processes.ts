import { spawn, type ChildProcess } from 'node:child_process';
import type { Env } from './config';

// Defined once in local/db (the lower layer, used by the throwaway PostgreSQL too); re-exported here so the
// stack's users get all their process helpers from one module.
export { freePort } from '../db/free-port';

export type Log = (line: string) => void;

export interface ManagedChild {
  name: string;
  pid: number;
  /** Settles when the process has exited, with its exit code (null when killed by a signal). */
  exited: Promise<number | null>;
  /** SIGTERM to the whole process group, SIGKILL after `graceMs`. Safe to call twice. */
  stop(graceMs?: number): Promise<void>;
}

export interface SpawnOptions {
  name: string;
  command: string;
  args: string[];
  env: Env;
  cwd?: string;
  log: Log;
}

/**
 * Starts a long-running child in its own process group, its output prefixed with its name. Its own group, so that
 * Ctrl-C reaches only us and we stop the children in order (app, engine, then the databases), and so that stopping
 * it also stops whatever it forked (next dev runs workers).
 */
export function spawnChild(opts: SpawnOptions): ManagedChild {
  const child: ChildProcess = spawn(opts.command, opts.args, {
    cwd: opts.cwd,
    // Next's types declare NODE_ENV required; Next itself sets it for the child.
    env: opts.env as NodeJS.ProcessEnv,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error(`${opts.name}: could not start ${opts.command}`);
  const pid = child.pid;
  const prefix = (stream: NodeJS.ReadableStream) => {
    let pending = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      pending += chunk;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const raw of lines) {
        // Terminal control sequences (cursor show/hide, colours) mean nothing once prefixed and interleaved.
        const line = raw.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
        if (line.trim() !== '') opts.log(`[${opts.name}] ${line}`);
      }
    });
  };
  prefix(child.stdout!);
  prefix(child.stderr!);

  let exitCode: number | null | undefined;
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      exitCode = code;
      resolve(code);
    });
    child.once('error', () => resolve(exitCode ?? -1));
  });

  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // The group is already gone.
    }
  };

  return {
    name: opts.name,
    pid,
    exited,
    async stop(graceMs = 10_000) {
      if (exitCode !== undefined) {
        signalGroup('SIGKILL'); // leftovers the leader forked
        return;
      }
      signalGroup('SIGTERM');
      const timer = setTimeout(() => signalGroup('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
      signalGroup('SIGKILL');
    },
  };
}

/** Runs a command to completion (e.g. `next build`), output prefixed; rejects on a non-zero exit. */
export async function runToCompletion(opts: SpawnOptions, signal?: AbortSignal): Promise<void> {
  signal?.throwIfAborted();
  const child = spawnChild(opts);
  const onAbort = () => void child.stop();
  signal?.addEventListener('abort', onAbort);
  const code = await child.exited.finally(() => signal?.removeEventListener('abort', onAbort));
  signal?.throwIfAborted();
  if (code !== 0) throw new Error(`${opts.name} failed (exit code ${code})`);
}

export interface WaitOptions {
  timeoutMs: number;
  /** Gives up at once if this child exits while we wait. */
  child?: ManagedChild;
  /** Which statuses mean ready; any answer below 500 by default. */
  ready?: (status: number) => boolean;
  signal?: AbortSignal;
}

/** Polls `url` until it answers. Rejects with a message naming what did not come up. */
export async function waitForHttp(url: string, what: string, opts: WaitOptions): Promise<void> {
  const ready = opts.ready ?? ((s: number) => s < 500);
  const deadline = Date.now() + opts.timeoutMs;
  let childExit: number | null | undefined;
  void opts.child?.exited.then((code) => (childExit = code));
  while (Date.now() < deadline) {
    opts.signal?.throwIfAborted();
    if (childExit !== undefined) throw new Error(`${what} exited (code ${childExit}) before answering on ${url}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(5_000), redirect: 'manual' });
      await res.arrayBuffer();
      if (ready(res.status)) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`${what} did not answer on ${url} within ${Math.round(opts.timeoutMs / 1000)} s`);
}

