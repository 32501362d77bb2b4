/**
 * Whether the data service (Hasura's /healthz, which the local engine serves too) answers, asked by middleware
 * before a dashboard page renders. A page streams its first bytes before its own query has an answer, so only a
 * check made up front can give a failing page an honest status (503/504) instead of 200 with an error panel.
 * Edge-safe. A healthy answer is trusted for a moment, so a busy server asks about once per FRESH_MS.
 */

export type DataHealth = 'up' | 'unreachable' | 'timeout' | 'failing';

/** A little under the pages' own 3 s query timeout: a hung engine gets its answer in about that time. */
export const PROBE_TIMEOUT_MS = 2_500;
const FRESH_MS = 2_000;

let lastUp: { url: string; at: number } | undefined;

export async function dataServiceHealth(graphqlUrl: string, now = Date.now()): Promise<DataHealth> {
  const healthz = new URL('/healthz', graphqlUrl).toString();
  if (lastUp && lastUp.url === healthz && now - lastUp.at < FRESH_MS) return 'up';
  const timeout = AbortSignal.timeout(PROBE_TIMEOUT_MS);
  try {
    const res = await fetch(healthz, { signal: timeout, cache: 'no-store' });
    await res.body?.cancel();
    if (!res.ok) return 'failing';
    lastUp = { url: healthz, at: now };
    return 'up';
  } catch {
    return timeout.aborted ? 'timeout' : 'unreachable';
  }
}

/** 503 when nothing answers, 504 when it does not answer in time, 502 when it answers with an error. */
export function statusFor(health: Exclude<DataHealth, 'up'>): 502 | 503 | 504 {
  return health === 'timeout' ? 504 : health === 'unreachable' ? 503 : 502;
}
