import { bodiesProvider } from './bodies';
import { parseElements, parseTle } from './elements';
import { screen, type ScreeningResult } from './engine';
import { observerFrame } from './geodesy';
import { ProviderError } from './provider-error';
import { prepareCatalogue, satelliteProvider } from './satellite-provider';
import { isSunlit, prepareSatellite, satelliteAt, satelliteMagnitude, type PreparedSatellite } from './satellites';
import { sunState } from './sun';
import { describeWithData, readReference, readReferenceJson } from './testing/reference-data';
import type { Observer, SkyProvider } from './types';
import { isVisible, verdictFor, VERDICT_THRESHOLDS } from './verdict';

const TULSA_TLE = 'tle/celestrak-iss-25544-2020-11-07.tle';
const TULSA_PASS = 'satellite-passes/tulsa-world-iss-2020-11-11.json';
const TULSA: Observer = { latDeg: 36.154, lonDeg: -95.993, heightM: 200 };
const SW_25 = { azDeg: 225, elDeg: 25 };

function catalogueOf(file: string) {
  return prepareCatalogue({ source: file, fetchedAt: null, sets: parseElements(readReference(file)).sets });
}

async function screenAt(iso: string, providers: SkyProvider[], direction?: { azDeg?: number; elDeg?: number }, observer = TULSA): Promise<ScreeningResult> {
  return screen({ observer, atMs: Date.parse(iso), direction }, providers);
}

describeWithData('the published Tulsa ISS pass (Tulsa World, 2020-11-11)', [TULSA_TLE, TULSA_PASS], () => {
  const providers = () => [satelliteProvider(catalogueOf(TULSA_TLE)), bodiesProvider()];
  const pass = readReferenceJson<{ expected_from_the_column: Array<{ utc: string; el_deg: number; direction: string }> }>(TULSA_PASS);

  it('at 12:06Z, looking SW about 25° up, the ISS is the top candidate: in the SW, sunlit, bright, certain', async () => {
    const r = await screenAt('2020-11-11T12:06:00Z', providers(), SW_25);
    const top = r.candidates[0];
    expect(top).toMatchObject({ kind: 'satellite', id: 25544, name: 'ISS (ZARYA)', sunlit: true, visible: true, verdict: 'certain', flags: ['iss'] });
    expect(top.az).toBeGreaterThan(225 - 22.5);
    expect(top.az).toBeLessThan(225 + 22.5);
    expect(Math.abs(top.el - 25)).toBeLessThan(2);
    expect(top.magnitude!).toBeLessThan(-2);
    expect(top.separationDeg!).toBeLessThan(VERDICT_THRESHOLDS.certainSeparationDeg);
    expect(top.reasons).toMatch(/^ISS \(ZARYA\), el 2\d° (SW|WSW), .*° from the reported direction, .*sunlit, mag −\d\.\d; certain/);
    expect(r.sun.darkness).toBe('nautical');
  });

  it('matches the column: 17° W at 12:05, 25° SW at 12:07, 10° S at 12:09 (2° and one compass point)', async () => {
    const compass: Record<string, number> = { W: 270, SW: 225, S: 180 };
    for (const e of pass.expected_from_the_column) {
      const r = await screenAt(e.utc, providers());
      const iss = r.objects.find((o) => o.id === 25544)!;
      expect(Math.abs(iss.el - e.el_deg)).toBeLessThan(2);
      expect(Math.abs(iss.az - compass[e.direction])).toBeLessThan(22.5);
      expect(iss.visible).toBe(true);
    }
  });

  it('at 12:03Z the ISS is above the horizon but in Earth’s shadow: not a visual candidate', async () => {
    const r = await screenAt('2020-11-11T12:03:00Z', providers(), SW_25);
    const iss = r.objects.find((o) => o.id === 25544)!;
    expect(iss.el).toBeGreaterThan(0);
    expect(iss).toMatchObject({ sunlit: false, visible: false });
    expect(r.candidates.some((c) => c.id === 25544)).toBe(false);
  });

  it('leaves the shadow at 12:04:40Z (±60 s), 17° up in the west', async () => {
    const sat = catalogueOf(TULSA_TLE).satellites[0];
    const frame = observerFrame({ latDeg: TULSA.latDeg, lonDeg: TULSA.lonDeg, heightKm: 0.2 });
    const start = Date.parse('2020-11-11T12:02:00Z');
    let switchMs: number | null = null;
    for (let t = start; t < start + 6 * 60_000; t += 1000) {
      const fix = satelliteAt(sat, frame, t, sunState(TULSA, t).inertialUnit)!;
      if (fix.sunlit) {
        switchMs = t;
        expect(Math.abs(fix.el - 17)).toBeLessThan(2);
        break;
      }
    }
    expect(switchMs).not.toBeNull();
    expect(Math.abs(switchMs! - Date.parse('2020-11-11T12:04:40Z'))).toBeLessThanOrEqual(60_000);
  });
});

