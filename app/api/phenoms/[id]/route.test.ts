import { NextRequest } from 'next/server';
import { idClaims, mint, rsaKey, startTestPool, useTestPoolEnv, type TestPool } from '@/lib/auth/test-support';
import { sendJson, startFakeUpstream } from '@/lib/testing/fake-upstream';
import { PATCH } from './route';

const PHENOM_ID = '7d0c1f7e-3b7a-4d55-9a39-2b1f9f0e6a11';
const key = rsaKey('pool-key');
let pool: TestPool;
let hasura: Awaited<ReturnType<typeof startFakeUpstream>>;
let hasuraAnswer: (variables: Record<string, unknown>, operationName: string) => { status: number; body: unknown };
let token: string;

beforeAll(async () => {
  pool = await startTestPool(key);
  hasura = await startFakeUpstream((req, res) => {
    const sent = JSON.parse(req.body);
    const { status, body } = hasuraAnswer(sent.variables, sent.operationName);
    sendJson(res, status, body);
  });
  useTestPoolEnv(pool);
  process.env.HASURA_GRAPHQL_URL = hasura.url;
  token = await mint(key, idClaims(pool));
});
afterAll(async () => {
  await pool.close();
  await hasura.close();
});
const updated = { id: PHENOM_ID, status: 'triage', outcome: 'unknown', outcome_confidence: null, assignee_id: null, updated_at: '2026-01-01T00:00:00Z' };
/** The phenom as the workflow rules read it before a status change: new, nothing known yet. */
const asRead = { phenom_by_pk: { id: PHENOM_ID, status: 'new', outcome: 'unknown', outcome_confidence: null } };

beforeEach(() => {
  hasura.requests.length = 0;
  hasuraAnswer = (variables, operationName) => ({
    status: 200,
    body: {
      data:
        operationName === 'PhenomScreeningState'
          ? asRead
          : operationName === 'PhenomUpdateScreening'
            ? { update_phenom: { returning: [{ ...updated, ...(variables.set as object) }] } }
            : { update_phenom_by_pk: { ...updated, ...(variables.set as object) } },
    },
  });
});

/** What reached the data service as the update itself (withStaff also looks up the caller's session cut-off). */
const updatesSent = () => hasura.requests.filter((r) => JSON.parse(r.body).operationName !== 'SessionCutoff');

function patch(body: string, { id = PHENOM_ID, auth = true }: { id?: string; auth?: boolean } = {}) {
  const req = new NextRequest(`http://localhost:3000/api/phenoms/${id}`, {
    method: 'PATCH',
    // The app's own page calling it: same origin, JSON.
    headers: { host: 'localhost:3000', origin: 'http://localhost:3000', 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  return PATCH(req, { params: Promise.resolve({ id }) });
}

describe('PATCH /api/phenoms/:id', () => {
  it('answers 401 without a token and never reaches the data service', async () => {
    const res = await patch(JSON.stringify({ status: 'triage' }), { auth: false });
    expect(res.status).toBe(401);
    expect(updatesSent()).toHaveLength(0);
  });

  it.each([
    [{ status: 'done' }, 'status'],
    [{ outcome: 'ufo' }, 'outcome'],
    [{ status: 'triage', source: 'forged' }, 'source'],
    [{ assignee_id: '' }, 'assignee_id'],
    [{ outcome: 'unknown', outcome_confidence: 'certain' }, 'outcome_confidence'],
  ])('answers 422 naming the field for %j', async (body, field) => {
    const res = await patch(JSON.stringify(body));
    expect(res.status).toBe(422);
    const { error } = await res.json();
    expect(error.field).toBe(field);
    expect(error.message).toContain(field);
    expect(updatesSent()).toHaveLength(0);
  });

  it('answers 422 for an empty change and 400 for a body that is not JSON', async () => {
    expect((await patch('{}')).status).toBe(422);
    expect((await patch('status=triage')).status).toBe(400);
    expect(updatesSent()).toHaveLength(0);
  });

  it('sends exactly the requested change to Hasura as the caller, and returns the updated phenom', async () => {
    const res = await patch(JSON.stringify({ title: 'Silver disc', assignee_id: null }));
    expect(res.status).toBe(200);
    expect((await res.json()).phenom).toMatchObject({ id: PHENOM_ID, title: 'Silver disc' });
    const [sent] = updatesSent();
    expect(sent.headers.authorization).toBe(`Bearer ${token}`);
    expect(JSON.parse(sent.body).variables).toEqual({ id: PHENOM_ID, set: { title: 'Silver disc', assignee_id: null } });
  });

  it('judges a status change on the phenom as read, and writes it only while it is still in that state', async () => {
    const res = await patch(JSON.stringify({ status: 'triage', assignee_id: null }));
    expect(res.status).toBe(200);
    expect((await res.json()).phenom).toMatchObject({ id: PHENOM_ID, status: 'triage' });
    const [read, write] = updatesSent().map((r) => JSON.parse(r.body));
    expect(read.operationName).toBe('PhenomScreeningState');
    expect(write.variables).toEqual({
      where: { id: { _eq: PHENOM_ID }, status: { _eq: 'new' }, outcome: { _eq: 'unknown' }, outcome_confidence: { _is_null: true } },
      set: { status: 'triage', assignee_id: null },
    });
  });

  it('refuses a move the workflow does not allow before writing anything', async () => {
    const res = await patch(JSON.stringify({ status: 'resolved', outcome: 'drone', outcome_confidence: 'certain' }));
    expect(res.status).toBe(422);
    expect((await res.json()).error.field).toBe('status');
    expect(updatesSent().map((r) => JSON.parse(r.body).operationName)).toEqual(['PhenomScreeningState']);
  });

  it('answers 409 when the status changed between the read and the write, 404 when the phenom is gone', async () => {
    hasuraAnswer = (_v, op) => ({ status: 200, body: { data: op === 'PhenomScreeningState' ? asRead : { update_phenom: { returning: [] } } } });
    const res = await patch(JSON.stringify({ status: 'triage' }));
    expect(res.status).toBe(409);
    expect((await res.json()).error.message).toMatch(/changed this phenom’s status or outcome meanwhile/);
    hasuraAnswer = () => ({ status: 200, body: { data: { phenom_by_pk: null } } });
    expect((await patch(JSON.stringify({ status: 'triage' }))).status).toBe(404);
  });

  it('answers 404 for an id that cannot exist and for a phenom Hasura did not update', async () => {
    expect((await patch(JSON.stringify({ status: 'triage' }), { id: 'not-a-uuid' })).status).toBe(404);
    hasuraAnswer = () => ({ status: 200, body: { data: { update_phenom_by_pk: null } } });
    expect((await patch(JSON.stringify({ title: 'Silver disc' }))).status).toBe(404);
  });

  it('answers 403 when Hasura refuses the change, without passing its wording on', async () => {
    hasuraAnswer = () => ({ status: 200, body: { errors: [{ message: 'check constraint of an update permission has failed', extensions: { code: 'permission-error', path: '$' } }] } });
    const res = await patch(JSON.stringify({ status: 'archived' }));
    expect(res.status).toBe(403);
    expect(JSON.stringify(await res.json())).not.toContain('check constraint');
  });

  it('answers 502 when the data service is down', async () => {
    hasuraAnswer = () => ({ status: 503, body: 'unavailable' });
    expect((await patch(JSON.stringify({ status: 'triage' }))).status).toBe(502);
  });
});
