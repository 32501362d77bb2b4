import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { describeWithData, REFERENCE_DATA_DIR } from '@/lib/screening/testing/reference-data';
import { POST as accept } from '../../../screening-candidates/[id]/accept/route';
import { POST as replay } from '../../../screening-runs/[id]/replay/route';
import { captureSkyAtIntake } from '@/lib/screening/intake';
import { ScreeningRunProviderNotesDocument } from '@/graphql/generated/graphql';
import { hasuraFetch } from '@/lib/hasura';
import { providerNotesOf } from '@/lib/screening/provider-notes';
import { POST } from './route';

// Against the real engine and database: the run is stored whole, as the caller, and changes nothing by itself;
// accepting sets the outcome (audited) and marks the candidate.
const stack = setUpApiStack('screening_routes');

describeWithData('POST /api/phenoms/:id/screenings and POST /api/screening-candidates/:id/accept', ['tle/celestrak-iss-25544-2020-11-07.tle'], () => {
  let staff: StaffMember;
  let tulsa: string;
  beforeAll(async () => {
    process.env.SCREENING_ELEMENTS_DIR = path.join(REFERENCE_DATA_DIR, 'tle');
    process.env.SCREENING_CACHE_DIR = mkdtempSync(path.join(os.tmpdir(), 'screening-cache-'));
    process.env.CELESTRAK_URL = 'http://127.0.0.1:9/';
    staff = await stack.staff({ name: 'screener' });
    // The Tulsa World ISS pass: a report at 06:06 CST looking south-west, 25° up.
    [{ id: tulsa }] = await stack.sql<{ id: string }>(
      `INSERT INTO public.phenom (title, occurred_at, latitude, longitude, altitude_m) VALUES ('Bright light SW', '2020-11-11T12:06:00Z', 36.154, -95.993, 200) RETURNING id`,
    );
    await stack.sql(`INSERT INTO public.phenom_coords (phenom_id, t, bearing_deg, elevation_deg) VALUES ($1, '2020-11-11T12:06:00Z', 225, 25)`, [tulsa]);
  });

  const screenIt = (id: string, as: StaffMember | null = staff) => stack.call(POST, { method: 'POST', path: `/api/phenoms/${id}/screenings`, params: { id }, as: as ?? undefined });

  it('stores a run with the ISS first, certain, and the raw element set; the phenom is untouched', async () => {
    const res = await screenIt(tulsa);
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body.run.candidates[0]).toMatchObject({ rank: 1, kind: 'satellite', object_id: '25544', verdict: 'certain' });
    expect(body.changes).toBeNull();
    const [run] = await stack.sql<{ created_by: string; trigger: string; providers: Array<{ provider: string; raw: { data: { sets: Array<{ norad: number; lines: string[] }> } } }> }>(
      'SELECT created_by, trigger, providers FROM public.screening_run WHERE id = $1',
      [body.run.id],
    );
    expect(run).toMatchObject({ created_by: staff.id, trigger: 'manual' });
    expect(run.providers.find((p) => p.provider === 'satellites')?.raw.data.sets.map((s) => s.norad)).toEqual([25544]);
    const [phenom] = await stack.sql('SELECT outcome, outcome_confidence FROM public.phenom WHERE id = $1', [tulsa]);
    expect(phenom).toEqual({ outcome: 'unknown', outcome_confidence: null });
    // The first screening parses the element folder (the 26,000-set catalogue among it): slow on a loaded machine.
  }, 120_000);

  it('a second run says what changed since the first (nothing, with the same data)', async () => {
    const body = await (await screenIt(tulsa)).json();
    expect(body.changes).toMatchObject({ added: [], removed: [], verdictChanged: [] });
  });

  it('the sky view reads each provider\'s note by JSON path (the aircraft note of a 2020 report), not the raw data', async () => {
    const body = await (await screenIt(tulsa)).json();
    const answered = body.providers.find((p: { provider: string }) => p.provider === 'aircraft').note;
    expect(answered).toMatch(/OpenSky keeps state vectors for one hour only/);
    const read = await hasuraFetch(ScreeningRunProviderNotesDocument, { phenomId: tulsa, id: body.run.id }, { token: staff.token, url: stack.graphqlUrl });
    if (!read.ok) throw new Error(read.error.message);
    expect(providerNotesOf(read.data.screening_run[0])).toEqual([{ provider: 'aircraft', note: answered, error: null }]);
  });

  it('a replay of a stored run, from its stored data alone, is stored as a new run and is identical', async () => {
    const [original] = await stack.sql<{ id: string }>(`SELECT id FROM public.screening_run WHERE phenom_id = $1 ORDER BY created_at LIMIT 1`, [tulsa]);
    // No element file and no CelesTrak: only the run's own stored element set can put the ISS in that sky.
    process.env.SCREENING_ELEMENTS_DIR = mkdtempSync(path.join(os.tmpdir(), 'no-elements-'));
    const res = await stack.call(replay, { method: 'POST', path: `/api/screening-runs/${original.id}/replay`, params: { id: original.id }, as: staff });
    process.env.SCREENING_ELEMENTS_DIR = path.join(REFERENCE_DATA_DIR, 'tle');
    expect(res.status).toBe(201);
    const body = await res.json();
    expect(body).toMatchObject({ replayOf: original.id, engineChanged: false, comparison: { identical: true, added: [], removed: [], verdictChanged: [] } });
    expect(body.run.candidates[0]).toMatchObject({ kind: 'satellite', object_id: '25544', verdict: 'certain' });
    const [stored] = await stack.sql('SELECT trigger, replay_of, created_by FROM public.screening_run WHERE id = $1', [body.run.id]);
    expect(stored).toEqual({ trigger: 'replay', replay_of: original.id, created_by: staff.id });
  });

  it('replay: 404 for no such run, 409 for a run whose stored data cannot be replayed, 401 signed out', async () => {
    const call = (id: string, as: StaffMember | null = staff) => stack.call(replay, { method: 'POST', path: `/api/screening-runs/${id}/replay`, params: { id }, as: as ?? undefined });
    expect((await call('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    expect((await call('run-1')).status).toBe(404);
    const [{ id }] = await stack.sql<{ id: string }>(`INSERT INTO public.screening_run (phenom_id, trigger, engine_version, inputs, sun, providers) VALUES ($1, 'manual', 'older', '{"at": "yesterday"}', '{}', '[]') RETURNING id`, [tulsa]);
    const refused = await call(id);
    expect(refused.status).toBe(409);
    expect((await refused.json()).error.message).toMatch(/inputs/);
    expect((await call(id, null)).status).toBe(401);
    await stack.sql('DELETE FROM public.screening_run WHERE id = $1', [id]);
  });

  it('accepting the ISS sets outcome satellite, confidence certain, in the audit log under the staff member', async () => {
    const [candidate] = await stack.sql<{ id: string }>(
      `SELECT c.id FROM public.screening_candidate c JOIN public.screening_run r ON r.id = c.run_id WHERE r.phenom_id = $1 AND c.rank = 1 ORDER BY r.created_at DESC LIMIT 1`,
      [tulsa],
    );
    const res = await stack.call(accept, { method: 'POST', path: `/api/screening-candidates/${candidate.id}/accept`, params: { id: candidate.id }, as: staff, body: {} });
    expect(res.status).toBe(200);
    expect((await res.json()).phenom).toMatchObject({ outcome: 'satellite', outcome_confidence: 'certain' });
    const [marked] = await stack.sql<{ accepted_by: string; accepted_at: Date | null }>('SELECT accepted_by, accepted_at FROM public.screening_candidate WHERE id = $1', [candidate.id]);
    expect(marked.accepted_by).toBe(staff.id);
    expect(marked.accepted_at).not.toBeNull();
    const audit = await stack.sql<{ actor_id: string; diff: Record<string, unknown> }>(`SELECT actor_id, diff FROM public.audit_log WHERE entity_id = $1 AND action = 'update'`, [tulsa]);
    expect(audit).toEqual([{ actor_id: staff.id, diff: { outcome: { old: 'unknown', new: 'satellite' }, outcome_confidence: { old: null, new: 'certain' } } }]);
  });

  it('accept: a confidence of the caller’s choosing, 422 for an unknown one or field, 404 for no such candidate', async () => {
    const [candidate] = await stack.sql<{ id: string }>(`SELECT c.id FROM public.screening_candidate c JOIN public.screening_run r ON r.id = c.run_id WHERE r.phenom_id = $1 LIMIT 1`, [tulsa]);
    const call = (id: string, body: unknown) => stack.call(accept, { method: 'POST', path: `/api/screening-candidates/${id}/accept`, params: { id }, as: staff, body });
    expect((await (await call(candidate.id, { confidence: 'probable' })).json()).phenom.outcome_confidence).toBe('probable');
    const bad = await call(candidate.id, { confidence: 'sure' });
    expect([bad.status, (await bad.json()).error.field]).toEqual([422, 'confidence']);
    expect((await call(candidate.id, { outcome: 'ufo' })).status).toBe(422);
    expect((await call('00000000-0000-4000-8000-000000000000', {})).status).toBe(404);
    expect((await call('not-a-uuid', {})).status).toBe(404);
  });

  it('401 without a token, 404 for no such phenom, 422 naming latitude for a phenom with no position', async () => {
    expect((await screenIt(tulsa, null)).status).toBe(401);
    expect((await screenIt('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const [{ id }] = await stack.sql<{ id: string }>(`INSERT INTO public.phenom (title, occurred_at) VALUES ('Nowhere', now()) RETURNING id`);
    const res = await screenIt(id);
    expect(res.status).toBe(422);
    expect((await res.json()).error.field).toBe('latitude');
  });

  it('the intake hook stores a run for a new phenom at once, and reports (never throws) what it could not do', async () => {
    const [{ id }] = await stack.sql<{ id: string }>(`INSERT INTO public.phenom (title, occurred_at, latitude, longitude) VALUES ('Fresh report', '2020-11-11T12:06:00Z', 36.154, -95.993) RETURNING id`);
    const captured = await captureSkyAtIntake(id, staff.token);
    expect(captured.ok).toBe(true);
    const [run] = await stack.sql<{ trigger: string; created_by: string }>('SELECT trigger, created_by FROM public.screening_run WHERE phenom_id = $1', [id]);
    expect(run).toEqual({ trigger: 'intake', created_by: staff.id });
    expect(await captureSkyAtIntake('00000000-0000-4000-8000-000000000000', staff.token)).toEqual({ ok: false, reason: 'no such phenom' });
  });
  it('a provider that fails with a server path in its error is answered and stored as a plain sentence, not the path', async () => {
    const logged = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    process.env.SCREENING_OBJECTS_FILE = path.join(os.tmpdir(), 'nest-no-such-dir', 'objects.json');
    const res = await screenIt(tulsa);
    delete process.env.SCREENING_OBJECTS_FILE;
    logged.mockRestore();
    expect(res.status).toBe(201);
    const text = await res.text();
    expect(text).not.toContain('nest-no-such-dir');
    const failed = (JSON.parse(text) as { providers: Array<{ provider: string; ok: boolean; error: string | null }> }).providers.find((p) => p.provider === 'local-objects');
    expect(failed).toEqual(expect.objectContaining({ ok: false, error: 'Balloons and launches could not be checked: the local objects file could not be read (the details are in the server log).' }));
    const [stored] = await stack.sql<{ providers: unknown }>('SELECT providers FROM public.screening_run WHERE id = $1', [JSON.parse(text).run.id]);
    expect(JSON.stringify(stored.providers)).not.toContain('nest-no-such-dir');
  });
});
