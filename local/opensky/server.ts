import http from 'node:http';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { creditCost, type Box } from '../../lib/aircraft/bbox';
import { statesResponseSchema, type StateVector } from '../../lib/aircraft/states';
import { aircraftPositionAt } from '../../lib/screening/aircraft';
import { listen, readBodyUpTo } from '../stack/http';

/**
 * A local OpenSky Network: its OAuth2 token endpoint (Keycloak, client credentials) and `GET /api/states/all` in the
 * documented format, with OpenSky's rules (openskynetwork.github.io/opensky-api/rest.html):
 * - a bearer token that is unknown or expired is refused with 401; no token is anonymous access;
 * - anonymous: `time` ignored, time resolution 10 s; authenticated: up to 1 hour back (older: 400), 5 s;
 * - credits per account (anonymous per IP) and UTC day, 400 anonymous / 4000 per user, a box costing 1–4 by its
 *   area (4 without a box); X-Rate-Limit-Remaining on every answer, and 429 with
 *   X-Rate-Limit-Retry-After-Seconds once they are spent;
 * - all four of lamin/lomin/lamax/lomax or none; `icao24` repeatable; `extended=1` adds the category.
 * The aircraft are the real capture in ../shared/data/opensky (2023-05-07, four aircraft), moved along their own
 * reported track at their reported speed (altitude kept), on a 10-minute loop, so a map of them visibly moves.
 */

export const TOKEN_PATH = '/auth/realms/opensky-network/protocol/openid-connect/token';
export const STATES_PATH = '/api/states/all';
export const SAMPLE_FILE = 'states-all-2023-05-07T194544Z.json';
/** Positions repeat after this long: each aircraft flies ~80 km of its path, then starts again. */
export const LOOP_S = 600;
const HISTORY_S = 3600;
const DAY_MS = 86_400_000;

export interface OpenSkyStandInOptions {
  /** ../shared/data/opensky */
  dataDir: string;
  port?: number;
  now?: () => number;
  /** client_id → client_secret accepted by the token endpoint. */
  clients: Record<string, string>;
  tokenLifetimeS?: number;
  /** Credits per UTC day. */
  credits?: { anonymous: number; user: number };
}

export interface OpenSkyStandIn {
  url: string;
  apiUrl: string;
  tokenUrl: string;
  /** Token requests answered with a token, and states requests answered (any status), for tests. */
  readonly counts: { tokens: number; states: number };
  /** Expires every token now (as after a restart of OpenSky's auth server). */
  revokeTokens(): void;
  close(): Promise<void>;
}

interface Sample {
  time: number;
  states: StateVector[];
}

function loadSample(dataDir: string): Sample {
  const parsed = statesResponseSchema.parse(JSON.parse(readFileSync(path.join(dataDir, SAMPLE_FILE), 'utf8')));
  return { time: parsed.time, states: parsed.states ?? [] };
}

/** The sample's vector as it would be `t` seconds after the loop restarted. */
function movedVector(v: StateVector, sampleTime: number, t: number): StateVector {
  const offset = ((((t - sampleTime) % LOOP_S) + LOOP_S) % LOOP_S);
  const shift = t - sampleTime;
  const out = [...v] as StateVector;
  out[3] = v[3] === null ? null : v[3] + shift;
  out[4] = v[4] + shift;
  const [, , , timePosition, lastContact, lon, lat, baro, onGround, velocity, track, , , geo] = v;
  if (lat === null || lon === null || onGround) return out;
  const positionMs = ((timePosition ?? lastContact) - sampleTime) * 1000;
  const p = aircraftPositionAt({ icao24: v[0], callsign: null, latDeg: lat, lonDeg: lon, altM: geo ?? baro ?? 0, velocity, trackDeg: track, verticalRate: 0, positionMs }, offset * 1000);
  out[5] = Math.round(p.lonDeg * 1e4) / 1e4;
  out[6] = Math.round(p.latDeg * 1e4) / 1e4;
  return out;
}

type Query = { time?: number; box?: Box; icao24: string[]; extended: boolean };

const NUMBER = /^-?(\d+(\.\d*)?|\.\d+)$/;

function parseQuery(params: URLSearchParams): Query | string {
  const keys = ['lamin', 'lomin', 'lamax', 'lomax'] as const;
  const given = keys.filter((k) => params.has(k));
  if (given.length !== 0 && given.length !== 4) return 'a bounding box needs all of lamin, lomin, lamax and lomax';
  const numbers = keys.map((k) => params.get(k) ?? '');
  if (given.length === 4 && !numbers.every((n) => NUMBER.test(n))) return 'lamin, lomin, lamax and lomax must be decimal degrees';
  const time = params.get('time');
  if (time !== null && !/^\d+$/.test(time)) return 'time must be an integer Unix timestamp';
  const [south, west, north, east] = numbers.map(Number);
  return {
    time: time === null ? undefined : Number(time),
    box: given.length === 4 ? { south, west, north, east } : undefined,
    icao24: params.getAll('icao24').map((s) => s.toLowerCase()),
    extended: params.get('extended') === '1',
  };
}

function send(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/plain;charset=UTF-8' : 'application/json', ...headers }).end(text);
}

function basicClient(header: string | undefined): { id: string; secret: string } | undefined {
  const m = /^Basic\s+(\S+)$/i.exec(header ?? '');
  if (!m) return undefined;
  const [id, ...rest] = Buffer.from(m[1], 'base64').toString('utf8').split(':');
  return { id: decodeURIComponent(id), secret: decodeURIComponent(rest.join(':')) };
}

