import path from 'node:path';
import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { startRadarBoxStandIn, type RadarBoxStandIn } from '@/local/radarbox/server';
import { geodeticToEcef, lookAngles, observerFrame } from '@/lib/screening/geodesy';
import { describeWithData, readReferenceJson, REFERENCE_DATA_DIR } from '@/lib/screening/testing/reference-data';
import { correlate } from '@/lib/correlation/correlate';
import { tracksFromRaw } from '@/lib/correlation/providers';
import { POST } from './route';

// Against the real engine and database and the RadarBox stand-in (the real N104AA track near Kansas City, 2023):
// the correlation is stored whole as the caller, with the provider, the query and the raw response; a provider
// that fails or cannot be asked is stored as what it is, and the phenom is never touched.
const stack = setUpApiStack('correlation_routes');
const KEY = 'route-test-radarbox-key';
const SAMPLE = 'opensky/flights-tracks-samples.json';

describeWithData('POST /api/phenoms/:id/correlations', [SAMPLE], () => {
  let staff: StaffMember;
  let rb: RadarBoxStandIn;
  let kc: string;
  let fix: [number, number, number, number];
  const observer = { latDeg: 39.05, lonDeg: -94.59 };

  beforeAll(async () => {
    rb = await startRadarBoxStandIn({ dataDir: path.join(REFERENCE_DATA_DIR, 'opensky'), apiKeys: [KEY] });
    Object.assign(process.env, { RADARBOX_API_URL: rb.apiUrl, RADARBOX_API_KEY: KEY });
    staff = await stack.staff({ name: 'correlator' });
    const p = readReferenceJson<{ track_response: { path: Array<[number, number, number, number]> } }>(SAMPLE).track_response.path[4];
    fix = [p[0], p[1], p[2], p[3]];
    const look = lookAngles(observerFrame({ ...observer, heightKm: 0 }), geodeticToEcef({ latDeg: fix[1], lonDeg: fix[2], heightKm: fix[3] / 1000 }));
    [{ id: kc }] = await stack.sql<{ id: string }>(`INSERT INTO public.phenom (title, occurred_at, latitude, longitude) VALUES ('Low light over Kansas City', $1, $2, $3) RETURNING id`, [new Date(fix[0] * 1000).toISOString(), observer.latDeg, observer.lonDeg]);
    await stack.sql(`INSERT INTO public.phenom_coords (phenom_id, t, bearing_deg, elevation_deg) VALUES ($1, $2, $3, $4)`, [kc, new Date(fix[0] * 1000).toISOString(), look.azDeg + 4, look.elDeg]);
  });
  afterAll(async () => {
    delete process.env.RADARBOX_API_URL;
    delete process.env.RADARBOX_API_KEY;
    await rb.close();
  });

  const correlateIt = (id: string, as: StaffMember | null = staff) => stack.call(POST, { method: 'POST', path: `/api/phenoms/${id}/correlations`, params: { id }, as: as ?? undefined });

  it('an old report goes to RadarBox: N104AA stored as a possible aircraft with the query, the raw response and its geometry', async () => {
    const res = await correlateIt(kc);
    expect(res.status).toBe(201);
    const { correlation } = await res.json();
    expect(correlation).toMatchObject({ provider: 'radarbox', status: 'ok', possible_aircraft: true, aircraft_count: 1, trigger: 'manual', summary: expect.stringMatching(/^Possible aircraft: N104AA/) });
    expect(correlation.matches[0]).toMatchObject({ rank: 1, icao24: 'a01391', callsign: 'N104AA', within_tolerance: true });
    expect(correlation.matches[0].separation_deg).toBeLessThan(4.01);
    const [row] = await stack.sql<{ created_by: string; query: { url: string; body: { includeFlightPaths: boolean } }; raw: { flights: unknown[] }; tolerances: unknown; phenom_id: string }>(
      'SELECT created_by, query, raw, tolerances, phenom_id FROM public.aircraft_correlation WHERE id = $1',
      [correlation.id],
    );
    expect(row).toMatchObject({ created_by: staff.id, phenom_id: kc, query: { url: `${rb.apiUrl}/flights/geosearch`, body: { includeFlightPaths: true } }, tolerances: { maxSeparationDeg: 10, maxTimeOffsetS: 120, radiusKm: 100 } });
    expect(row.raw.flights).toHaveLength(1);
    expect(JSON.stringify(row.query)).not.toContain(KEY);
    // The stored raw response is enough: recomputed from it alone (RadarBox not asked), the same aircraft and verdict.
    const asked = rb.counts.searches;
    const [stored] = await stack.sql<{ inputs: { observer: { latDeg: number; lonDeg: number; heightM: number }; at: string; direction: { azDeg: number; elDeg: number } } }>('SELECT inputs FROM public.aircraft_correlation WHERE id = $1', [correlation.id]);
    const again = correlate({ observer: stored.inputs.observer, atMs: Date.parse(stored.inputs.at), direction: stored.inputs.direction }, tracksFromRaw('radarbox', row.raw), { maxSeparationDeg: 10, maxTimeOffsetS: 120 }, 100);
    expect(again.possibleAircraft).toBe(true);
    expect(again.matches.map((m) => [m.icao24, m.azDeg, m.elDeg, m.groundDistanceKm, m.timeOffsetS])).toEqual(correlation.matches.map((m: { icao24: string; az: number; el: number; ground_distance_km: number; time_offset_s: number }) => [m.icao24, m.az, m.el, m.ground_distance_km, m.time_offset_s]));
    expect(rb.counts.searches).toBe(asked);
    const [audit] = await stack.sql<{ n: number }>(`SELECT count(*)::int AS n FROM public.audit_log WHERE entity = 'aircraft_correlation' AND entity_id = $1 AND actor_id = $2`, [correlation.id, staff.id]);
    expect(audit.n).toBe(1);
  });

  it('RadarBox refusing our key is stored and answered as a failure in plain words; the phenom is untouched', async () => {
    process.env.RADARBOX_API_KEY = 'not-the-right-key';
    const res = await correlateIt(kc);
    process.env.RADARBOX_API_KEY = KEY;
    expect(res.status).toBe(201);
    const { correlation } = await res.json();
    expect(correlation).toMatchObject({ provider: 'radarbox', status: 'failed', possible_aircraft: false, error: 'RadarBox refused our API key (401): check RADARBOX_API_KEY', matches: [] });
    const [phenom] = await stack.sql('SELECT title, outcome, deleted_at FROM public.phenom WHERE id = $1', [kc]);
    expect(phenom).toEqual({ title: 'Low light over Kansas City', outcome: 'unknown', deleted_at: null });
  });

  it('without RadarBox configured an old report is stored as not checked, saying why', async () => {
    delete process.env.RADARBOX_API_KEY;
    const res = await correlateIt(kc);
    process.env.RADARBOX_API_KEY = KEY;
    const { correlation } = await res.json();
    expect(correlation).toMatchObject({ provider: null, status: 'not_checked', note: expect.stringContaining('RadarBox (for older reports) is not configured'), summary: expect.stringContaining('Aircraft not checked') });
  });

  it('401 signed out, 404 for no such phenom, 422 naming latitude without a position; nothing stored', async () => {
    const before = await stack.sql<{ n: number }>('SELECT count(*)::int AS n FROM public.aircraft_correlation');
    expect((await correlateIt(kc, null)).status).toBe(401);
    expect((await correlateIt('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const [{ id }] = await stack.sql<{ id: string }>(`INSERT INTO public.phenom (title, occurred_at) VALUES ('Nowhere', now()) RETURNING id`);
    const refused = await correlateIt(id);
    expect(refused.status).toBe(422);
    expect((await refused.json()).error).toMatchObject({ field: 'latitude', message: 'latitude: The phenom has no position to correlate aircraft from.' });
    expect(await stack.sql('SELECT count(*)::int AS n FROM public.aircraft_correlation')).toEqual(before);
  });
});
