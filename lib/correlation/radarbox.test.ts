import http from 'node:http';
import path from 'node:path';
import { startRadarBoxStandIn, type RadarBoxStandIn } from '@/local/radarbox/server';
import { geodeticToEcef, lookAngles, observerFrame } from '@/lib/screening/geodesy';
import { describeWithData, readReferenceJson, REFERENCE_DATA_DIR } from '@/lib/screening/testing/reference-data';
import { correlate } from './correlate';
import { radarboxProvider } from './providers';
import { RadarBoxClient } from './radarbox-client';

// The RadarBox client and provider against the local stand-in, which serves the real N104AA track near Kansas City
// (OpenSky's own client test, 2023-02-03) in RadarBox's documented format and units.
const KEY = 'radarbox-test-key-1';
const SAMPLE = 'opensky/flights-tracks-samples.json';
type Track = { track_response: { path: Array<[number, number, number, number, number, boolean]> } };

let rb: RadarBoxStandIn;
beforeAll(async () => {
  rb = await startRadarBoxStandIn({ dataDir: path.join(REFERENCE_DATA_DIR, 'opensky'), apiKeys: [KEY] });
});
afterAll(() => rb.close());

const client = (apiKey = KEY, apiUrl = rb.apiUrl, timeoutMs?: number) => new RadarBoxClient({ apiUrl, apiKey, timeoutMs });
const KANSAS_CITY = { latDeg: 39.05, lonDeg: -94.59, heightM: 0 };
const TOL = { maxSeparationDeg: 10, maxTimeOffsetS: 120 };

describeWithData('RadarBox /flights/geosearch: client, stand-in, provider', [SAMPLE], () => {
  const path4 = () => readReferenceJson<Track>(SAMPLE).track_response.path;

  it('finds N104AA over Kansas City and places it where the WGS84 look angles of its reported fix say', async () => {
    const [t, lat, lon, altM] = path4()[4];
    const look = lookAngles(observerFrame({ latDeg: KANSAS_CITY.latDeg, lonDeg: KANSAS_CITY.lonDeg, heightKm: 0 }), geodeticToEcef({ latDeg: lat, lonDeg: lon, heightKm: altM / 1000 }));
    const answer = await radarboxProvider(client()).around({ observer: KANSAS_CITY, atMs: t * 1000, radiusKm: 100, windowS: 300 });
    expect(answer.status).toBe('ok');
    if (answer.status !== 'ok') return;
    expect(answer.query).toMatchObject({ url: `${rb.apiUrl}/flights/geosearch`, body: { includeFlightPaths: true, fromDate: new Date((t - 300) * 1000).toISOString() } });
    expect(JSON.stringify(answer.query)).not.toContain(KEY);
    expect(answer.raw).toMatchObject({ success: true, flights: [expect.objectContaining({ callsign: 'N104AA', aircraftModeS: 'A01391' })] });
    // Reported 3° to the right of where it was, at the time of its fix.
    const outcome = correlate({ observer: KANSAS_CITY, atMs: t * 1000, direction: { azDeg: look.azDeg + 3, elDeg: look.elDeg } }, answer.tracks, TOL, 100);
    expect(outcome.possibleAircraft).toBe(true);
    const [m] = outcome.matches;
    expect(m).toMatchObject({ icao24: 'a01391', callsign: 'N104AA', withinTolerance: true });
    // RadarBox rounds the altitude to whole feet: a few centimetres.
    expect(m.azDeg).toBeCloseTo(look.azDeg, 1);
    expect(m.elDeg).toBeCloseTo(look.elDeg, 1);
    expect(m.slantRangeKm).toBeCloseTo(look.rangeKm, 2);
    expect(m.groundDistanceKm).toBeLessThan(m.slantRangeKm);
    expect(m.groundDistanceKm).toBeGreaterThan(m.slantRangeKm * 0.99);
    expect(Math.abs(m.timeOffsetS)).toBeLessThanOrEqual(120);
    expect(m.separationDeg!).toBeLessThan(3.01);
    expect(outcome.summary).toMatch(/^Possible aircraft: N104AA: el \d+° [NESW]+, .* km away over the ground/);
  });

  it('a direction 40° away, or a report after the track ended, is no aircraft', async () => {
    const [t, lat, lon, altM] = path4()[4];
    const look = lookAngles(observerFrame({ latDeg: KANSAS_CITY.latDeg, lonDeg: KANSAS_CITY.lonDeg, heightKm: 0 }), geodeticToEcef({ latDeg: lat, lonDeg: lon, heightKm: altM / 1000 }));
    const answer = await radarboxProvider(client()).around({ observer: KANSAS_CITY, atMs: t * 1000, radiusKm: 100, windowS: 300 });
    if (answer.status !== 'ok') throw new Error(answer.status);
    const away = correlate({ observer: KANSAS_CITY, atMs: t * 1000, direction: { azDeg: look.azDeg + 40, elDeg: look.elDeg } }, answer.tracks, TOL, 100);
    expect(away.possibleAircraft).toBe(false);
    expect(away.matches[0]).toMatchObject({ callsign: 'N104AA', withinTolerance: false });
    expect(away.summary).toMatch(/none passed within 10° and 120 s/);
    const last = path4()[6][0];
    const later = await radarboxProvider(client()).around({ observer: KANSAS_CITY, atMs: (last + 3600) * 1000, radiusKm: 100, windowS: 300 });
    expect(later).toMatchObject({ status: 'ok', raw: { success: true, flights: [] }, tracks: [] });
  });

  it('maps every failure to a kind and a sentence with no key in it', async () => {
    const body = { minLatitude: 39, maxLatitude: 40, minLongitude: -95, maxLongitude: -94, fromDate: '2023-02-03T19:00:00Z', toDate: '2023-02-03T20:00:00Z' };
    expect(await client('wrong-key-0000').geosearch(body)).toEqual({ ok: false, error: { kind: 'auth', message: 'RadarBox refused our API key (401): check RADARBOX_API_KEY' } });
    const long = await client().geosearch({ ...body, toDate: '2023-02-05T20:00:00Z' });
    expect(long).toEqual({ ok: false, error: { kind: 'bad_request', message: 'RadarBox refused the search (400): the time span must be at most 24 hours' } });
    const flipped = await client().geosearch({ ...body, minLatitude: 41 });
    expect(flipped).toMatchObject({ ok: false, error: { kind: 'bad_request', message: expect.stringContaining('minLatitude must not be greater than maxLatitude') } });
    // Nothing listens on port 9.
    expect(await client(KEY, 'http://127.0.0.1:9/v2').geosearch(body)).toEqual({ ok: false, error: { kind: 'unreachable', message: 'RadarBox could not be reached' } });
  });

  it('the stand-in is strict: no bearer key, a field RadarBox does not list, a missing date, a GET', async () => {
    const post = (b: unknown, headers: Record<string, string> = { authorization: `Bearer ${KEY}`, 'content-type': 'application/json' }) => fetch(`${rb.apiUrl}/flights/geosearch`, { method: 'POST', headers, body: JSON.stringify(b) });
    const body = { minLatitude: 39, maxLatitude: 40, minLongitude: -95, maxLongitude: -94, fromDate: '2023-02-03T19:00:00Z', toDate: '2023-02-03T20:00:00Z' };
    expect((await post(body, { 'content-type': 'application/json', 'x-api-key': KEY })).status).toBe(401);
    expect(await (await post({ ...body, radius: 5 })).json()).toEqual({ success: false, comment: expect.stringContaining('radius') });
    const { toDate: _t, ...noDate } = body;
    const missing = await post(noDate);
    expect(missing.status).toBe(400);
    expect((await missing.json()).comment).toMatch(/^toDate: /);
    expect((await fetch(`${rb.apiUrl}/flights/geosearch`, { headers: { authorization: `Bearer ${KEY}` } })).status).toBe(405);
    const ok = await post(body);
    expect(await ok.json()).toMatchObject({ success: true, cost: 1, flights: [expect.objectContaining({ callsign: 'N104AA' })] });
  });
});

