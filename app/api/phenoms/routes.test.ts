import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { GET as events } from '../events/route';
import { DELETE, GET as detail, PATCH } from './[id]/route';
import { POST as restore } from './[id]/restore/route';
import { GET as list, POST as create } from './route';

const stack = setUpApiStack('phenoms_routes');
let staff: StaffMember;
let admin: StaffMember;

// Fixed rows, newest first by occurred_at: the list's default order.
const P = {
  orb: '00000000-0000-4000-8000-00000000000a',
  lights: '00000000-0000-4000-8000-00000000000b',
  disc: '00000000-0000-4000-8000-00000000000c',
  triangle: '00000000-0000-4000-8000-00000000000d',
};

beforeAll(async () => {
  staff = await stack.staff({ name: 'analyst' });
  admin = await stack.staff({ name: 'admin', admin: true });
  await stack.sql(
    `INSERT INTO public.phenom (id, title, description, occurred_at, location_name, status, outcome) VALUES
      ($1, 'Glowing orb', 'hovered, then left', '2026-03-04T21:00:00Z', 'Lyon', 'new', 'unknown'),
      ($2, 'Lights in a row', 'a train of lights', '2026-03-03T21:00:00Z', 'Orbetello', 'triage', 'starlink'),
      ($3, 'Silver disc', '', '2026-03-02T12:00:00Z', 'Leeds', 'new', 'unknown'),
      ($4, 'Black triangle', '', '2026-03-01T03:00:00Z', NULL, 'resolved', 'aircraft')`,
    [P.orb, P.lights, P.disc, P.triangle],
  );
  const [media] = await stack.sql<{ id: string }>(
    `INSERT INTO public.phenom_media (phenom_id, s3_key, content_type, bytes) VALUES ($1, 'phenoms/orb/clip.wav', 'audio/wav', 1234) RETURNING id`,
    [P.orb],
  );
  await stack.sql(`INSERT INTO public.transcriptions (media_id, language, text) VALUES ($1, 'en', 'it is moving')`, [media.id]);
  await stack.sql(`INSERT INTO public.phenom_coords (phenom_id, t, object_lat, object_lng) VALUES ($1, '2026-03-04T21:00:01Z', 45.7, 4.8)`, [P.orb]);
  await stack.sql(`INSERT INTO public.phenom_sensor_data (phenom_id, sensor, t, readings) VALUES ($1, 'magnetometer', '2026-03-04T21:00:02Z', '{"uT": 48.1}')`, [P.orb]);
  await stack.sql(`INSERT INTO public.phenom_shoots (phenom_id, started_at, device) VALUES ($1, '2026-03-04T21:00:00Z', 'Pixel 8')`, [P.orb]);
  await stack.sql(`INSERT INTO public.drops (payload, phenom_id, status) VALUES ('{"text": "saw it too"}', $1, 'accepted')`, [P.orb]);
});

