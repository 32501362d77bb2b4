import http from 'node:http';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { statesResponseSchema } from '../../lib/aircraft/states';
import { FEET_M, GEOSEARCH_PATH, geoSearchQuerySchema, KNOT_MS, type ApiFlight, type ApiTrail, type GeoSearchQuery } from '../../lib/correlation/radarbox-format';
import { listen, readBodyUpTo } from '../stack/http';

/**
 * A local AirNav RadarBox On Demand API v2 serving `POST /v2/flights/geosearch` in the documented format
 * (lib/correlation/radarbox-format.ts), as strict as we know the real one to be:
 * - `Authorization: Bearer <key>` with a known key, else 401 (no key, another scheme, an unknown key);
 * - a JSON body that is a GeoSearchQuery: the box and fromDate/toDate required, every field its documented type,
 *   no field the specification does not list, min ≤ max, fromDate before toDate, else 400 with a comment;
 * - the answer a FlightsResponse: `success`, `cost`, `flights` (ApiFlight, with `positions` when
 *   includeFlightPaths is true), each flight with its last position in the span on the flight itself.
 * Decided here (the documentation is silent): a span of at most 24 hours, `cost` one credit per flight returned
 * (at least one), error bodies `{ success: false, comment }`, POST only (405), a 64 kB body limit (413).
 * The flights are real ones from ../shared/data/opensky: the N104AA track near Kansas City (2023-02-03, OpenSky's
 * own client test) and the four aircraft of the 2023-05-07 state-vector capture, turned into RadarBox's units
 * (feet, knots, feet per minute).
 */

export const MAX_SPAN_MS = 24 * 3600_000;
const MAX_BODY_BYTES = 64 * 1024;

export interface RadarBoxStandInOptions {
  /** ../shared/data/opensky */
  dataDir: string;
  apiKeys: string[];
  port?: number;
}

export interface RadarBoxStandIn {
  url: string;
  /** The base the client is given (RADARBOX_API_URL): `${url}/v2`. */
  apiUrl: string;
  readonly counts: { searches: number };
  close(): Promise<void>;
}

interface StoredFlight {
  flight: Omit<ApiFlight, 'positions'>;
  positions: ApiTrail[];
}

const trackSampleSchema = z.object({
  track_response: z.object({
    icao24: z.string(),
    callsign: z.string().nullable(),
    path: z.array(z.tuple([z.number(), z.number().nullable(), z.number().nullable(), z.number().nullable(), z.number().nullable(), z.boolean()])),
  }),
});

const iso = (unixS: number) => new Date(unixS * 1000).toISOString();
const feet = (m: number | null) => (m === null ? null : Math.round(m / FEET_M));

function trackFlight(dataDir: string): StoredFlight {
  const { track_response: t } = trackSampleSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'flights-tracks-samples.json'), 'utf8')));
  const positions = t.path.flatMap(([time, lat, lon, baro, heading, onGround]): ApiTrail[] =>
    lat === null || lon === null || onGround ? [] : [{ timestamp: iso(time), latitude: lat, longitude: lon, altitude: feet(baro), heading, source: 'ADS-B' }],
  );
  return { flight: { callsign: t.callsign?.trim() || null, aircraftModeS: t.icao24.toUpperCase(), aircraftRegistration: t.callsign?.trim() || null }, positions };
}

function capturedFlights(dataDir: string): StoredFlight[] {
  const body = statesResponseSchema.parse(JSON.parse(readFileSync(path.join(dataDir, 'states-all-2023-05-07T194544Z.json'), 'utf8')));
  return (body.states ?? []).flatMap(([icao24, callsign, , timePosition, lastContact, lon, lat, baro, onGround, velocity, track, vrate, , geo]): StoredFlight[] => {
    if (lat === null || lon === null || onGround) return [];
    const position: ApiTrail = {
      timestamp: iso(timePosition ?? lastContact),
      latitude: lat,
      longitude: lon,
      altitude: feet(geo ?? baro),
      groundSpeed: velocity === null ? null : Math.round(velocity / KNOT_MS),
      heading: track === null ? null : Math.round(track),
      verticalRate: vrate === null ? null : Math.round((vrate / FEET_M) * 60),
      source: 'ADS-B',
    };
    return [{ flight: { callsign: callsign?.trim() || null, aircraftModeS: icao24.toUpperCase() }, positions: [position] }];
  });
}