const BLUFFTON = 'satellite-passes/skyfield-docs-iss-2014-01-bluffton.json';
interface BlufftonFile {
  satellite: { tle: [string, string] };
  observer: { lat_deg: number; lon_deg: number; height_m: number };
  cases: Array<{ id: string; utc?: string | string[]; expected: Record<string, unknown>; utc_minutes?: string[]; expected_sunlit?: boolean[] }>;
}

describeWithData('Skyfield’s Bluffton ISS example', [BLUFFTON], () => {
  const f = readReferenceJson<BlufftonFile>(BLUFFTON);
  const sat = prepareSatellite(parseTle(f.satellite.tle.join('\n')).sets[0]) as PreparedSatellite;
  const frame = observerFrame({ latDeg: f.observer.lat_deg, lonDeg: f.observer.lon_deg, heightKm: f.observer.height_m / 1000 });
  const obs: Observer = { latDeg: f.observer.lat_deg, lonDeg: f.observer.lon_deg, heightM: f.observer.height_m };

  it('look angles at 2014-01-23T11:18:07Z within 0.01° and 0.2 km', () => {
    const c = f.cases.find((x) => x.id.startsWith('look-angles'))!;
    const t = Date.parse(c.utc as string);
    const fix = satelliteAt(sat, frame, t, sunState(obs, t).inertialUnit)!;
    expect(Math.abs(fix.el - (c.expected.altitude_deg as number))).toBeLessThan(0.01);
    expect(Math.abs(fix.az - (c.expected.azimuth_deg as number))).toBeLessThan(0.01);
    expect(Math.abs(fix.rangeKm - (c.expected.distance_km as number))).toBeLessThan(0.2);
  });

  it('the six ranges within 0.2 km', () => {
    const c = f.cases.find((x) => x.id.startsWith('range-and-rate'))!;
    c.utc_minutes!.forEach((iso, i) => {
      const t = Date.parse(iso);
      expect(Math.abs(satelliteAt(sat, frame, t, sunState(obs, t).inertialUnit)!.rangeKm - (c.expected.range_km as number[])[i])).toBeLessThan(0.2);
    });
  });

  it('the sunlit / shadow list of 2014-01-20', () => {
    const c = f.cases.find((x) => x.id.startsWith('geocentric-sunlit'))!;
    const got = (c.utc as string[]).map((iso) => {
      const t = Date.parse(iso);
      return satelliteAt(sat, frame, t, sunState(obs, t).inertialUnit)!.sunlit;
    });
    expect(got).toEqual(c.expected_sunlit);
  });
});

describeWithData('a report in full daylight', ['tle/celestrak-stations-2024-05-09.tle'], () => {
  it('gets no satellite candidates, though a sunlit station is above the horizon', async () => {
    const paris: Observer = { latDeg: 48.85, lonDeg: 2.35, heightM: 50 };
    const providers = [satelliteProvider(catalogueOf('tle/celestrak-stations-2024-05-09.tle')), bodiesProvider()];
    const atMs = Date.parse('2024-05-09T13:00:00Z');
    // The full sky listing has it (sunlit, not visible); screening does not even propagate satellites by day.
    const listing = await screen({ observer: paris, atMs, visualOnly: false }, providers);
    expect(listing.objects.filter((o) => o.kind === 'satellite' && o.sunlit).map((o) => o.visible)).toContain(false);
    const r = await screen({ observer: paris, atMs }, providers);
    expect(r.sun.darkness).toBe('day');
    expect(r.candidates.filter((c) => c.kind === 'satellite')).toEqual([]);
    expect(r.providers.find((p) => p.provider === 'satellites')?.raw?.data).toMatchObject({ skipped: expect.stringMatching(/no satellite can be seen/) });
    expect(r.candidates.map((c) => c.kind)).toContain('sun');
  });
});

describe('a report pointing at Venus on a clear evening', () => {
  it('gets Venus, probable or better, above everything else', async () => {
    // Tulsa, 2020-03-24 at 20:30 CDT, near Venus's greatest eastern elongation: "a bright light in the west, 35° up".
    const r = await screenAt('2020-03-25T01:30:00Z', [bodiesProvider()], { azDeg: 270, elDeg: 35 });
    expect(r.sun.el).toBeLessThan(-6);
    expect(r.candidates[0]).toMatchObject({ kind: 'planet', name: 'Venus', visible: true });
    expect(['probable', 'certain']).toContain(r.candidates[0].verdict);
    expect(r.candidates[0].magnitude!).toBeLessThan(-4);
    expect(r.candidates.slice(1).every((c) => c.verdict === null || c.verdict === 'possible')).toBe(true);
  });
});