const get = (path: string, as: StaffMember = staff) => stack.call(list, { path, as });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('GET /api/phenoms', () => {
  it('lists live phenoms newest first, with an exact total', async () => {
    const res = await get('/api/phenoms');
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(ids(body.phenoms)).toEqual([P.orb, P.lights, P.disc, P.triangle]);
    expect(body.total).toEqual({ count: 4, exact: true });
    expect(body.phenoms[0]).toMatchObject({ title: 'Glowing orb', status: 'new', media_aggregate: { aggregate: { count: 1 } } });
  });

  it('filters by status and outcome, and searches title, description and place', async () => {
    expect(ids((await (await get('/api/phenoms?status=new')).json()).phenoms)).toEqual([P.orb, P.disc]);
    expect(ids((await (await get('/api/phenoms?status=new,resolved&outcome=aircraft')).json()).phenoms)).toEqual([P.triangle]);
    // "orb" is in one title and in one place name (Orbetello).
    const search = await (await get('/api/phenoms?q=ORB')).json();
    expect(ids(search.phenoms)).toEqual([P.orb, P.lights]);
    // A search is not counted: the total is what the pages have shown, exact once a page comes back short.
    expect(search.total).toEqual({ count: 2, exact: true });
    expect((await (await get('/api/phenoms?q=orb&limit=1')).json()).total).toEqual({ count: 1, exact: false });
    expect(ids((await (await get('/api/phenoms?from=2026-03-02&to=2026-03-03')).json()).phenoms)).toEqual([P.lights, P.disc]);
  });

  it('sorts, pages by offset, and pages by cursor without repeating or skipping a row', async () => {
    expect(ids((await (await get('/api/phenoms?sort=title&dir=asc')).json()).phenoms)).toEqual([P.triangle, P.orb, P.lights, P.disc]);
    expect(ids((await (await get('/api/phenoms?limit=2&offset=2')).json()).phenoms)).toEqual([P.disc, P.triangle]);
    const first = await (await get('/api/phenoms?limit=3')).json();
    expect(ids(first.phenoms)).toEqual([P.orb, P.lights, P.disc]);
    expect(first.page.next_cursor).toEqual(expect.any(String));
    const second = await (await get(`/api/phenoms?limit=3&cursor=${first.page.next_cursor}`)).json();
    expect(ids(second.phenoms)).toEqual([P.triangle]);
    expect(second.page.next_cursor).toBeNull();
    // The count is of the whole result, not of what is left after the cursor.
    expect(second.total).toEqual({ count: 4, exact: true });
    // A cursor is bound to its sort order.
    const other = await get(`/api/phenoms?limit=3&sort=title&cursor=${first.page.next_cursor}`);
    expect(other.status).toBe(422);
    expect((await other.json()).error.field).toBe('cursor');
  });
});

describe('GET /api/events', () => {
  it("answers the old Worker's shape from the same operation and query string", async () => {
    const res = await stack.call(events, { path: '/api/events?status=new', as: staff });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(Object.keys(body)).toEqual(['events']);
    expect(body.events).toEqual((await (await get('/api/phenoms?status=new')).json()).phenoms);
  });
});

describe('GET /api/phenoms/:id', () => {
  it('returns the phenom with its media, transcriptions, coordinates, sensor data, shoots and drops', async () => {
    const res = await stack.call(detail, { path: `/api/phenoms/${P.orb}`, params: { id: P.orb }, as: staff });
    expect(res.status).toBe(200);
    const { phenom } = await res.json();
    expect(phenom).toMatchObject({
      id: P.orb,
      title: 'Glowing orb',
      media: [{ s3_key: 'phenoms/orb/clip.wav', transcriptions: [{ language: 'en', text: 'it is moving' }] }],
      coords: [{ object_lat: 45.7, object_lng: 4.8 }],
      sensor_data: [{ sensor: 'magnetometer', readings: { uT: 48.1 } }],
      shoots: [{ device: 'Pixel 8' }],
      drops: [{ status: 'accepted', payload: { text: 'saw it too' } }],
    });
  });
});

describe('POST /api/phenoms', () => {
  it('records a manual report as the caller, with the audit row naming them', async () => {
    const res = await stack.call(create, {
      method: 'POST',
      path: '/api/phenoms',
      as: staff,
      body: { title: '  Hovering light  ', occurred_at: '2026-03-05T20:15:00+01:00', occurred_at_precision: 'hour', latitude: 51.5, longitude: -0.12, country: 'GB', source: 'phone' },
    });
    expect(res.status).toBe(201);
    const { phenom } = await res.json();
    expect(phenom).toMatchObject({ title: 'Hovering light', status: 'new', outcome: 'unknown', created_by: staff.id, source: 'phone', occurred_at_precision: 'hour' });
    const [row] = await stack.sql<{ created_by: string; occurred_at: Date }>(`SELECT created_by, occurred_at FROM public.phenom WHERE id = $1`, [phenom.id]);
    expect(row.created_by).toBe(staff.id);
    expect(row.occurred_at.toISOString()).toBe('2026-03-05T19:15:00.000Z');
    const audit = await stack.sql(`SELECT actor_id, action FROM public.audit_log WHERE entity = 'phenom' AND entity_id = $1`, [phenom.id]);
    expect(audit).toEqual([{ actor_id: staff.id, action: 'insert' }]);
  });
});