describe('RadarBox client against a misbehaving server', () => {
  let server: http.Server;
  let base: string;
  let reply: (res: http.ServerResponse) => void;
  beforeAll(async () => {
    server = http.createServer((_req, res) => reply(res));
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/v2`;
  });
  afterAll(() => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }));
  const body = { minLatitude: 0, maxLatitude: 1, minLongitude: 0, maxLongitude: 1, fromDate: '2023-01-01T00:00:00Z', toDate: '2023-01-01T01:00:00Z' };

  it('timeout, 429 with Retry-After, 5xx, not JSON, success false, unreadable flights', async () => {
    reply = () => undefined;
    expect(await client(KEY, base, 200).geosearch(body)).toEqual({ ok: false, error: { kind: 'timeout', message: 'RadarBox did not answer in time' } });
    reply = (res) => res.writeHead(429, { 'retry-after': '30' }).end('{}');
    expect(await client(KEY, base).geosearch(body)).toEqual({ ok: false, error: { kind: 'rate_limited', message: 'RadarBox is limiting our requests (429); try again in 30 s', retryAfterS: 30 } });
    reply = (res) => res.writeHead(502).end('<html>/var/lib/secret-path</html>');
    expect(await client(KEY, base).geosearch(body)).toEqual({ ok: false, error: { kind: 'upstream', message: 'RadarBox answered 502' } });
    reply = (res) => res.writeHead(200).end('<html>');
    expect(await client(KEY, base).geosearch(body)).toMatchObject({ ok: false, error: { kind: 'upstream', message: 'RadarBox sent an answer that is not JSON' } });
    reply = (res) => res.writeHead(200).end(JSON.stringify({ success: false, comment: 'Insufficient credits' }));
    expect(await client(KEY, base).geosearch(body)).toMatchObject({ ok: false, error: { kind: 'upstream', message: 'RadarBox could not answer the search: Insufficient credits' } });
    reply = (res) => res.writeHead(200).end(JSON.stringify({ success: true, flights: [{ positions: [{ latitude: 'north' }] }] }));
    expect(await client(KEY, base).geosearch(body)).toMatchObject({ ok: false, error: { kind: 'upstream', message: expect.stringMatching(/^RadarBox sent flights we cannot read \(flights\.0\.positions\.0\./) } });
  });
});
