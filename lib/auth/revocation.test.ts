import { sendJson, startFakeUpstream } from '@/lib/testing/fake-upstream';
import { idClaims, mint, rsaKey, startTestPool, useTestPoolEnv, type TestPool } from './test-support';
import { CUTOFF_CACHE_MS, checkStaffSession, isRevoked, recordSessionCutoff } from './revocation';

const key = rsaKey('pool-key');
let pool: TestPool;
let hasura: Awaited<ReturnType<typeof startFakeUpstream>>;
/** The not_before the fake data service holds per user, as Hasura would send it. */
const cutoffs = new Map<string, string>();
let down = false;

beforeAll(async () => {
  pool = await startTestPool(key);
  hasura = await startFakeUpstream((req, res) => {
    if (down) return sendJson(res, 503, { errors: [{ message: 'down', extensions: { code: 'unexpected' } }] });
    const { operationName, variables } = JSON.parse(req.body) as { operationName: string; variables: { userId: string; reason?: string } };
    if (operationName === 'RecordSessionCutoff') {
      const notBefore = new Date().toISOString();
      cutoffs.set(variables.userId, notBefore);
      return sendJson(res, 200, { data: { insert_session_cutoffs_one: { user_id: variables.userId, not_before: notBefore } } });
    }
    const stamp = cutoffs.get(variables.userId);
    return sendJson(res, 200, { data: { session_cutoffs_by_pk: stamp ? { not_before: stamp } : null } });
  });
  useTestPoolEnv(pool);
  process.env.HASURA_GRAPHQL_URL = hasura.url;
});
afterAll(async () => {
  await pool.close();
  await hasura.close();
});
beforeEach(() => {
  hasura.requests.length = 0;
  down = false;
});

const now = () => Math.floor(Date.now() / 1000);
let users = 0;
/** A fresh person per test: the cut-off cache is per person and per process. */
const someone = () => `user-${++users}-${Date.now()}`;

describe('session cut-off', () => {
  it('refuses a still-valid token issued before the sign-out, on the very next check', async () => {
    const sub = someone();
    const token = await mint(key, idClaims(pool, { sub, iat: now() - 120 }));
    expect(await checkStaffSession(token, { config: pool.config })).toMatchObject({ ok: true });
    expect((await recordSessionCutoff(sub, 'sign_out', { token })).ok).toBe(true);
    expect(await checkStaffSession(token, { config: pool.config })).toEqual({ ok: false, reason: 'revoked' });
  });

  it('lets a token issued after the cut-off in, even one from the same second', async () => {
    const sub = someone();
    const token = await mint(key, idClaims(pool, { sub }));
    await recordSessionCutoff(sub, 'revoked', { token, role: 'nest-admin' });
    const fresh = await mint(key, idClaims(pool, { sub, iat: now() }));
    expect(await checkStaffSession(fresh, { config: pool.config })).toMatchObject({ ok: true });
  });

  it('learns of a cut-off recorded by another server process within the cache time, not before', async () => {
    const sub = someone();
    const issuedAt = now() - 60;
    const token = await mint(key, idClaims(pool, { sub, iat: issuedAt }));
    const start = Date.now();
    expect(await isRevoked(sub, token, issuedAt, start)).toBe(false);
    // Another instance records it: this one's cache does not know yet.
    cutoffs.set(sub, new Date().toISOString());
    expect(await isRevoked(sub, token, issuedAt, start + 1_000)).toBe(false);
    expect(await isRevoked(sub, token, issuedAt, start + CUTOFF_CACHE_MS)).toBe(true);
    expect(CUTOFF_CACHE_MS).toBeLessThanOrEqual(60_000);
    // One lookup per person per cache period, not one per request.
    expect(hasura.requests.filter((r) => JSON.parse(r.body).operationName === 'SessionCutoff')).toHaveLength(2);
  });

  it('reads the cut-off with the person’s own token (Hasura shows them their own row only)', async () => {
    const sub = someone();
    const token = await mint(key, idClaims(pool, { sub }));
    await isRevoked(sub, token, now());
    expect(hasura.requests[0].headers.authorization).toBe(`Bearer ${token}`);
    expect(hasura.requests[0].headers['x-hasura-role']).toBe('nest-access');
  });

  it('keeps the last known cut-off while the data service is down, and lets the never-revoked through', async () => {
    const revoked = someone();
    const token = await mint(key, idClaims(pool, { sub: revoked, iat: now() - 60 }));
    await recordSessionCutoff(revoked, 'sign_out', { token });
    down = true;
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    expect(await isRevoked(revoked, token, now() - 60, Date.now() + CUTOFF_CACHE_MS)).toBe(true);
    const other = someone();
    expect(await isRevoked(other, token, now() - 60)).toBe(false);
    spy.mockRestore();
  });

  it('reports a cut-off the data service would not record', async () => {
    down = true;
    const sub = someone();
    const result = await recordSessionCutoff(sub, 'sign_out', { token: await mint(key, idClaims(pool, { sub })) });
    expect(result.ok).toBe(false);
  });
});
