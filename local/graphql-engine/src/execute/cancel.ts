import type { Pool, PoolClient } from 'pg';

// Cancelling a request's database work: when its time limit runs out or its client goes away, every statement
// it still has running is cancelled in PostgreSQL (pg_cancel_backend on the connection's backend), as Hasura
// does for Postgres sources, so an abandoned request never keeps holding the database.

export interface Cancellation {
  signal: AbortSignal;
  /** Asks PostgreSQL to cancel what the backend `pid` is running (from another connection). */
  cancelBackend(pid: number): Promise<unknown>;
}

const backendPid = (client: PoolClient) => (client as unknown as { processID: number }).processID;

/**
 * Runs `work` on a pooled connection. If the request is cancelled meanwhile, the running statement is cancelled
 * and the connection is closed instead of being returned: a late cancel can then never hit another request's
 * statement on a reused connection.
 */
export async function withClient<T>(pool: Pool, c: Cancellation | undefined, work: (client: PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  if (c?.signal.aborted) {
    client.release();
    throw c.signal.reason;
  }
  let cancelled = false;
  const cancel = () => {
    cancelled = true;
    c!.cancelBackend(backendPid(client)).catch(() => {});
  };
  c?.signal.addEventListener('abort', cancel, { once: true });
  try {
    return await work(client);
  } finally {
    c?.signal.removeEventListener('abort', cancel);
    client.release(cancelled);
  }
}

/** A canceller over its own small pool, so cancelling works even while the main pool is exhausted. */
export function backendCanceller(pool: Pool): (pid: number) => Promise<unknown> {
  return (pid) => pool.query('SELECT pg_cancel_backend($1)', [pid]);
}
