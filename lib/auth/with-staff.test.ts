import { NextRequest, NextResponse } from 'next/server';
import { z } from 'zod';
import { accessClaims, amplifyCookieHeader, forgeries, idClaims, mint, rsaKey, startTestPool, useTestPoolEnv, type TestPool } from './test-support';
import { DEFAULT_BODY_LIMIT_BYTES, parseJson } from '@/lib/api/parse';
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

interface CallInit {
  token?: string;
  via?: 'cookie' | 'bearer';
  body?: string;
  params?: Record<string, string>;
  method?: string;
  /** Extra headers; a body is sent same-origin as JSON unless these say otherwise (null drops a header). */
  headers?: Record<string, string | null>;
}

function call(handler: typeof echo, init: CallInit = {}) {
  const headers: Record<string, string> = {};
  if (init.token && init.via === 'bearer') headers.authorization = `Bearer ${init.token}`;
  else if (init.token) headers.cookie = amplifyCookieHeader({ idToken: init.token });
  if (init.body !== undefined) Object.assign(headers, { origin: 'http://127.0.0.1:3000', 'content-type': 'application/json' });
  for (const [k, v] of Object.entries(init.headers ?? {})) {
    if (v === null) delete headers[k];
    else headers[k] = v;
  }
  const req = new NextRequest('http://127.0.0.1:3000/api/thing', {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { host: '127.0.0.1:3000', ...headers },
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

describe('withStaff: state-changing requests (CSRF and size)', () => {
  const save = withStaff(async ({ req }) => NextResponse.json(await parseJson(req, z.object({ note: z.string() }))));
  const body = JSON.stringify({ note: 'seen twice' });
  let token: string;
  beforeAll(async () => {
    token = await mint(key, idClaims(pool));
  });

  it('accepts same-origin JSON, by Origin or by Sec-Fetch-Site', async () => {
    expect((await call(save, { token, body })).status).toBe(200);
    const bySecFetch = await call(save, { token, body, headers: { origin: null, 'sec-fetch-site': 'same-origin' } });
    expect(bySecFetch.status).toBe(200);
    expect(await bySecFetch.json()).toEqual({ note: 'seen twice' });
  });

  it('refuses another origin, a sibling site, and an opaque origin with 403, before doing anything', async () => {
    const refused: Record<string, string | null>[] = [
      { origin: 'https://evil.example' },
      { origin: 'http://127.0.0.1:3001' },
      { origin: 'https://127.0.0.1:3000' },
      { origin: 'null' },
      { origin: null, 'sec-fetch-site': 'same-site' },
      { origin: null, 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of refused) {
      const res = await call(save, { token, body, headers });
      expect({ headers, status: res.status, code: (await res.json()).error.code }).toEqual({ headers, status: 403, code: 'cross_origin' });
    }
  });

  it('refuses a cookie-authenticated request that says nothing about where it comes from', async () => {
    const res = await call(save, { token, body, headers: { origin: null } });
    expect(res.status).toBe(403);
  });

  it('lets a Bearer client without Origin through (browsers never attach Authorization by themselves)', async () => {
    expect((await call(save, { token, via: 'bearer', body, headers: { origin: null } })).status).toBe(200);
  });

  it('refuses text/plain, form posts and a missing content type with 415', async () => {
    for (const type of ['text/plain', 'text/plain;charset=UTF-8', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', null]) {
      const res = await call(save, { token, body, headers: { 'content-type': type } });
      expect({ type, status: res.status, code: (await res.json()).error.code }).toEqual({ type, status: 415, code: 'unsupported_media_type' });
    }
    expect((await call(save, { token, body, headers: { 'content-type': 'application/json; charset=utf-8' } })).status).toBe(200);
  });

  it('answers a body over the limit with 413 and a clear message, whether or not it declares its length', async () => {
    const huge = JSON.stringify({ note: 'x'.repeat(DEFAULT_BODY_LIMIT_BYTES) });
    const declared = await call(save, { token, body: huge });
    expect(declared.status).toBe(413);
    expect((await declared.json()).error).toEqual({ code: 'payload_too_large', message: expect.stringMatching(/larger than 64 KiB/) });
    const streamed = new NextRequest('http://127.0.0.1:3000/api/thing', {
      method: 'POST',
      headers: { host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'content-type': 'application/json', cookie: amplifyCookieHeader({ idToken: token }) },
      body: new Blob([huge]).stream(),
      duplex: 'half',
    } as ConstructorParameters<typeof NextRequest>[1]);
    expect((await save(streamed, { params: Promise.resolve({}) })).status).toBe(413);
    // The wrapper refuses a declared length over the limit before the handler (or anything else) runs.
    const small = withStaff(async () => NextResponse.json({}), { bodyLimitBytes: 10 });
    expect((await call(small, { token, body: '{"a":"12345"}', headers: { 'content-length': '13' } })).status).toBe(413);
    expect((await call(small, { token, body: '{}', headers: { 'content-length': '2' } })).status).toBe(200);
  });

  it('leaves reads alone and lets a bodiless DELETE through without a content type', async () => {
    expect((await call(echo, { token, headers: { origin: 'https://evil.example' } })).status).toBe(200);
    expect((await call(echo, { token, method: 'DELETE', headers: { origin: 'http://127.0.0.1:3000' } })).status).toBe(200);
    expect((await call(echo, { token, method: 'DELETE', headers: { origin: 'https://evil.example' } })).status).toBe(403);
  });
});
