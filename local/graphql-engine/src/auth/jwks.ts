import { jwkVerificationKey, type VerificationKey } from './keys';

export interface JwksOptions {
  /** Clock in milliseconds; injectable so cache expiry is tested without waiting. */
  now: () => number;
  /** Least time between two fetches caused by a token whose kid is not in the set (a flood of forged kids must
   * not turn into a flood of requests to the identity provider). */
  unknownKidRefetchIntervalMs: number;
  /** Least time between two fetches of a set whose cache lifetime is zero (no-cache, no-store, max-age=0). */
  minRefreshIntervalMs: number;
  fetchTimeoutMs: number;
  /** Where a failed JWKS fetch is reported (the engine keeps serving the keys it has). */
  warn: (message: string) => void;
}

export const DEFAULT_JWKS_OPTIONS: JwksOptions = {
  now: Date.now,
  unknownKidRefetchIntervalMs: 10_000,
  minRefreshIntervalMs: 1_000,
  fetchTimeoutMs: 5_000,
  warn: (message) => console.warn(message),
};

const MAX_JWKS_BYTES = 1024 * 1024;

/**
 * The key set behind a jwk_url. Fetched on first use, refreshed when its HTTP cache lifetime ends (Cache-Control
 * max-age, must-revalidate, no-cache/no-store, else Expires, as Hasura reads them; neither header: kept until an
 * unknown kid asks for a refetch), and refetched (rate-limited) when a token names a kid the set does not hold,
 * which is how a rotated signing key is picked up. A failed fetch keeps the previous keys.
 */
export class JwksCache {
  private keys: VerificationKey[] = [];
  private expiresAt: number | undefined;
  private lastAttemptAt: number | undefined;
  private lastUnknownKidRefetchAt: number | undefined;
  private inFlight: Promise<void> | undefined;

  constructor(
    private readonly url: string,
    private readonly options: JwksOptions = DEFAULT_JWKS_OPTIONS,
  ) {}

  /**
   * Keys that may have signed a token with this kid: the matching ones; or, when the token names no kid or one
   * the set still lacks after a refetch, every key, as Hasura tries them all (so the token fails as an invalid
   * signature unless one of them really signed it).
   */
  async keysFor(kid: string | undefined): Promise<VerificationKey[]> {
    if (this.inFlight) await this.inFlight;
    const now = this.options.now();
    const stale = this.expiresAt !== undefined && now >= this.expiresAt;
    if (this.lastAttemptAt === undefined || (stale && now - this.lastAttemptAt >= this.options.minRefreshIntervalMs)) {
      await this.refresh();
    }
    if (kid === undefined) return this.keys;
    if (!this.keys.some((k) => k.kid === kid) && this.mayRefetchForUnknownKid()) await this.refresh();
    const matching = this.keys.filter((k) => k.kid === kid);
    return matching.length > 0 ? matching : this.keys;
  }

  private mayRefetchForUnknownKid(): boolean {
    const now = this.options.now();
    if (this.lastUnknownKidRefetchAt !== undefined && now - this.lastUnknownKidRefetchAt < this.options.unknownKidRefetchIntervalMs) {
      return false;
    }
    this.lastUnknownKidRefetchAt = now;
    return true;
  }

  // Concurrent requests share one fetch.
  private refresh(): Promise<void> {
    this.inFlight ??= this.fetchKeys().finally(() => {
      this.inFlight = undefined;
    });
    return this.inFlight;
  }

  private async fetchKeys(): Promise<void> {
    this.lastAttemptAt = this.options.now();
    const problem = await this.fetchKeysOrProblem();
    // Unreachable or malformed: keep serving the keys we have; the next stale check or unknown kid retries.
    if (problem) this.options.warn(`JWKS fetch from ${this.url} failed: ${problem}; keeping ${this.keys.length} cached key(s)`);
  }

  private async fetchKeysOrProblem(): Promise<string | undefined> {
    try {
      const response = await fetch(this.url, { signal: AbortSignal.timeout(this.options.fetchTimeoutMs) });
      if (!response.ok) return `HTTP ${response.status}`;
      const body = await response.text();
      if (body.length > MAX_JWKS_BYTES) return 'response too large';
      const entries = (JSON.parse(body) as { keys?: unknown } | null)?.keys;
      if (!Array.isArray(entries)) return 'no "keys" array in the response';
      this.keys = entries.map(jwkVerificationKey).filter((k): k is VerificationKey => k !== undefined);
      this.expiresAt = cacheExpiry(response.headers, this.options.now());
      return undefined;
    } catch (error) {
      return error instanceof SyntaxError ? 'the response is not JSON' : (error as Error).message;
    }
  }
}

/** When a fetched JWKS goes stale, per its response headers; undefined means no stated lifetime. */
export function cacheExpiry(headers: Headers, now: number): number | undefined {
  const cacheControl = headers.get('cache-control');
  if (cacheControl !== null) {
    const directives = new Map(
      cacheControl.split(',').map((part) => {
        const [name, value] = part.trim().split('=', 2);
        return [name.toLowerCase(), value?.replace(/^"|"$/g, '')] as const;
      }),
    );
    const maxAgeText = directives.get('max-age') ?? directives.get('s-maxage');
    const maxAge = maxAgeText !== undefined && /^\d+$/.test(maxAgeText) ? Number(maxAgeText) * 1000 : undefined;
    if (directives.has('must-revalidate')) return now + (maxAge ?? 0);
    if (directives.has('no-cache') || directives.has('no-store')) return now;
    if (maxAge !== undefined) return now + maxAge;
  }
  const expires = headers.get('expires');
  if (expires !== null) {
    const at = Date.parse(expires);
    if (!Number.isNaN(at)) return at;
  }
  return undefined;
}
