import path from 'node:path';
import { OpenSkyClient } from '@/lib/aircraft/client';
import { startOpenSkyStandIn, type OpenSkyStandIn } from '@/local/opensky/server';
import { aircraftProvider, storedStatesSource } from './aircraft';
import { screen } from './engine';
import { openskyStateSource } from './opensky-source';
import { providersFromRun, requestFromInputs, runInsert } from './run-record';
import { describeWithData, readReferenceJson, REFERENCE_DATA_DIR } from './testing/reference-data';

// The live aircraft provider against local/opensky: vectors of the report time around the observer, stored raw for
// replay; older than OpenSky's hour of history, a note in the answer instead of a failure.
const CLIENT = { clientId: 'nest-screening-test', clientSecret: 'screening-secret' };
const SAMPLE_TIME = 1683488744;
// A report time in 2026 at which the stand-in's loop has moved the captured aircraft 6 s along their track.
const REPORT_S = SAMPLE_TIME + 600 * Math.ceil((Date.parse('2026-12-02T12:00:00Z') / 1000 - SAMPLE_TIME) / 600) + 6;
const BOSTON = { latDeg: 42.36, lonDeg: -71.06, heightM: 10 };
const clock = REPORT_S * 1000 + 10 * 60_000;
let sky: OpenSkyStandIn;

beforeAll(async () => {
  sky = await startOpenSkyStandIn({ dataDir: path.join(REFERENCE_DATA_DIR, 'opensky'), clients: { [CLIENT.clientId]: CLIENT.clientSecret }, now: () => clock, credits: { anonymous: 4, user: 6 } });
});
afterAll(() => sky.close());

const client = (credentials: typeof CLIENT | null = CLIENT) => new OpenSkyClient({ apiUrl: sky.apiUrl, tokenUrl: sky.tokenUrl, credentials: credentials ?? undefined, now: () => clock });
const provider = (c = client()) => aircraftProvider(openskyStateSource(c, () => clock));