describe('verdict thresholds', () => {
  const base = { timeOffsetS: 0, othersSeparationDeg: [], fullDirection: true };
  it('certain ≤ 3° and ≤ 60 s with nothing else within 10°; probable ≤ 10°; possible ≤ 25°; beyond, none', () => {
    expect(verdictFor({ ...base, separationDeg: 2.9 }).verdict).toBe('certain');
    expect(verdictFor({ ...base, separationDeg: 3.1 }).verdict).toBe('probable');
    expect(verdictFor({ ...base, separationDeg: 2, timeOffsetS: 61 }).verdict).toBe('probable');
    expect(verdictFor({ ...base, separationDeg: 2, othersSeparationDeg: [9] }).verdict).toBe('probable');
    expect(verdictFor({ ...base, separationDeg: 2, othersSeparationDeg: [11, null] }).verdict).toBe('certain');
    expect(verdictFor({ ...base, separationDeg: 2, fullDirection: false }).verdict).toBe('probable');
    expect(verdictFor({ ...base, separationDeg: 10 }).verdict).toBe('probable');
    expect(verdictFor({ ...base, separationDeg: 10.5 }).verdict).toBe('possible');
    expect(verdictFor({ ...base, separationDeg: 25 }).verdict).toBe('possible');
    expect(verdictFor({ ...base, separationDeg: 25.5 })).toEqual({ verdict: null, why: 'more than 25° from the reported direction' });
    expect(verdictFor({ ...base, separationDeg: null }).verdict).toBe('possible');
  });

  it('visibility: a satellite needs sunlight and a sky darker than civil twilight; planets their magnitude', () => {
    const sat = { kind: 'satellite' as const, el: 30, rangeKm: 800, magnitude: null, sunlit: true };
    expect(isVisible(sat, { el: -7, darkness: 'nautical' })).toBe(true);
    expect(isVisible(sat, { el: -5, darkness: 'civil' })).toBe(false);
    expect(isVisible({ ...sat, sunlit: false }, { el: -20, darkness: 'night' })).toBe(false);
    expect(isVisible({ ...sat, rangeKm: 36_000 }, { el: -20, darkness: 'night' })).toBe(false);
    expect(isVisible({ ...sat, magnitude: 4 }, { el: -8, darkness: 'nautical' })).toBe(false);
    const venus = { kind: 'planet' as const, el: 20, rangeKm: 1e8, magnitude: -4.2, sunlit: true };
    expect(isVisible(venus, { el: 30, darkness: 'day' })).toBe(true);
    expect(isVisible({ ...venus, magnitude: -2.5 }, { el: 30, darkness: 'day' })).toBe(false);
    expect(isVisible({ ...venus, el: -1 }, { el: -30, darkness: 'night' })).toBe(false);
  });
});

describe('shadow and magnitude models', () => {
  it('cylindrical shadow: behind the Earth within one radius is dark, beside it lit', () => {
    const sun = [1, 0, 0] as const;
    expect(isSunlit([-7000, 0, 0], sun)).toBe(false);
    expect(isSunlit([-7000, 6500, 0], sun)).toBe(true);
    expect(isSunlit([7000, 0, 0], sun)).toBe(true);
  });

  it('standard magnitude: −1.8 at 1000 km and 90° phase; 5 log of range; brighter at small phase angles', () => {
    expect(satelliteMagnitude(-1.8, 1000, Math.PI / 2)).toBeCloseTo(-1.8, 10);
    expect(satelliteMagnitude(-1.8, 100_000 / 10, Math.PI / 2)).toBeCloseTo(3.2, 10);
    expect(satelliteMagnitude(-1.8, 1000, 0.3)).toBeLessThan(-2.8);
    expect(satelliteMagnitude(-1.8, 1000, 2.8)).toBeGreaterThan(0);
  });
});

describe('providers', () => {
  it('a failing provider is reported and the others still answer', async () => {
    const broken: SkyProvider = { name: 'aircraft', sky: () => Promise.reject(new ProviderError('OpenSky answered 429', 'upstream')) };
    const r = await screenAt('2020-03-25T01:30:00Z', [broken, bodiesProvider()], { azDeg: 270, elDeg: 35 });
    expect(r.providers).toEqual([
      { provider: 'aircraft', ok: false, error: 'OpenSky answered 429', objectCount: 0, raw: null },
      expect.objectContaining({ provider: 'bodies', ok: true }),
    ]);
    expect(r.candidates[0].name).toBe('Venus');
  });

  it('an unexpected failure (a server path in its text) reaches the run as a plain sentence; the detail goes to the server log', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const broken: SkyProvider = { name: 'local-objects', sky: () => Promise.reject(new Error("ENOENT: no such file or directory, open '/srv/nest/secret/objects.json'")) };
    const r = await screenAt('2020-03-25T01:30:00Z', [broken, bodiesProvider()], { azDeg: 270, elDeg: 35 });
    expect(r.providers[0]).toEqual({ provider: 'local-objects', ok: false, error: 'Balloons and launches could not be checked: the local objects file could not be read (the details are in the server log).', objectCount: 0, raw: null });
    expect(logged).toHaveBeenCalledWith(expect.stringContaining('/srv/nest/secret/objects.json'));
    logged.mockRestore();
  });
});
