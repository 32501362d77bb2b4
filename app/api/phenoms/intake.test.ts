import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { describeWithData, referencePath } from '@/lib/screening/testing/reference-data';
import { POST as create } from './route';

// POST /api/phenoms captures the sky of the report at once (issue 13): a screening run stored with its inputs and
// the raw provider data, against the real engine and database. The phenom is never lost to a failed capture.
const stack = setUpApiStack('phenom_intake');
const ISS_TLE = 'tle/celestrak-iss-25544-2020-11-07.tle';

interface StoredRun {
  id: string;
  trigger: string;
  created_by: string;
  inputs: { observer: { latDeg: number; lonDeg: number; heightM: number }; at: string };
  failed_providers: number;
  providers: Array<{ provider: string; ok: boolean; error: string | null; raw: { source: string; data: { sets?: Array<{ norad: number; lines: string[] }> } } | null }>;
}

describeWithData('POST /api/phenoms: the sky at intake', [ISS_TLE], () => {
  let staff: StaffMember;
  let dir: string;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'intake-'));
    // Only the ISS set (read in place through a link): the full catalogue would make every test parse 26,000 sets.
    const elements = path.join(dir, 'elements');
    mkdirSync(elements);
    symlinkSync(referencePath(ISS_TLE), path.join(elements, 'iss.tle'));
    Object.assign(process.env, { SCREENING_ELEMENTS_DIR: elements, SCREENING_CACHE_DIR: path.join(dir, 'cache'), CELESTRAK_URL: 'http://127.0.0.1:9/' });
    staff = await stack.staff({ name: 'intake' });
  });
  afterEach(() => {
    delete process.env.SCREENING_OBJECTS_FILE;
  });

  // The Tulsa World ISS pass (06:06 CST), typed in by staff.
  const tulsa = { title: 'Bright light moving SW', occurred_at: '2020-11-11T12:06:00Z', latitude: 36.154, longitude: -95.993, altitude_m: 200 };
  const intake = (body: unknown) => stack.call(create, { method: 'POST', path: '/api/phenoms', as: staff, body });
  const runsOf = (phenomId: string) => stack.sql<StoredRun>('SELECT id, trigger, created_by, inputs, failed_providers, providers FROM public.screening_run WHERE phenom_id = $1', [phenomId]);

  it('stores a run at once with the report’s inputs, the raw element set, and the ISS among its candidates', async () => {
    const res = await intake(tulsa);
    expect(res.status).toBe(201);
    const { phenom, sky } = await res.json();
    expect(sky).toEqual({ captured: true, run_id: expect.any(String), failed_providers: [] });
    const [run, ...more] = await runsOf(phenom.id);
    expect(more).toEqual([]);
    expect(run).toMatchObject({ id: sky.run_id, trigger: 'intake', created_by: staff.id, failed_providers: 0 });
    expect(run.inputs).toMatchObject({ observer: { latDeg: 36.154, lonDeg: -95.993, heightM: 200 }, at: '2020-11-11T12:06:00.000Z' });
    const satellites = run.providers.find((p) => p.provider === 'satellites');
    expect(satellites?.raw?.data.sets?.map((s) => [s.norad, s.lines.length])).toEqual([[25544, 2]]);
    expect(run.providers.find((p) => p.provider === 'bodies')?.ok).toBe(true);
    const candidates = await stack.sql('SELECT kind, object_id FROM public.screening_candidate WHERE run_id = $1', [run.id]);
    expect(candidates).toContainEqual({ kind: 'satellite', object_id: '25544' });
  }, 60_000);

  it('a provider that fails is recorded in the run; the others’ data is kept', async () => {
    const broken = path.join(dir, 'objects.json');
    writeFileSync(broken, '{ not json');
    process.env.SCREENING_OBJECTS_FILE = broken;
    const { phenom, sky } = await (await intake(tulsa)).json();
    expect(sky).toEqual({ captured: true, run_id: expect.any(String), failed_providers: ['local-objects'] });
    const [run] = await runsOf(phenom.id);
    expect(run.failed_providers).toBe(1);
    expect(run.providers.find((p) => p.provider === 'local-objects')).toMatchObject({ ok: false, error: expect.any(String), raw: null });
    expect(run.providers.find((p) => p.provider === 'satellites')?.raw?.data.sets?.map((s) => s.norad)).toEqual([25544]);
  });

  it('a run the database refuses leaves the phenom whole and no part of the run; the answer says so without internals', async () => {
    // The candidates are refused after the run row went in: the nested insert is one transaction, so neither stays.
    await stack.sql(`CREATE FUNCTION public.refuse_for_test() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by the test'; END $$`);
    await stack.sql(`CREATE TRIGGER refuse_candidates BEFORE INSERT ON public.screening_candidate FOR EACH ROW EXECUTE FUNCTION public.refuse_for_test()`);
    const runAudits = () => stack.sql(`SELECT id FROM public.audit_log WHERE entity IN ('screening_run', 'screening_candidate')`);
    const auditsBefore = await runAudits();
    try {
      const res = await intake({ ...tulsa, title: 'Kept whatever the sky capture does' });
      expect(res.status).toBe(201);
      const { phenom, sky } = await res.json();
      expect(sky).toEqual({ captured: false, reason: expect.stringMatching(/could not be captured/) });
      expect(JSON.stringify(sky)).not.toMatch(/refused by the test|screening_candidate|trigger/i);
      const [row] = await stack.sql('SELECT title, latitude, longitude, created_by FROM public.phenom WHERE id = $1', [phenom.id]);
      expect(row).toEqual({ title: 'Kept whatever the sky capture does', latitude: 36.154, longitude: -95.993, created_by: staff.id });
      expect(await runsOf(phenom.id)).toEqual([]);
      expect(await runAudits()).toEqual(auditsBefore);
    } finally {
      await stack.sql('DROP TRIGGER refuse_candidates ON public.screening_candidate');
      await stack.sql('DROP FUNCTION public.refuse_for_test()');
    }
  });

  it('a report without a position is stored, and the answer says why there is no run', async () => {
    const res = await intake({ title: 'Heard a hum', occurred_at: '2020-11-11T12:06:00Z' });
    expect(res.status).toBe(201);
    const { phenom, sky } = await res.json();
    expect(sky).toEqual({ captured: false, reason: 'The phenom has no position to screen the sky from.' });
    expect(await runsOf(phenom.id)).toEqual([]);
  });
});
