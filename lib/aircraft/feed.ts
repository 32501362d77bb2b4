import type { Box } from './bbox';
import type { OpenSkyClient, OpenSkyResult, StatesAnswer } from './client';

/**
 * The live air picture per box, as the map asks for it every few seconds: one upstream request per box per
 * CACHE_TTL_MS however many people look at it (OpenSky's own resolution is 5 s authenticated, 10 s anonymous,
 * so a newer answer would not be newer data), and concurrent requests for one box share one upstream call.
 * Failures are not cached; a 429 is remembered by the client itself until OpenSky's retry time.
 */

export const CACHE_TTL_MS = 5_000;
const MAX_ENTRIES = 256;

export interface FeedAnswer extends StatesAnswer {
  /** True when this answer was already in the cache. */
  cached: boolean;
}

interface Entry {
  at: number;
  answer: Promise<OpenSkyResult<StatesAnswer>>;
}

export const boxKey = (b: Box) => `${b.west},${b.south},${b.east},${b.north}`;

export class AircraftFeed {
  private readonly entries = new Map<string, Entry>();

  constructor(
    readonly client: OpenSkyClient,
    private readonly options: { ttlMs?: number; now?: () => number } = {},
  ) {}

  private now() {
    return this.options.now?.() ?? Date.now();
  }

  async states(box: Box): Promise<OpenSkyResult<FeedAnswer>> {
    const key = boxKey(box);
    const hit = this.entries.get(key);
    if (hit && this.now() - hit.at < (this.options.ttlMs ?? CACHE_TTL_MS)) {
      const result = await hit.answer;
      return result.ok ? { ok: true, data: { ...result.data, cached: true } } : result;
    }
    // Not the caller's abort signal: the upstream call is shared, and one viewer leaving must not cancel it.
    const answer = this.client.states({ box, extended: true });
    this.remember(key, { at: this.now(), answer });
    const result = await answer;
    if (!result.ok && this.entries.get(key)?.answer === answer) this.entries.delete(key);
    return result.ok ? { ok: true, data: { ...result.data, cached: false } } : result;
  }

  private remember(key: string, entry: Entry) {
    this.entries.delete(key);
    this.entries.set(key, entry);
    // Oldest first: Map keeps insertion order.
    while (this.entries.size > MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
  }
}