describeWithData('the OpenSky aircraft provider', ['opensky/states-all-2023-05-07T194544Z.json', 'geometry/pymap3d-aer-cases.json'], () => {
  it('finds UAL421 north-north-west of Boston 10 minutes after the report, and the stored run replays to the same candidates', async () => {
    const request = { observer: BOSTON, atMs: REPORT_S * 1000, direction: { azDeg: 336, elDeg: 6 } };
    const result = await screen(request, [provider()]);
    const ual = result.candidates.find((c) => c.name === 'UAL421');
    expect(ual).toMatchObject({ kind: 'aircraft', id: 'ab1644', visible: true });
    expect(ual!.az).toBeGreaterThan(330);
    expect(ual!.az).toBeLessThan(342);
    expect(ual!.el).toBeGreaterThan(4);
    expect(ual!.el).toBeLessThan(8);
    expect(ual!.rangeKm).toBeGreaterThan(18);
    expect(ual!.rangeKm).toBeLessThan(26);
    const [run] = result.providers;
    expect(run).toMatchObject({ provider: 'aircraft', ok: true, raw: { provider: 'aircraft', fetchedAt: new Date(clock).toISOString() } });
    expect(run.note).toBeUndefined();
    const asked = new URL(run.raw!.source).searchParams;
    expect(Object.fromEntries(asked)).toMatchObject({ time: String(REPORT_S), extended: '1' });
    expect(Number(asked.get('lamin'))).toBeLessThan(BOSTON.latDeg);
    expect(Number(asked.get('lamax'))).toBeGreaterThan(BOSTON.latDeg);
    // As the database keeps it: through JSON, replayed with no network.
    const stored = JSON.parse(JSON.stringify(runInsert('p', request, result, 'manual')));
    const sent = sky.counts.states;
    const replayed = await screen(requestFromInputs(stored.inputs), providersFromRun(stored.providers));
    expect(replayed.candidates).toEqual(result.candidates);
    expect(sky.counts.states).toBe(sent);
  });

  it('says in a note, without asking OpenSky, that a report older than its hour of history was not checked', async () => {
    const sent = sky.counts.states;
    const result = await screen({ observer: BOSTON, atMs: clock - 3 * 3600_000 }, [provider()]);
    expect(result.providers[0]).toMatchObject({ ok: true, objectCount: 0, note: expect.stringMatching(/one hour only, and this report is 3 hours old/) });
    expect(result.candidates).toEqual([]);
    expect(sky.counts.states).toBe(sent);
    // The note survives storage and replay.
    const stored = JSON.parse(JSON.stringify(runInsert('p', { observer: BOSTON, atMs: clock - 3 * 3600_000 }, result, 'manual')));
    const replayed = await screen(requestFromInputs(stored.inputs), providersFromRun(stored.providers));
    expect(replayed.providers[0].note).toBe(result.providers[0].note);
  });

  it('anonymously: current vectors for a report of now, a note for anything older', async () => {
    const anonymous = client(null);
    const now = await screen({ observer: BOSTON, atMs: clock }, [provider(anonymous)]);
    expect(now.providers[0]).toMatchObject({ ok: true });
    expect(now.objects.map((o) => o.name)).toContain('UAL421');
    const earlier = await screen({ observer: BOSTON, atMs: clock - 10 * 60_000 }, [provider(anonymous)]);
    expect(earlier.providers[0]).toMatchObject({ ok: true, objectCount: 0, note: expect.stringContaining('anonymous OpenSky access gives current positions only') });
  });

  it('a spent account is a provider failure, shown as what it is; the other providers still answer', async () => {
    const c = client();
    for (let i = 0; i < 8 && c.retryAfterS() === 0; i++) await c.states({ box: { west: 0, south: 0, east: 1, north: 1 } });
    const other = { name: 'other', sky: async () => ({ objects: [], raw: { provider: 'other', source: 'test', fetchedAt: null, data: null } }) };
    const result = await screen({ observer: BOSTON, atMs: REPORT_S * 1000 }, [provider(c), other]);
    expect(result.providers).toEqual([
      { provider: 'aircraft', ok: false, error: expect.stringContaining('credits are spent'), objectCount: 0, raw: null },
      expect.objectContaining({ provider: 'other', ok: true }),
    ]);
  });

  it('look angles of an aircraft match pymap3d (WGS84): 1000 m away at azimuth 33°, elevation 77°', async () => {
    const { cases } = readReferenceJson<{ cases: Array<{ id: string; observer: { lat_deg: number; lon_deg: number; h_m: number }; target?: { lat_deg: number; lon_deg: number; h_m: number }; expected: { az_deg: number; el_deg: number; range_m: number } }> }>('geometry/pymap3d-aer-cases.json');
    const c = cases.find((x) => x.id === 'geodetic-to-aer')!;
    const t = c.target!;
    // A hovering aircraft (no velocity) at the target: geometric altitude is the height above the ellipsoid.
    const body = { time: 1700000000, states: [['abcdef', 'TEST1   ', 'Test', 1700000000, 1700000000, t.lon_deg, t.lat_deg, t.h_m + 40, false, null, null, null, null, t.h_m, null, false, 0]] };
    const observer = { latDeg: c.observer.lat_deg, lonDeg: c.observer.lon_deg, heightM: c.observer.h_m };
    const answer = await screen({ observer, atMs: 1700000000_000, visualOnly: false }, [aircraftProvider(storedStatesSource(body, { source: 'test', fetchedAt: null }))]);
    expect(answer.objects).toHaveLength(1);
    const [o] = answer.objects;
    // pymap3d's own tolerance for this case (its target longitude has 5 decimals only): relative 1e-3.
    expect(o.az).toBeCloseTo(c.expected.az_deg, 1);
    expect(o.el).toBeCloseTo(c.expected.el_deg, 1);
    expect(o.rangeKm * 1000).toBeCloseTo(c.expected.range_m, 0);
  });
});
