import { z } from 'zod';
import type { Box } from './bbox';
import { statesResponseSchema, type StatesResponse } from './states';

/**
 * A client for OpenSky's REST API `/states/all` (openskynetwork.github.io/opensky-api/rest.html).
 * - OAuth2 client credentials (the only authentication OpenSky accepts since March 2026): the token from the
 *   token endpoint is cached until shortly before it expires (30 minutes), and fetched again once on a 401.
 * - Without credentials, anonymous access: current vectors only (`time` is ignored), 400 credits a day by IP.
 * - 429 when the credits are spent: X-Rate-Limit-Retry-After-Seconds says how long to wait, and no request is
 *   sent before then. X-Rate-Limit-Remaining (credits left) is passed on with every answer.
 * A typed result, never a thrown object.
 */

export interface OpenSkyConfig {
  /** e.g. https://opensky-network.org/api */
  apiUrl: string;
  tokenUrl: string;
  /** Both, or none for anonymous access. */
  credentials?: { clientId: string; clientSecret: string };
  timeoutMs?: number;
  /** The clock tokens and rate limits go by (tests move it). */
  now?: () => number;
}

/** Authenticated users can ask for state vectors up to this far back (older: 400). */
export const OPENSKY_HISTORY_S = 3600;

export type OpenSkyFailure =
  | { kind: 'rate_limited'; retryAfterS: number; message: string }
  | { kind: 'timeout' | 'unreachable' | 'auth' | 'bad_request' | 'upstream'; message: string };
export type OpenSkyResult<T> = { ok: true; data: T } | { ok: false; error: OpenSkyFailure };

export type OpenSkyAccess = 'oauth' | 'anonymous';

export interface StatesAnswer {
  response: StatesResponse;
  /** The request as sent (no credentials in it): the query a stored run keeps. */
  url: string;
  fetchedAt: string;
  access: OpenSkyAccess;
  /** X-Rate-Limit-Remaining: the credits left, when OpenSky said. */
  creditsRemaining: number | null;
}

export interface StatesQuery {
  box?: Box;
  /** Unix seconds; omitted: now. Ignored by OpenSky for anonymous access. */
  time?: number;
  /** Adds the aircraft category (18th field). */
  extended?: boolean;
  signal?: AbortSignal;
}

const tokenSchema = z.object({ access_token: z.string().min(1), expires_in: z.number().positive(), token_type: z.string().regex(/^bearer$/i) });
const tokenErrorSchema = z.object({ error: z.string(), error_description: z.string().optional() });

const DEFAULT_TIMEOUT_MS = 10_000;
/** Renew this long before expiry (at most half the lifetime), so a token never lapses between check and use. */
const TOKEN_MARGIN_S = 30;
/** When a 429 carries no Retry-After, wait this long rather than hammer a spent account. */
const DEFAULT_RETRY_AFTER_S = 60;

const fail = (kind: Exclude<OpenSkyFailure['kind'], 'rate_limited'>, message: string): OpenSkyResult<never> => ({ ok: false, error: { kind, message } });

function nonNegativeInt(header: string | null): number | null {
  if (header === null || !/^\s*\d+\s*$/.test(header)) return null;
  return Number(header);
}

export class OpenSkyClient {
  private token: { value: string; renewAt: number } | undefined;
  private pendingToken: Promise<OpenSkyResult<string>> | undefined;
  private blockedUntil = 0;

  constructor(private readonly config: OpenSkyConfig) {}

  get access(): OpenSkyAccess {
    return this.config.credentials ? 'oauth' : 'anonymous';
  }

  private now(): number {
    return this.config.now?.() ?? Date.now();
  }

  /** Seconds until OpenSky takes requests again after a 429 (0: now). */
  retryAfterS(): number {
    return Math.max(0, Math.ceil((this.blockedUntil - this.now()) / 1000));
  }

  statesUrl(query: StatesQuery): string {
    const url = new URL(`${this.config.apiUrl.replace(/\/$/, '')}/states/all`);
    if (query.time !== undefined) url.searchParams.set('time', String(Math.floor(query.time)));
    if (query.box) {
      url.searchParams.set('lamin', String(query.box.south));
      url.searchParams.set('lomin', String(query.box.west));
      url.searchParams.set('lamax', String(query.box.north));
      url.searchParams.set('lomax', String(query.box.east));
    }
    if (query.extended) url.searchParams.set('extended', '1');
    return url.toString();
  }