export async function startOpenSkyStandIn(opts: OpenSkyStandInOptions): Promise<OpenSkyStandIn> {
  const now = opts.now ?? Date.now;
  const sample = loadSample(opts.dataDir);
  const lifetimeS = opts.tokenLifetimeS ?? 1800;
  const quota = opts.credits ?? { anonymous: 400, user: 4000 };
  const tokens = new Map<string, { clientId: string; expiresAt: number }>();
  const spent = new Map<string, { day: number; used: number }>();
  const counts = { tokens: 0, states: 0 };

  async function token(req: http.IncomingMessage, res: http.ServerResponse) {
    if (req.method !== 'POST') return send(res, 405, { error: 'invalid_request', error_description: 'HTTP method not allowed' });
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const raw = await readBodyUpTo(req, 16 * 1024, () => new Error('too large'));
    const form = new URLSearchParams(type === 'application/x-www-form-urlencoded' ? raw.toString('utf8') : '');
    const grant = form.get('grant_type');
    if (!grant) return send(res, 400, { error: 'invalid_request', error_description: 'Missing form parameter: grant_type' });
    if (grant !== 'client_credentials') return send(res, 400, { error: 'unsupported_grant_type', error_description: 'Unsupported grant_type' });
    const basic = basicClient(req.headers.authorization);
    const clientId = basic?.id ?? form.get('client_id');
    const secret = basic?.secret ?? form.get('client_secret');
    if (!clientId || !(clientId in opts.clients)) return send(res, 401, { error: 'invalid_client', error_description: 'Invalid client or Invalid client credentials' });
    if (secret !== opts.clients[clientId]) return send(res, 401, { error: 'unauthorized_client', error_description: 'Invalid client or Invalid client credentials' });
    const value = randomBytes(32).toString('base64url');
    tokens.set(value, { clientId, expiresAt: now() + lifetimeS * 1000 });
    counts.tokens++;
    send(res, 200, { access_token: value, expires_in: lifetimeS, refresh_expires_in: 0, token_type: 'Bearer', 'not-before-policy': 0, scope: 'profile email' });
  }

  /** Charges the account; the credits left, or the seconds until they refill. */
  function charge(account: string, cost: number, limit: number): { remaining: number } | { retryAfterS: number } {
    const day = Math.floor(now() / DAY_MS);
    const entry = spent.get(account);
    const used = entry?.day === day ? entry.used : 0;
    if (used + cost > limit) return { retryAfterS: Math.ceil(((day + 1) * DAY_MS - now()) / 1000) };
    spent.set(account, { day, used: used + cost });
    return { remaining: limit - used - cost };
  }

  function states(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    counts.states++;
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'Method Not Allowed');
    let clientId: string | undefined;
    if (req.headers.authorization !== undefined) {
      const m = /^Bearer\s+(\S+)$/i.exec(req.headers.authorization);
      const known = m ? tokens.get(m[1]) : undefined;
      if (!known || known.expiresAt <= now()) return send(res, 401, 'Unauthorized');
      clientId = known.clientId;
    }
    const query = parseQuery(url.searchParams);
    if (typeof query === 'string') return send(res, 400, `Bad Request: ${query}`);
    const nowS = Math.floor(now() / 1000);
    let t = nowS - (nowS % 10);
    if (clientId && query.time !== undefined) {
      if (query.time < nowS - HISTORY_S) return send(res, 400, 'Bad Request: time is more than 1 hour in the past');
      const asked = Math.min(query.time, nowS);
      t = asked - (asked % 5);
    } else if (clientId) t = nowS - (nowS % 5);
    const cost = query.box ? creditCost(query.box) : 4;
    const account = clientId ? `client:${clientId}` : `ip:${req.socket.remoteAddress}`;
    const charged = charge(account, cost, clientId ? quota.user : quota.anonymous);
    if ('retryAfterS' in charged) return send(res, 429, 'Too many requests', { 'X-Rate-Limit-Retry-After-Seconds': String(charged.retryAfterS) });
    const { box } = query;
    const rows = sample.states
      .map((v) => movedVector(v, sample.time, t))
      .filter((v) => query.icao24.length === 0 || query.icao24.includes(v[0]))
      .filter((v) => !box || (v[6] !== null && v[5] !== null && v[6] >= box.south && v[6] <= box.north && v[5] >= box.west && v[5] <= box.east))
      .map((v) => (query.extended ? v : v.slice(0, 17)));
    send(res, 200, req.method === 'HEAD' ? '' : { time: t, states: rows.length ? rows : null }, { 'X-Rate-Limit-Remaining': String(charged.remaining) });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const done = (p: Promise<void> | void) => Promise.resolve(p).catch(() => (res.headersSent ? res.destroy() : send(res, 400, { error: 'invalid_request', error_description: 'Unreadable request' })));
    if (url.pathname === TOKEN_PATH) return void done(token(req, res));
    if (url.pathname === STATES_PATH) return void done(states(req, res, url));
    send(res, 404, 'Not Found');
  });
  const port = await listen(server, opts.port ?? 0, '127.0.0.1');
  const base = `http://127.0.0.1:${port}`;
  return {
    url: base,
    apiUrl: `${base}/api`,
    tokenUrl: `${base}${TOKEN_PATH}`,
    counts,
    revokeTokens: () => tokens.clear(),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
