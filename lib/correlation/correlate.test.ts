import path from 'node:path';
import { OpenSkyClient } from '@/lib/aircraft/client';
import { geodeticToEcef, lookAngles, observerFrame } from '@/lib/screening/geodesy';
import { describeWithData, REFERENCE_DATA_DIR } from '@/lib/screening/testing/reference-data';
import { startOpenSkyStandIn, type OpenSkyStandIn } from '@/local/opensky/server';
import { correlate } from './correlate';
import { chooseProvider, openskyProvider } from './providers';
import { positionAt } from './track';
import type { AircraftProvider, AircraftTrack } from './types';

// Correlation from OpenSky state vectors (the real 2023-05-07 capture, served by local/opensky at a report time in
// its loop), the choice of provider by the report's age, and the time tolerance.
const CLIENT = { clientId: 'nest-correlation-test', clientSecret: 'correlation-secret' };
const SAMPLE_TIME = 1683488744;
const REPORT_S = SAMPLE_TIME + 600 * Math.ceil((Date.parse('2026-12-02T12:00:00Z') / 1000 - SAMPLE_TIME) / 600) + 6;
const BOSTON = { latDeg: 42.36, lonDeg: -71.06, heightM: 10 };
const clock = REPORT_S * 1000 + 10 * 60_000;
const TOL = { maxSeparationDeg: 10, maxTimeOffsetS: 120 };
let sky: OpenSkyStandIn;

beforeAll(async () => {
  sky = await startOpenSkyStandIn({ dataDir: path.join(REFERENCE_DATA_DIR, 'opensky'), clients: { [CLIENT.clientId]: CLIENT.clientSecret }, now: () => clock });
});
afterAll(() => sky.close());

const opensky = () => openskyProvider(new OpenSkyClient({ apiUrl: sky.apiUrl, tokenUrl: sky.tokenUrl, credentials: CLIENT, now: () => clock }), () => clock);
const frame = observerFrame({ latDeg: BOSTON.latDeg, lonDeg: BOSTON.lonDeg, heightKm: BOSTON.heightM / 1000 });
const lookAt = (t: AircraftTrack, ms: number) => {
  const p = positionAt(t, ms)!;
  return lookAngles(frame, geodeticToEcef({ latDeg: p.latDeg, lonDeg: p.lonDeg, heightKm: p.altM / 1000 }));
};

describeWithData('correlation from OpenSky state vectors', ['opensky/states-all-2023-05-07T194544Z.json'], () => {
  it('UAL421 reported where it was is a possible aircraft; the stored query is the request URL, the raw data the body', async () => {
    const answer = await opensky().around({ observer: BOSTON, atMs: REPORT_S * 1000, radiusKm: 100, windowS: 300 });
    if (answer.status !== 'ok') throw new Error(JSON.stringify(answer));
    const ual = answer.tracks.find((t) => t.callsign === 'UAL421')!;
    const look = lookAt(ual, REPORT_S * 1000);
    const outcome = correlate({ observer: BOSTON, atMs: REPORT_S * 1000, direction: { azDeg: look.azDeg, elDeg: look.elDeg + 2 } }, answer.tracks, TOL, 100);
    expect(outcome.possibleAircraft).toBe(true);
    expect(outcome.matches[0]).toMatchObject({ icao24: 'ab1644', callsign: 'UAL421', withinTolerance: true });
    expect(outcome.matches[0].separationDeg).toBeLessThanOrEqual(2.0001);
    expect(new URL((answer.query as { url: string }).url).searchParams.get('time')).toBe(String(REPORT_S));
    expect(answer.raw).toMatchObject({ time: expect.any(Number), states: expect.any(Array) });
    // Only aircraft above the horizon within the radius are listed: the Lima and Minneapolis flights are not.
    expect(outcome.matches.map((m) => m.callsign)).toEqual(['UAL421']);
  });

  it('without a reported direction aircraft are listed by closest approach and never flagged', async () => {
    const answer = await opensky().around({ observer: BOSTON, atMs: REPORT_S * 1000, radiusKm: 100, windowS: 300 });
    if (answer.status !== 'ok') throw new Error(answer.status);
    const outcome = correlate({ observer: BOSTON, atMs: REPORT_S * 1000 }, answer.tracks, TOL, 100);
    expect(outcome).toMatchObject({ possibleAircraft: false, summary: '1 aircraft above the horizon nearby; the report gives no direction, so none can be matched.' });
    expect(outcome.matches[0]).toMatchObject({ separationDeg: null, withinTolerance: false });
  });

  it('a match only 200 s after the report is outside a 120 s tolerance and inside a 300 s one', async () => {
    const answer = await opensky().around({ observer: BOSTON, atMs: REPORT_S * 1000, radiusKm: 100, windowS: 300 });
    if (answer.status !== 'ok') throw new Error(answer.status);
    const ual = answer.tracks.find((t) => t.callsign === 'UAL421')!;
    // Dead reckoning covers two minutes past the fix: the report is placed 200 s before the aircraft's fix.
    const at = ual.fixes[0].ms - 200_000;
    const look = lookAt(ual, ual.fixes[0].ms);
    const direction = { azDeg: look.azDeg, elDeg: look.elDeg };
    const tight = correlate({ observer: BOSTON, atMs: at, direction }, [ual], { maxSeparationDeg: 1, maxTimeOffsetS: 120 }, 100);
    expect(tight.possibleAircraft).toBe(false);
    const loose = correlate({ observer: BOSTON, atMs: at, direction }, [ual], { maxSeparationDeg: 1, maxTimeOffsetS: 300 }, 100);
    expect(loose.possibleAircraft).toBe(true);
    expect(loose.matches[0].timeOffsetS).toBe(200);
  });
});

describe('which provider answers', () => {
  const stub = (name: 'opensky' | 'radarbox'): AircraftProvider => ({ name, around: async () => ({ status: 'not_checked', provider: name, note: name, query: null }) });
  const now = Date.parse('2026-12-02T12:00:00Z');

  it('OpenSky within its hour, RadarBox after it, and a note when RadarBox is not configured', () => {
    expect(chooseProvider(now - 10 * 60_000, now, { opensky: stub('opensky'), radarbox: stub('radarbox') })).toMatchObject({ name: 'opensky' });
    expect(chooseProvider(now - 2 * 3600_000, now, { opensky: stub('opensky'), radarbox: stub('radarbox') })).toMatchObject({ name: 'radarbox' });
    expect(chooseProvider(now - 3 * 86_400_000, now, { opensky: stub('opensky'), radarbox: null })).toEqual({
      status: 'not_checked',
      provider: null,
      note: 'Aircraft not checked: the report is 3 days old, OpenSky keeps one hour of state vectors, and RadarBox (for older reports) is not configured (RADARBOX_API_KEY).',
      query: null,
    });
  });
});