  async states(query: StatesQuery): Promise<OpenSkyResult<StatesAnswer>> {
    const wait = this.retryAfterS();
    if (wait > 0) return this.rateLimited(wait);
    const url = this.statesUrl(query);
    let res = await this.getStates(url, query.signal, false);
    // An expired or revoked token: one fresh token, one retry (OpenSky's documented recovery).
    if (res.ok && res.data.status === 401 && this.config.credentials) res = await this.getStates(url, query.signal, true);
    if (!res.ok) return res;
    return this.readStates(url, res.data);
  }

  private rateLimited(retryAfterS: number): OpenSkyResult<never> {
    return { ok: false, error: { kind: 'rate_limited', retryAfterS, message: `OpenSky's request credits are spent; it takes requests again in ${retryAfterS} s` } };
  }

  private async getStates(url: string, signal: AbortSignal | undefined, freshToken: boolean): Promise<OpenSkyResult<Response>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    if (this.config.credentials) {
      if (freshToken) this.token = undefined;
      const token = await this.accessToken();
      if (!token.ok) return token;
      headers.authorization = `Bearer ${token.data}`;
    }
    return this.send(url, { headers, signal });
  }

  private async readStates(url: string, res: Response): Promise<OpenSkyResult<StatesAnswer>> {
    const text = await res.text().catch(() => '');
    if (res.status === 429) {
      const retryAfterS = nonNegativeInt(res.headers.get('x-rate-limit-retry-after-seconds')) ?? DEFAULT_RETRY_AFTER_S;
      this.blockedUntil = this.now() + retryAfterS * 1000;
      return this.rateLimited(retryAfterS);
    }
    if (res.status === 401) {
      this.token = undefined;
      return fail('auth', this.config.credentials ? 'OpenSky refused our access token twice (401): check OPENSKY_CLIENT_ID and OPENSKY_CLIENT_SECRET' : 'OpenSky asked for authentication (401)');
    }
    if (res.status === 400) return fail('bad_request', `OpenSky refused the request (400): ${text.slice(0, 160).trim() || 'no reason given'}`);
    if (!res.ok) return fail('upstream', `OpenSky answered ${res.status}`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      return fail('upstream', 'OpenSky sent a states body that is not JSON');
    }
    const parsed = statesResponseSchema.safeParse(body);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail('upstream', `OpenSky sent a states body we cannot read (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'unexpected'})`);
    }
    return {
      ok: true,
      data: { response: parsed.data, url, fetchedAt: new Date(this.now()).toISOString(), access: this.access, creditsRemaining: nonNegativeInt(res.headers.get('x-rate-limit-remaining')) },
    };
  }

  /** The cached token, or one new token shared by every caller waiting for it. */
  private async accessToken(): Promise<OpenSkyResult<string>> {
    if (this.token && this.now() < this.token.renewAt) return { ok: true, data: this.token.value };
    this.pendingToken ??= this.fetchToken().finally(() => (this.pendingToken = undefined));
    return this.pendingToken;
  }

  private async fetchToken(): Promise<OpenSkyResult<string>> {
    const { clientId, clientSecret } = this.config.credentials!;
    const body = new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret });
    const sent = await this.send(this.config.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' }, body });
    if (!sent.ok) return sent;
    const json: unknown = await sent.data.json().catch(() => undefined);
    if (!sent.data.ok) {
      const err = tokenErrorSchema.safeParse(json);
      const reason = err.success ? `${err.data.error}${err.data.error_description ? `: ${err.data.error_description}` : ''}` : `HTTP ${sent.data.status}`;
      return fail(sent.data.status >= 500 ? 'upstream' : 'auth', `OpenSky's token endpoint refused our client credentials (${reason})`);
    }
    const token = tokenSchema.safeParse(json);
    if (!token.success) return fail('upstream', 'OpenSky\'s token endpoint sent an answer without a bearer token');
    const { access_token: value, expires_in: lifetimeS } = token.data;
    this.token = { value, renewAt: this.now() + (lifetimeS - Math.min(TOKEN_MARGIN_S, lifetimeS / 2)) * 1000 };
    return { ok: true, data: value };
  }

  private async send(url: string, init: RequestInit & { signal?: AbortSignal }): Promise<OpenSkyResult<Response>> {
    const timeout = AbortSignal.timeout(this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    const signal = init.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
    const what = new URL(url).pathname;
    try {
      return { ok: true, data: await fetch(url, { ...init, signal, cache: 'no-store' }) };
    } catch {
      if (timeout.aborted) return fail('timeout', `OpenSky did not answer in time (${what})`);
      if (init.signal?.aborted) return fail('timeout', `the request to OpenSky was cancelled (${what})`);
      return fail('unreachable', `OpenSky could not be reached (${what})`);
    }
  }
}