function send(res: http.ServerResponse, status: number, body: unknown) {
  res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
}
const refuse = (res: http.ServerResponse, status: number, comment: string) => send(res, status, { success: false, comment });

/** The problem with a parsed query that its schema cannot express, or null. */
function queryProblem(q: GeoSearchQuery): string | null {
  if (q.minLatitude > q.maxLatitude) return 'minLatitude must not be greater than maxLatitude';
  if (q.minLongitude > q.maxLongitude) return 'minLongitude must not be greater than maxLongitude';
  const span = Date.parse(q.toDate) - Date.parse(q.fromDate);
  if (span <= 0) return 'fromDate must be before toDate';
  if (span > MAX_SPAN_MS) return 'the time span must be at most 24 hours';
  return null;
}

function search(flights: readonly StoredFlight[], q: GeoSearchQuery): ApiFlight[] {
  const [from, to] = [Date.parse(q.fromDate), Date.parse(q.toDate)];
  const inside = (p: ApiTrail) => {
    const t = Date.parse(p.timestamp);
    const alt = p.altitude ?? 0;
    return t >= from && t <= to && p.latitude >= q.minLatitude && p.latitude <= q.maxLatitude && p.longitude >= q.minLongitude && p.longitude <= q.maxLongitude
      && (q.belowAltitude === undefined || alt < q.belowAltitude) && (q.aboveAltitude === undefined || alt > q.aboveAltitude);
  };
  return flights.flatMap(({ flight, positions }) => {
    if (q.modeSHexCodes?.length && !q.modeSHexCodes.some((h) => h.toUpperCase() === flight.aircraftModeS)) return [];
    const seen = positions.filter(inside);
    if (seen.length === 0) return [];
    const last = seen[seen.length - 1];
    const { timestamp, source: _source, ...where } = last;
    return [{ ...flight, ...where, updated: timestamp, ...(q.includeFlightPaths ? { positions: seen } : {}) }];
  });
}

export async function startRadarBoxStandIn(opts: RadarBoxStandInOptions): Promise<RadarBoxStandIn> {
  const flights = [trackFlight(opts.dataDir), ...capturedFlights(opts.dataDir)];
  const keys = new Set(opts.apiKeys);
  const counts = { searches: 0 };

  async function geosearch(req: http.IncomingMessage, res: http.ServerResponse) {
    counts.searches++;
    if (req.method !== 'POST') return refuse(res, 405, 'Method not allowed');
    const m = /^Bearer (\S+)$/.exec(req.headers.authorization ?? '');
    if (!m || !keys.has(m[1])) return refuse(res, 401, 'Unauthorized');
    if (!/^application\/json\b/i.test(req.headers['content-type'] ?? '')) return refuse(res, 400, 'Content-Type must be application/json');
    const raw = await readBodyUpTo(req, MAX_BODY_BYTES, () => new Error('too large')).catch(() => null);
    if (raw === null) return refuse(res, 413, 'Request body too large');
    let json: unknown;
    try {
      json = JSON.parse(raw.toString('utf8'));
    } catch {
      return refuse(res, 400, 'Request body is not JSON');
    }
    const parsed = geoSearchQuerySchema.safeParse(json);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return refuse(res, 400, `${issue.path.join('.') || 'body'}: ${issue.message}`);
    }
    const problem = queryProblem(parsed.data);
    if (problem) return refuse(res, 400, problem);
    const found = search(flights, parsed.data);
    send(res, 200, { success: true, cost: Math.max(1, found.length), flights: found });
  }

  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname !== `/v2${GEOSEARCH_PATH}`) return refuse(res, 404, 'Not found');
    geosearch(req, res).catch(() => (res.headersSent ? res.destroy() : refuse(res, 400, 'Unreadable request')));
  });
  const port = await listen(server, opts.port ?? 0, '127.0.0.1');
  const url = `http://127.0.0.1:${port}`;
  return { url, apiUrl: `${url}/v2`, counts, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
