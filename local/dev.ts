import path from 'node:path';
import { DEV_PORTS, loadEnvironment, REPO_ROOT } from './stack/config';
import { stackBanner } from './stack/banner';
import { startStack } from './stack';

// `npm run dev`: the whole stack on 127.0.0.1, data kept in .local-data/ between runs.
async function main(): Promise<void> {
  const log = (line: string) => console.log(line);
  const abort = new AbortController();
  const starting = startStack({
    dataRoot: path.join(REPO_ROOT, '.local-data'),
    persistent: true,
    ports: DEV_PORTS,
    next: { mode: 'dev' },
    environment: loadEnvironment(),
    log,
    signal: abort.signal,
  });

  let shuttingDown = false;
  const shutdown = async (why: string, code: number) => {
    if (shuttingDown) return;
    shuttingDown = true;
    log(`\n${why}: stopping…`);
    abort.abort();
    // A start-up in progress stops what it had started itself when it sees the abort.
    await starting.then((stack) => stack.stop(), () => undefined);
    log('stopped.');
    process.exit(code);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.on(signal, () => void shutdown(signal, 0));
  }

  try {
    const stack = await starting;
    log(stackBanner(stack));
    await shutdown(await stack.crashed, 1);
  } catch (err) {
    if (shuttingDown) return;
    console.error(`\nnpm run dev: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}

void main();
