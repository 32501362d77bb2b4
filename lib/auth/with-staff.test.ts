import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { accessClaims, amplifyCookieHeader, forgeries, idClaims, mint, rsaKey, startTestPool, useTestPoolEnv, type TestPool } from './test-support';
import { parseJson } from '@/lib/api/parse';
import { withStaff } from './with-staff';

const key = rsaKey('pool-key');
let pool: TestPool;

beforeAll(async () => {
  pool = await startTestPool(key);
  useTestPoolEnv(pool);
});
afterAll(() => pool.close());

const echo = withStaff(async ({ user, params }) => NextResponse.json({ email: user.email, params }));
const adminOnly = withStaff(async () => NextResponse.json({ done: true }), { groups: ['nest-admin'] });
const createPhenom = withStaff(async ({ req }) => {
  const input = await parseJson(req, z.object({ title: z.string().min(3), latitude: z.number().min(-90).max(90) }));
  return NextResponse.json(input, { status: 201 });
});
const broken = withStaff(async () => {
  throw new Error('relation "phenom" does not exist at /srv/app/lib/db.ts:12');
});

function call(handler: typeof echo, init: { token?: string; via?: 'cookie' | 'bearer'; body?: string; params?: Record<string, string> } = {}) {
  const headers: Record<string, string> = init.body === undefined ? {} : { 'content-type': 'application/json' };
  if (init.token && init.via === 'bearer') headers.authorization = `Bearer ${init.token}`;
  else if (init.token) headers.cookie = amplifyCookieHeader({ idToken: init.token });
  const req = new NextRequest('http://localhost:3000/api/thing', {
    method: init.body === undefined ? 'GET' : 'POST',
    headers,
    body: init.body,
  });
  return handler(req, { params: Promise.resolve(init.params ?? {}) });
}

describe('withStaff', () => {
  it('runs the handler for staff, from the cookie or a Bearer token, with the route params', async () => {
    const token = await mint(key, idClaims(pool));
    for (const via of ['cookie', 'bearer'] as const) {
      const res = await call(echo, { token, via, params: { id: '42' } });
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toContain('no-store');
      expect(await res.json()).toEqual({ email: 'agent@example.org', params: { id: '42' } });
    }
  });

  it('answers 401 without a token', async () => {
    const res = await call(echo);
    expect(res.status).toBe(401);
    expect((await res.json()).error.code).toBe('unauthenticated');
  });

  it('refuses every forged token: 401 when invalid or expired, 403 when genuine but outside nest-access', async () => {
    for (const f of await forgeries(pool, key)) {
      for (const via of ['cookie', 'bearer'] as const) {
        const res = await call(echo, { token: f.token, via });
        expect({ name: f.name, via, status: res.status }).toEqual({ name: f.name, via, status: f.reason === 'forbidden' ? 403 : 401 });
      }
    }
  });

  it('refuses an access token sent as Bearer', async () => {
    const res = await call(echo, { token: await mint(key, accessClaims(pool)), via: 'bearer' });
    expect(res.status).toBe(401);
  });

  it('keeps admin routes for nest-admin', async () => {
    const staff = await call(adminOnly, { token: await mint(key, idClaims(pool)) });
    expect(staff.status).toBe(403);
    const admin = await call(adminOnly, { token: await mint(key, idClaims(pool, { 'cognito:groups': ['nest-access', 'nest-admin'] })) });
    expect(admin.status).toBe(200);
  });

  it('answers bad input with 422 naming the field, and non-JSON with 400', async () => {
    const token = await mint(key, idClaims(pool));
    const bad = await call(createPhenom, { token, body: JSON.stringify({ title: 'Lights over Phoenix', latitude: 123 }) });
    expect(bad.status).toBe(422);
    expect((await bad.json()).error).toMatchObject({ code: 'invalid_input', field: 'latitude' });
    const notJson = await call(createPhenom, { token, body: '{"title": ' });
    expect(notJson.status).toBe(400);
    const good = await call(createPhenom, { token, body: JSON.stringify({ title: 'Lights over Phoenix', latitude: 33.4 }) });
    expect(good.status).toBe(201);
  });

  it('turns an unexpected failure into a plain 500 without internals', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => {});
    const res = await call(broken, { token: await mint(key, idClaims(pool)) });
    spy.mockRestore();
    expect(res.status).toBe(500);
    const text = await res.text();
    expect(JSON.parse(text).error.code).toBe('internal');
    expect(text).not.toMatch(/relation|\/srv|db\.ts/);
  });
});
