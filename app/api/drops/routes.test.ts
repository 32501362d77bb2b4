import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { POST as attach } from './[id]/attach/route';
import { POST as promote } from './[id]/promote/route';
import { POST as reject } from './[id]/reject/route';
import { GET as list } from './route';

const stack = setUpApiStack('drops_routes');
let staff: StaffMember;

const PHENOM = '00000000-0000-4000-8000-0000000000a1';
const D = {
  old: '00000000-0000-4000-8000-0000000000d1',
  recent: '00000000-0000-4000-8000-0000000000d2',
  promote: '00000000-0000-4000-8000-0000000000d3',
  spam: '00000000-0000-4000-8000-0000000000d4',
  done: '00000000-0000-4000-8000-0000000000d5',
};

beforeAll(async () => {
  staff = await stack.staff({ name: 'triage' });
  await stack.sql(`INSERT INTO public.phenom (id, title, occurred_at) VALUES ($1, 'Known light', '2026-02-01T20:00:00Z')`, [PHENOM]);
  await stack.sql(
    `INSERT INTO public.drops (id, payload, status, phenom_id, submitted_at) VALUES
      ($1, '{"text": "a light"}', 'pending', NULL, '2026-02-01T21:00:00Z'),
      ($2, '{"text": "the same light"}', 'pending', NULL, '2026-02-02T21:00:00Z'),
      ($3, '{"text": "something new"}', 'pending', NULL, '2026-02-03T21:00:00Z'),
      ($4, '{"text": "buy now"}', 'pending', NULL, '2026-02-04T21:00:00Z'),
      ($5, '{"text": "old news"}', 'accepted', $6, '2026-01-01T21:00:00Z')`,
    [D.old, D.recent, D.promote, D.spam, D.done, PHENOM],
  );
});

const post = (handler: typeof attach, id: string, body?: unknown) => stack.call(handler, { method: 'POST', path: `/api/drops/${id}/x`, params: { id }, as: staff, body });
const phenomCount = async () => Number((await stack.sql<{ n: string }>(`SELECT count(*) AS n FROM public.phenom`))[0].n);
const dropRow = async (id: string) => (await stack.sql<{ status: string; phenom_id: string | null }>(`SELECT status, phenom_id FROM public.drops WHERE id = $1`, [id]))[0];

describe('GET /api/drops', () => {
  it('lists pending drops newest first by default, and any status when asked', async () => {
    const pending = await (await stack.call(list, { path: '/api/drops', as: staff })).json();
    expect(pending.drops.map((d: { id: string }) => d.id)).toEqual([D.spam, D.promote, D.recent, D.old]);
    expect(pending.total).toEqual({ count: 4, exact: true });
    const accepted = await (await stack.call(list, { path: '/api/drops?status=accepted', as: staff })).json();
    expect(accepted.drops).toEqual([expect.objectContaining({ id: D.done, phenom_id: PHENOM, payload: { text: 'old news' } })]);
  });
});

describe('POST /api/drops/:id/attach', () => {
  it('accepts a pending drop onto an existing phenom, or marks it a duplicate', async () => {
    const res = await post(attach, D.old, { phenom_id: PHENOM });
    expect(res.status).toBe(200);
    expect((await res.json()).drop).toMatchObject({ id: D.old, status: 'accepted', phenom_id: PHENOM });
    expect(await dropRow(D.old)).toEqual({ status: 'accepted', phenom_id: PHENOM });
    expect((await post(attach, D.recent, { phenom_id: PHENOM, as: 'duplicate' })).status).toBe(200);
    expect(await dropRow(D.recent)).toEqual({ status: 'duplicate', phenom_id: PHENOM });
  });

  it('refuses a drop already reviewed (409), a missing drop (404) and a missing phenom (422 phenom_id)', async () => {
    const again = await post(attach, D.old, { phenom_id: PHENOM });
    expect(again.status).toBe(409);
    expect((await again.json()).error.message).toContain('already been reviewed');
    expect((await post(attach, '00000000-0000-4000-8000-0000000000ff', { phenom_id: PHENOM })).status).toBe(404);
    const noPhenom = await post(attach, D.spam, { phenom_id: '00000000-0000-4000-8000-0000000000fe' });
    expect(noPhenom.status).toBe(422);
    expect((await noPhenom.json()).error.field).toBe('phenom_id');
    expect(await dropRow(D.spam)).toEqual({ status: 'pending', phenom_id: null });
  });
});

describe('POST /api/drops/:id/promote', () => {
  it('creates the phenom and accepts the drop pointing at it, both or neither', async () => {
    const before = await phenomCount();
    const res = await post(promote, D.promote, { title: 'Something new', occurred_at: '2026-02-03T20:45:00Z', latitude: 48.85, longitude: 2.35, location_name: 'Paris' });
    expect(res.status).toBe(201);
    const { phenom, drop, sky } = await res.json();
    expect(phenom).toMatchObject({ title: 'Something new', source: 'drop', created_by: staff.id, status: 'new', location_name: 'Paris' });
    expect(drop).toEqual({ id: D.promote, status: 'accepted', phenom_id: phenom.id });
    // The sky of the report is captured at once, as at manual intake (app/api/phenoms/intake.test.ts).
    expect(sky).toMatchObject({ captured: true, run_id: expect.any(String) });
    expect(await stack.sql('SELECT id, trigger FROM public.screening_run WHERE phenom_id = $1', [phenom.id])).toEqual([{ id: sky.run_id, trigger: 'intake' }]);
    expect(await dropRow(D.promote)).toEqual({ status: 'accepted', phenom_id: phenom.id });
    expect(await phenomCount()).toBe(before + 1);

    const again = await post(promote, D.promote, { title: 'Twice', occurred_at: '2026-02-03T20:45:00Z' });
    expect(again.status).toBe(409);
    expect(await phenomCount()).toBe(before + 1);
  });

  it('writes nothing when the drop stopped being pending, even past the route (the function checks it itself)', async () => {
    const before = await phenomCount();
    const res = await fetch(stack.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.token}`, 'x-hasura-role': 'nest-access' },
      body: JSON.stringify({ query: `mutation { promote_drop(args: { drop_id: "${D.done}", title: "Race", occurred_at: "2026-02-01T00:00:00Z" }) { id } }` }),
    });
    expect((await res.json()).errors?.[0]?.extensions?.code).toBe('constraint-violation');
    expect(await phenomCount()).toBe(before);
    expect(await dropRow(D.done)).toEqual({ status: 'accepted', phenom_id: PHENOM });
  });
});

describe('POST /api/drops/:id/reject', () => {
  it('rejects a pending drop, once', async () => {
    const res = await post(reject, D.spam);
    expect(res.status).toBe(200);
    expect((await res.json()).drop).toMatchObject({ id: D.spam, status: 'rejected', phenom_id: null });
    expect(await dropRow(D.spam)).toEqual({ status: 'rejected', phenom_id: null });
    expect((await post(reject, D.spam)).status).toBe(409);
  });
});
