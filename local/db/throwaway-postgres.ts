import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { Client } from 'pg';
import { z } from 'zod';

export interface ThrowawayPostgres {
  /** Superuser URL of the `postgres` database. */
  url: string;
  port: number;
  urlFor(database: string): string;
  /** Stops the server and deletes its data. */
  stop(): Promise<void>;
}

const readySchema = z.object({ url: z.string().url(), port: z.number().int().positive() });
const SERVER_SCRIPT = path.join(__dirname, 'throwaway-postgres-server.ts');

/**
 * Starts an embedded PostgreSQL in a temporary directory on a free loopback port, in a child process (so it
 * works under Jest too); everything is removed on stop(), or when this process dies.
 */
export async function startThrowawayPostgres(): Promise<ThrowawayPostgres> {
  const child = spawn(process.execPath, ['--import', 'tsx', SERVER_SCRIPT], { stdio: ['pipe', 'pipe', 'pipe'] });
  const stderr: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const firstLine = await new Promise<string>((resolve, reject) => {
    const lines = readline.createInterface({ input: child.stdout });
    lines.once('line', (line) => {
      lines.close();
      resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`throwaway postgres exited (${code}): ${stderr.join('').trim()}`)));
  });
  const ready = readySchema.parse(JSON.parse(firstLine));
  const base = new URL(ready.url);
  return {
    url: ready.url,
    port: ready.port,
    urlFor: (database) => {
      const url = new URL(base);
      url.pathname = `/${database}`;
      return url.toString();
    },
    stop: async () => {
      child.stdin.end();
      await exited;
    },
  };
}

/** Runs `work` on a fresh connection to `url`, closing it afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Creates an empty database on the server and returns its URL. */
export async function createDatabase(pg: ThrowawayPostgres, name: string): Promise<string> {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`invalid database name: ${name}`);
  await withClient(pg.url, (client) => client.query(`CREATE DATABASE ${name}`));
  return pg.urlFor(name);
}
