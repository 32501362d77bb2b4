import { ApiError, httpError } from './errors';

/**
 * Runs a write whose one expected conflict (a unique key) deserves a sentence of its own, e.g. "already on this
 * list" instead of the generic 409 that ctx.hasura throws for any constraint violation.
 */
export async function withConflictMessage<T>(write: Promise<T>, message: string): Promise<T> {
  try {
    return await write;
  } catch (err) {
    if (err instanceof ApiError && err.status === 409) throw httpError.conflict(message);
    throw err;
  }
}
