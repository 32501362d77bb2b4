import { aircraftFromStates, aircraftProvider, storedStatesSource, statesResponseSchema } from './aircraft';
import { parseElements, pickNearestSets } from './elements';
import { screen } from './engine';
import { observerFrame } from './geodesy';
import { localObjectsProvider, skyObjectsFileSchema } from './local-objects';
import { prepareCatalogue, satelliteProvider } from './satellite-provider';
import { satelliteAt } from './satellites';
import { sunState } from './sun';
import { describeWithData, readReference, readReferenceJson } from './testing/reference-data';
import type { Observer } from './types';
import { UNKNOWN_MAGNITUDE_MAX_RANGE_KM } from './verdict';

const FULL = 'tle/full-catalog-2022-08-09.tle';

describeWithData('the geometric prefilter', [FULL], () => {
  it('never drops a satellite that is above the horizon (full catalogue, three places and times)', async () => {
    // As screening does: each object's set within 7 days of the time (23,789 of the 25,975 sets).
    const catalogue = prepareCatalogue({ source: FULL, fetchedAt: null, sets: pickNearestSets(parseElements(readReference(FULL)).sets, Date.parse('2022-08-10T12:00:00Z')) });
    const places: Array<[Observer, string]> = [
      [{ latDeg: 36.154, lonDeg: -95.993, heightM: 200 }, '2022-08-10T03:00:00Z'],
      [{ latDeg: -33.9, lonDeg: 18.4, heightM: 10 }, '2022-08-09T18:30:00Z'],
      [{ latDeg: 69.6, lonDeg: 18.9, heightM: 0 }, '2022-08-11T23:00:00Z'],
    ];
    for (const [observer, iso] of places) {
      const atMs = Date.parse(iso);
      const frame = observerFrame({ latDeg: observer.latDeg, lonDeg: observer.lonDeg, heightKm: observer.heightM / 1000 });
      const sun = sunState(observer, atMs);
      const fixes = catalogue.satellites.map((s) => ({ s, fix: satelliteAt(s, frame, atMs, sun.inertialUnit) }));
      const brute = fixes.filter(({ fix }) => (fix?.el ?? -1) > 0).map(({ s }) => s.set.norad);
      const answer = satelliteProvider(catalogue).sky({ observer, frame, atMs, sun, visualOnly: false }) as Awaited<ReturnType<ReturnType<typeof satelliteProvider>['sky']>>;
      expect(answer.objects.map((o) => o.id).sort()).toEqual(brute.sort());
      expect(brute.length).toBeGreaterThan(1000);
      // Screening's visual-only pass: every satellite that could be seen (sunlit, within range) is still there.
      const darkSun = { ...sun, el: -20 };
      const near = fixes.filter(({ s, fix }) => fix !== null && fix.el > 0 && (s.standardMagnitude !== null || fix.rangeKm <= UNKNOWN_MAGNITUDE_MAX_RANGE_KM)).map(({ s }) => s);
      const visual = (satelliteProvider(catalogue).sky({ observer, frame, atMs, sun: darkSun, visualOnly: true }) as typeof answer).objects.map((o) => o.id);
      expect(visual).toEqual(expect.arrayContaining(near.map((s) => s.set.norad)));
      expect(near.length).toBeGreaterThan(20);
    }
  });
});

const STATES = 'opensky/states-all-2023-05-07T194544Z.json';

describeWithData('aircraft from stored OpenSky state vectors', [STATES, 'opensky/states-all-null-states.json'], () => {
  it('parses 18-field rows, nulls and padded callsigns; drops aircraft on the ground', () => {
    const response = statesResponseSchema.parse(readReferenceJson(STATES));
    const aircraft = aircraftFromStates(response);
    expect(aircraft.map((a) => a.callsign)).toEqual(['UAL421', 'LPE2392', 'N28CN']);
    expect(aircraftFromStates(statesResponseSchema.parse(readReferenceJson('opensky/states-all-null-states.json')))).toEqual([]);
  });

  it('UAL421 north of Boston seen from Boston: in the north, above the horizon, with the vectors kept as raw data', async () => {
    const body = readReferenceJson(STATES);
    const provider = aircraftProvider(storedStatesSource(body, { source: 'file', fetchedAt: '2023-05-07T19:45:44Z' }));
    const r = await screen({ observer: { latDeg: 42.36, lonDeg: -71.06, heightM: 10 }, atMs: 1683488744_000, direction: { azDeg: 0, elDeg: 6 } }, [provider]);
    const ual = r.candidates.find((c) => c.name === 'UAL421')!;
    expect(ual).toMatchObject({ kind: 'aircraft', id: 'ab1644', visible: true, sunlit: null });
    expect(ual.az > 315 || ual.az < 45).toBe(true);
    expect(ual.el).toBeGreaterThan(0);
    expect(ual.rangeKm).toBeLessThan(30);
    expect(r.providers[0].raw?.data).toEqual(body);
  });

  it('rejects a response that is not a states body', () => {
    expect(() => storedStatesSource({ time: 1, states: [['x']] }, { source: 'f', fetchedAt: null })).toThrow();
  });
});

describe('balloons and launches from a local file (nest-sky-objects/1)', () => {
  const file = skyObjectsFileSchema.parse({
    format: 'nest-sky-objects/1',
    source: 'test sonde feed',
    fetched_at: null,
    objects: [
      { kind: 'balloon', id: 'S1', name: 'Radiosonde S1', track: [{ t: '2024-01-01T16:20:00Z', lat: 48.9, lon: 2.35, alt_m: 20000 }, { t: '2024-01-01T16:40:00Z', lat: 49.1, lon: 2.35, alt_m: 25000 }] },
      { kind: 'launch', id: 'L1', name: 'Far away', track: [{ t: '2024-01-01T17:10:00Z', lat: 0, lon: 100, alt_m: 100000 }] },
    ],
  });

  it('interpolates along the track and finds the balloon due north, still sunlit at 22 km after sunset on the ground', async () => {
    const r = await screen({ observer: { latDeg: 48.85, lonDeg: 2.35, heightM: 50 }, atMs: Date.parse('2024-01-01T16:30:00Z'), direction: { azDeg: 0, elDeg: 40 } }, [localObjectsProvider(file)]);
    expect(r.objects.map((o) => o.id)).toEqual(['S1']);
    const s1 = r.objects[0];
    expect(s1.az < 1 || s1.az > 359).toBe(true);
    expect(s1.el).toBeGreaterThan(10);
    expect(r.sun.el).toBeLessThan(0);
    expect(s1.sunlit).toBe(true);
  });

  it('refuses a file in the wrong format or with a track out of order', () => {
    expect(skyObjectsFileSchema.safeParse({ ...file, format: 'v2' }).success).toBe(false);
    const bad = { ...file, objects: [{ ...file.objects[0], track: [...file.objects[0].track].reverse() }] };
    expect(skyObjectsFileSchema.safeParse(bad).error?.issues[0].message).toBe('track points must be in time order');
  });
});
