import { flightsResponseSchema, GEOSEARCH_PATH, type FlightsResponse, type GeoSearchQuery } from './radarbox-format';

/**
 * A client for RadarBox's `POST /flights/geosearch` (lib/correlation/radarbox-format.ts): the API key as a bearer
 * token in the Authorization header (the specification's only security scheme), a timeout, and every failure mapped
 * to a kind and a sentence that is safe to show staff (no key, no response body beyond RadarBox's own short
 * comment). A typed result, never a thrown object.
 */

export interface RadarBoxConfig {
  /** e.g. https://api.radarbox.com/v2 */
  apiUrl: string;
  apiKey: string;
  timeoutMs?: number;
  now?: () => number;
}

export type RadarBoxFailureKind = 'timeout' | 'unreachable' | 'auth' | 'no_credits' | 'rate_limited' | 'bad_request' | 'upstream';
export type RadarBoxFailure = { kind: RadarBoxFailureKind; message: string; retryAfterS?: number };
export type RadarBoxResult<T> = { ok: true; data: T } | { ok: false; error: RadarBoxFailure };

export interface GeoSearchAnswer {
  response: FlightsResponse;
  /** What was asked: the URL and the body (no key), as a stored correlation keeps it. */
  request: { url: string; body: GeoSearchQuery };
  fetchedAt: string;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/** RadarBox's own comment is passed on, but never more than this (a body could be anything). */
const COMMENT_MAX = 160;

const fail = (kind: RadarBoxFailureKind, message: string, retryAfterS?: number): RadarBoxResult<never> => ({ ok: false, error: { kind, message, ...(retryAfterS !== undefined ? { retryAfterS } : {}) } });

function commentOf(text: string): string | null {
  try {
    const body = JSON.parse(text) as { comment?: unknown; message?: unknown };
    const c = typeof body.comment === 'string' ? body.comment : typeof body.message === 'string' ? body.message : null;
    // Printable text only: a comment is shown to staff.
    return c ? c.replace(/[^\x20-\x7e]/g, ' ').trim().slice(0, COMMENT_MAX) || null : null;
  } catch {
    return null;
  }
}

function statusFailure(status: number, text: string, retryAfter: string | null): RadarBoxResult<never> {
  const said = commentOf(text);
  const because = said ? `: ${said}` : '';
  if (status === 401 || status === 403) return fail('auth', `RadarBox refused our API key (${status}): check RADARBOX_API_KEY`);
  if (status === 402) return fail('no_credits', `RadarBox says the account has no credits left (402)${because}`);
  if (status === 429) {
    const s = retryAfter && /^\s*\d+\s*$/.test(retryAfter) ? Number(retryAfter) : undefined;
    return fail('rate_limited', `RadarBox is limiting our requests (429)${s !== undefined ? `; try again in ${s} s` : ''}`, s);
  }
  if (status === 400 || status === 422) return fail('bad_request', `RadarBox refused the search (${status})${because}`);
  return fail('upstream', `RadarBox answered ${status}`);
}

export class RadarBoxClient {
  constructor(private readonly config: RadarBoxConfig) {}

  get url(): string {
    return `${this.config.apiUrl.replace(/\/$/, '')}${GEOSEARCH_PATH}`;
  }

  async geosearch(body: GeoSearchQuery, signal?: AbortSignal): Promise<RadarBoxResult<GeoSearchAnswer>> {
    const timeout = AbortSignal.timeout(this.config.timeoutMs ?? DEFAULT_TIMEOUT_MS);
    let res: Response;
    try {
      res = await fetch(this.url, {
        method: 'POST',
        headers: { authorization: `Bearer ${this.config.apiKey}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        cache: 'no-store',
      });
    } catch {
      if (timeout.aborted) return fail('timeout', 'RadarBox did not answer in time');
      if (signal?.aborted) return fail('timeout', 'the request to RadarBox was cancelled');
      return fail('unreachable', 'RadarBox could not be reached');
    }
    const text = await res.text().catch(() => '');
    if (!res.ok) return statusFailure(res.status, text, res.headers.get('retry-after'));
    return this.read(text, body);
  }

  private read(text: string, body: GeoSearchQuery): RadarBoxResult<GeoSearchAnswer> {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      return fail('upstream', 'RadarBox sent an answer that is not JSON');
    }
    const parsed = flightsResponseSchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return fail('upstream', `RadarBox sent flights we cannot read (${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'unexpected'})`);
    }
    if (parsed.data.success === false) {
      const said = commentOf(text);
      return fail('upstream', `RadarBox could not answer the search${said ? `: ${said}` : ''}`);
    }
    return { ok: true, data: { response: parsed.data, request: { url: this.url, body }, fetchedAt: new Date(this.config.now?.() ?? Date.now()).toISOString() } };
  }
}
