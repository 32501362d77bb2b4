import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startCelestrakStandIn, type CelestrakStandIn } from '@/local/celestrak/server';
import { celestrakGroup, elementsFor, elementSourceEnv, gpUrl } from './element-source';
import { parseElements } from './elements';
import { prepareSatellite, propagateTeme, type PreparedSatellite } from './satellites';
import { describeWithData, readReference, REFERENCE_DATA_DIR } from './testing/reference-data';

describeWithData('CelesTrak GP client against the local stand-in', ['tle/celestrak-stations-2024-05-09.tle', 'tle/celestrak-visual-2021-07-24.tle', 'tle/celestrak-starlink-2021-07-24.tle'], () => {
  let standIn: CelestrakStandIn;
  let cacheDir: string;
  let clock = Date.parse('2024-05-09T12:00:00Z');
  beforeAll(async () => {
    standIn = await startCelestrakStandIn({ dataDir: path.join(REFERENCE_DATA_DIR, 'tle'), now: () => clock });
  });
  afterAll(() => standIn.close());
  beforeEach(() => {
    cacheDir = mkdtempSync(path.join(os.tmpdir(), 'celestrak-cache-'));
  });
  afterEach(() => rmSync(cacheDir, { recursive: true, force: true }));
  const env = () => elementSourceEnv({ CELESTRAK_URL: standIn.url, SCREENING_CACHE_DIR: cacheDir, CELESTRAK_GROUPS: 'stations' });

  it('speaks CelesTrak: OMM JSON that SGP4 places where the TLE file does; 404 "No GP data found"; 403 on a repeat within 2 h', async () => {
    const res = await fetch(gpUrl(standIn.url, 'stations'));
    expect(res.status).toBe(200);
    const json = parseElements(await res.text());
    const tle = parseElements(readReference('tle/celestrak-stations-2024-05-09.tle'));
    expect(json.sets.map((s) => s.norad)).toEqual(tle.sets.map((s) => s.norad));
    const at = Date.parse('2024-05-10T00:00:00Z');
    const a = propagateTeme(prepareSatellite(json.sets[0]) as PreparedSatellite, at)!;
    const b = propagateTeme(prepareSatellite(tle.sets[0]) as PreparedSatellite, at)!;
    expect(Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2])).toBeLessThan(0.01);

    const again = await fetch(gpUrl(standIn.url, 'stations'));
    expect(again.status).toBe(403);
    expect(await again.text()).toMatch(/has not updated since your last successful\ndownload of GROUP=stations/);
    const missing = await fetch(gpUrl(standIn.url, 'no-such-group'));
    expect([missing.status, await missing.text()]).toEqual([404, 'No GP data found']);
    expect((await fetch(`${standIn.url}/NORAD/elements/gp.php?FORMAT=json`)).status).toBe(400);
    expect((await fetch(`${standIn.url}/NORAD/elements/gp.php?GROUP=visual&FORMAT=yaml`)).status).toBe(400);
  });

  it('downloads a group once, then answers from the cache for 2 hours (the stand-in would refuse a repeat)', async () => {
    clock += 3 * 3_600_000;
    const first = await celestrakGroup(env(), 'stations', clock);
    expect(first.sets).toHaveLength(27);
    expect(first.fetchedAt).toBe(new Date(clock).toISOString());
    const second = await celestrakGroup(env(), 'stations', clock + 60 * 60_000);
    expect(second.fetchedAt).toBe(first.fetchedAt);
    expect(second.sets).toHaveLength(27);
  });

  it('falls back to an older cached copy when CelesTrak refuses, and fails plainly without one', async () => {
    clock += 3 * 3_600_000;
    const first = await celestrakGroup(env(), 'stations', clock);
    // Cache now older than 2 h, but the stand-in still remembers this client within its own window: it refuses.
    const refusingFetch: typeof fetch = async () => new Response('GP data has not updated', { status: 403 });
    const stale = await celestrakGroup(env(), 'stations', clock + 3 * 3_600_000, refusingFetch);
    expect(stale.fetchedAt).toBe(first.fetchedAt);
    await expect(celestrakGroup(env(), 'visual', clock, refusingFetch)).rejects.toThrow(/CelesTrak answered 403/);
  });

  it('an old report uses the local element folder only; a recent one CelesTrak too, nearest set per object', async () => {
    const e = elementSourceEnv({ CELESTRAK_URL: standIn.url, SCREENING_CACHE_DIR: cacheDir, CELESTRAK_GROUPS: 'stations', SCREENING_ELEMENTS_DIR: path.join(REFERENCE_DATA_DIR, 'tle') });
    clock += 3 * 3_600_000;
    const old = await elementsFor(Date.parse('2020-11-11T12:06:00Z'), e, clock);
    expect(old.catalogue.source).not.toMatch(/gp\.php/);
    expect(old.catalogue.sets.find((s) => s.norad === 25544)?.epoch).toBe('2020-11-07T22:23:09.000Z');
    const recent = await elementsFor(Date.parse('2024-05-09T10:00:00Z'), e, clock);
    expect(recent.failures).toEqual([]);
    expect(recent.catalogue.sets.find((s) => s.norad === 25544)?.epoch).toBe('2024-05-09T08:48:19.938Z');
  });

  it('rejects a bad configuration by name', () => {
    expect(() => elementSourceEnv({ CELESTRAK_URL: 'not a url' })).toThrow(/CELESTRAK_URL/);
    expect(() => elementSourceEnv({ CELESTRAK_GROUPS: 'stations,../etc' })).toThrow(/CELESTRAK_GROUPS/);
  });
});