describe('PATCH /api/phenoms/:id', () => {
  it("changes the report's content and screening together", async () => {
    const body = { title: 'Silver disc over Leeds', location_name: 'Leeds, Headingley', occurred_at: '2026-03-02T11:30:00Z', occurred_at_precision: 'day', status: 'triage' };
    const res = await stack.call(PATCH, { method: 'PATCH', path: `/api/phenoms/${P.disc}`, params: { id: P.disc }, as: staff, body });
    expect(res.status).toBe(200);
    expect((await res.json()).phenom).toMatchObject({ ...body, occurred_at: '2026-03-02T11:30:00+00:00' });
    const [row] = await stack.sql(`SELECT title, location_name, occurred_at_precision, status FROM public.phenom WHERE id = $1`, [P.disc]);
    expect(row).toEqual({ title: body.title, location_name: body.location_name, occurred_at_precision: 'day', status: 'triage' });
  });

  it('is refused by the engine itself for a column no staff screen edits (not only by the route)', async () => {
    const res = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.token}`, 'x-hasura-role': 'nest-access' },
      body: JSON.stringify({ query: `mutation { update_phenom_by_pk(pk_columns: { id: "${P.disc}" }, _set: { source: "forged" }) { id } }` }),
    });
    const body = await res.json();
    expect(body.errors?.[0]?.extensions?.code).toBe('validation-failed');
    expect((await stack.sql(`SELECT source FROM public.phenom WHERE id = $1`, [P.disc]))[0].source).toBe('web');
  });
});

describe('PATCH /api/phenoms/:id: the workflow rules', () => {
  const W = '00000000-0000-4000-8000-0000000000e1';
  const patch = (body: Record<string, unknown>) => stack.call(PATCH, { method: 'PATCH', path: `/api/phenoms/${W}`, params: { id: W }, as: staff, body });
  const saved = async () => (await stack.sql(`SELECT status, outcome, outcome_confidence FROM public.phenom WHERE id = $1`, [W]))[0];
  const refusal = async (res: Response) => ({ status: res.status, ...((await res.json()) as { error: { field?: string; message: string } }).error });

  beforeAll(async () => {
    await stack.sql(`INSERT INTO public.phenom (id, title, occurred_at) VALUES ($1, 'Workflow fixture', '2025-01-01T00:00:00Z')`, [W]);
  });

  it('refuses a skipped step, naming status and saying where it can go, and changes nothing', async () => {
    const res = await refusal(await patch({ status: 'investigating' }));
    expect(res).toMatchObject({ status: 422, field: 'status' });
    expect(res.message).toBe('status: cannot go from New to Investigating; from New it can go to Triage or Archived');
    expect(await saved()).toEqual({ status: 'new', outcome: 'unknown', outcome_confidence: null });
  });

  it('walks new → triage → investigating, and refuses resolving with outcome unknown or without a confidence', async () => {
    expect((await patch({ status: 'triage' })).status).toBe(200);
    expect((await patch({ status: 'investigating' })).status).toBe(200);
    expect(await refusal(await patch({ status: 'resolved' }))).toMatchObject({ status: 422, field: 'outcome' });
    expect(await refusal(await patch({ status: 'resolved', outcome: 'unknown' }))).toMatchObject({ status: 422, field: 'outcome' });
    expect(await refusal(await patch({ status: 'resolved', outcome: 'balloon' }))).toMatchObject({ status: 422, field: 'outcome_confidence' });
    expect(await saved()).toEqual({ status: 'investigating', outcome: 'unknown', outcome_confidence: null });
    const done = await patch({ status: 'resolved', outcome: 'balloon', outcome_confidence: 'probable' });
    expect(done.status).toBe(200);
    expect((await done.json()).phenom).toMatchObject({ status: 'resolved', outcome: 'balloon', outcome_confidence: 'probable' });
  });

  it('keeps a resolved phenom explained: its outcome cannot go back to unknown, nor its confidence away', async () => {
    expect(await refusal(await patch({ outcome: 'unknown', outcome_confidence: null }))).toMatchObject({ status: 422, field: 'outcome' });
    expect(await refusal(await patch({ outcome_confidence: null }))).toMatchObject({ status: 422, field: 'outcome_confidence' });
    // Its content is still edited freely.
    expect((await patch({ title: 'Workflow fixture (checked)' })).status).toBe(200);
    expect(await refusal(await patch({ status: 'new' }))).toMatchObject({ status: 422, field: 'status' });
    // Reopened, it may become unknown again.
    expect((await patch({ status: 'investigating', outcome: 'unknown', outcome_confidence: null })).status).toBe(200);
    expect(await saved()).toEqual({ status: 'investigating', outcome: 'unknown', outcome_confidence: null });
  });

  it('answers 404 for a soft-deleted phenom instead of judging it', async () => {
    await stack.sql(`UPDATE public.phenom SET deleted_at = now() WHERE id = $1`, [W]);
    expect((await patch({ status: 'archived' })).status).toBe(404);
    await stack.sql(`UPDATE public.phenom SET deleted_at = NULL WHERE id = $1`, [W]);
  });
});

describe('DELETE /api/phenoms/:id and POST /api/phenoms/:id/restore', () => {
  const at = { path: `/api/phenoms/${P.triangle}`, params: { id: P.triangle } };

  it('are for admins only', async () => {
    expect((await stack.call(DELETE, { method: 'DELETE', ...at, as: staff })).status).toBe(403);
    expect((await stack.call(restore, { method: 'POST', ...at, as: staff })).status).toBe(403);
    expect((await stack.sql(`SELECT deleted_at FROM public.phenom WHERE id = $1`, [P.triangle]))[0].deleted_at).toBeNull();
  });

  it('hide a phenom from staff and bring it back, and say so when there is nothing to do', async () => {
    const deleted = await stack.call(DELETE, { method: 'DELETE', ...at, as: admin });
    expect(deleted.status).toBe(200);
    expect((await deleted.json()).phenom.deleted_at).toEqual(expect.any(String));
    expect((await stack.call(detail, { ...at, as: staff })).status).toBe(404);
    expect(ids((await (await get('/api/phenoms')).json()).phenoms)).not.toContain(P.triangle);
    const again = await stack.call(DELETE, { method: 'DELETE', ...at, as: admin });
    expect(again.status).toBe(409);

    const restored = await stack.call(restore, { method: 'POST', path: `${at.path}/restore`, params: at.params, as: admin });
    expect(restored.status).toBe(200);
    expect((await restored.json()).phenom.deleted_at).toBeNull();
    expect((await stack.call(detail, { ...at, as: staff })).status).toBe(200);
    expect((await stack.call(restore, { method: 'POST', path: `${at.path}/restore`, params: at.params, as: admin })).status).toBe(409);

    const missing = '00000000-0000-4000-8000-0000000000ff';
    expect((await stack.call(DELETE, { method: 'DELETE', path: `/api/phenoms/${missing}`, params: { id: missing }, as: admin })).status).toBe(404);
  });
});

describe('GET /api/phenoms past 10,000 matches', () => {
  it('caps the count (shown as not exact) and still pages by cursor deep into the result', async () => {
    await stack.sql(
      `INSERT INTO public.phenom (title, occurred_at, status)
       SELECT 'Bulk ' || i, timestamptz '2020-01-01T00:00:00Z' + i * interval '1 minute', 'archived' FROM generate_series(1, 10050) AS i`,
    );
    const capped = await (await get('/api/phenoms?status=archived&limit=200')).json();
    expect(capped.total).toEqual({ count: 10_000, exact: false });
    expect(capped.phenoms).toHaveLength(200);
    expect(capped.phenoms[0].title).toBe('Bulk 10050');
    // Past the offset cap only the cursor goes on: 50 pages of 200 in, the next page starts where it should.
    let cursor = capped.page.next_cursor as string;
    for (let page = 2; page <= 50; page++) cursor = (await (await get(`/api/phenoms?status=archived&limit=200&cursor=${cursor}`)).json()).page.next_cursor;
    const deep = await (await get(`/api/phenoms?status=archived&limit=200&cursor=${cursor}`)).json();
    expect(deep.phenoms.map((p: { title: string }) => p.title)).toEqual(['Bulk 50', 'Bulk 49', 'Bulk 48'].concat(Array.from({ length: 47 }, (_, i) => `Bulk ${47 - i}`)));
    expect(deep.page.next_cursor).toBeNull();
  }, 60_000);
});
