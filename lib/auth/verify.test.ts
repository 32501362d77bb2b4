import { forgeries, idClaims, mint, rsaKey, startTestPool, type Forgery, type TestPool } from './test-support';
import { isGenuineToken, verifyStaffToken } from './verify';

const key = rsaKey('pool-key');
let pool: TestPool;
let forged: Forgery[];

beforeAll(async () => {
  pool = await startTestPool(key);
  forged = await forgeries(pool, key);
});
afterAll(() => pool.close());

describe('verifyStaffToken', () => {
  it('lets a staff member in and says who they are', async () => {
    const token = await mint(key, idClaims(pool));
    const check = await verifyStaffToken(token, { config: pool.config });
    expect(check).toEqual({
      ok: true,
      idToken: token,
      issuedAt: expect.any(Number),
      user: { sub: '11111111-2222-3333-4444-555555555555', email: 'agent@example.org', groups: ['nest-access'] },
    });
  });

  it('reports a missing token as missing, not invalid', async () => {
    expect(await verifyStaffToken(undefined, { config: pool.config })).toEqual({ ok: false, reason: 'missing' });
  });

  it('rejects every forged or unfit token, for the right reason', async () => {
    expect(forged.length).toBeGreaterThan(10);
    for (const f of forged) {
      const check = await verifyStaffToken(f.token, { config: pool.config });
      expect({ name: f.name, ok: check.ok, reason: check.ok ? undefined : check.reason }).toEqual({ name: f.name, ok: false, reason: f.reason });
    }
  });

  it('keeps the email of a signed-in person without nest-access, for the /no-access page', async () => {
    const check = await verifyStaffToken(await mint(key, idClaims(pool, { 'cognito:groups': ['marketing'] })), { config: pool.config });
    expect(check).toMatchObject({ ok: false, reason: 'forbidden', user: { email: 'agent@example.org', groups: ['marketing'] } });
  });

  it('requires the extra groups a route asks for, on top of nest-access', async () => {
    const staff = await mint(key, idClaims(pool));
    const admin = await mint(key, idClaims(pool, { 'cognito:groups': ['nest-access', 'nest-admin'] }));
    const adminOnly = await mint(key, idClaims(pool, { 'cognito:groups': ['nest-admin'] }));
    expect((await verifyStaffToken(staff, { config: pool.config, groups: ['nest-admin'] })).ok).toBe(false);
    expect((await verifyStaffToken(admin, { config: pool.config, groups: ['nest-admin'] })).ok).toBe(true);
    expect((await verifyStaffToken(adminOnly, { config: pool.config, groups: ['nest-admin'] })).ok).toBe(false);
  });
});

describe('isGenuineToken (what the Amplify session store may load)', () => {
  it('accepts an expired but genuine token, so it can be refreshed', async () => {
    const expired = forged.find((f) => f.name === 'expired')!;
    expect(await isGenuineToken(expired.token, 'id', pool.config)).toBe(true);
  });

  it('drops forged tokens', async () => {
    for (const f of forged.filter((x) => x.reason === 'invalid')) {
      expect({ name: f.name, genuine: await isGenuineToken(f.token, 'id', pool.config) }).toEqual({ name: f.name, genuine: false });
    }
  });
});
