import path from 'node:path';
import { NextRequest } from 'next/server';
import { idClaims, mint, rsaKey, startTestPool, useTestPoolEnv, type TestPool } from '@/lib/auth/test-support';
import { describeWithData, REFERENCE_DATA_DIR } from '@/lib/screening/testing/reference-data';
import { sendJson, startFakeUpstream } from '@/lib/testing/fake-upstream';
import { startOpenSkyStandIn, type OpenSkyStandIn } from '@/local/opensky/server';
import { GET } from './route';

// GET /api/aircraft against local/opensky (OpenSky's format and rules); the data service only answers the session
// cut-off lookup every withStaff route makes.
const DATA = path.join(REFERENCE_DATA_DIR, 'opensky');
const key = rsaKey('aircraft-pool');
const CLIENT = { id: 'nest-route-test', secret: 'route-test-secret' };
let pool: TestPool;
let hasura: Awaited<ReturnType<typeof startFakeUpstream>>;
let sky: OpenSkyStandIn;
let spent: OpenSkyStandIn;
let token: string;

const useOpenSky = (env: Record<string, string | undefined>) => {
  for (const k of ['OPENSKY_API_URL', 'OPENSKY_TOKEN_URL', 'OPENSKY_CLIENT_ID', 'OPENSKY_CLIENT_SECRET', 'OPENSKY_TIMEOUT_MS']) delete process.env[k];
  Object.assign(process.env, env);
};
const account = (s: OpenSkyStandIn) => ({ OPENSKY_API_URL: s.apiUrl, OPENSKY_TOKEN_URL: s.tokenUrl, OPENSKY_CLIENT_ID: CLIENT.id, OPENSKY_CLIENT_SECRET: CLIENT.secret });

beforeAll(async () => {
  pool = await startTestPool(key);
  hasura = await startFakeUpstream((_req, res) => sendJson(res, 200, { data: { session_cutoffs_by_pk: null } }));
  useTestPoolEnv(pool);
  process.env.HASURA_GRAPHQL_URL = hasura.url;
  token = await mint(key, idClaims(pool));
  sky = await startOpenSkyStandIn({ dataDir: DATA, clients: { [CLIENT.id]: CLIENT.secret } });
  spent = await startOpenSkyStandIn({ dataDir: DATA, clients: { [CLIENT.id]: CLIENT.secret }, credits: { anonymous: 0, user: 1 } });
});
// Upstream failures are logged for operators; the test asserts what the caller sees.
beforeEach(() => jest.spyOn(console, 'error').mockImplementation(() => {}));
afterEach(() => jest.restoreAllMocks());
afterAll(async () => {
  await Promise.all([pool.close(), hasura.close(), sky.close(), spent.close()]);
  useOpenSky({});
});

const get = async (query: string, auth = true) => {
  const req = new NextRequest(`http://127.0.0.1:3000/api/aircraft?${query}`, { headers: auth ? { authorization: `Bearer ${token}` } : {} });
  const res = await GET(req, { params: Promise.resolve({}) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, never> };
};

const BOSTON = 'bbox=-72,42,-70,43.5';

describeWithData('GET /api/aircraft', ['opensky/states-all-2023-05-07T194544Z.json'], () => {
  it('answers the aircraft in the box, with OpenSky account access and the credits left; then from the cache', async () => {
    useOpenSky(account(sky));
    const first = await get(BOSTON);
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      aircraft: [{ icao24: 'ab1644', callsign: 'UAL421', origin_country: 'United States', on_ground: false, velocity_ms: 137.8, track_deg: 342.17, geo_altitude_m: 2194.56, category: 4, category_label: 'large' }],
      bbox: [-72, 42, -70, 43.5],
      source: { service: 'OpenSky Network', access: 'oauth', note: null, credits_remaining: expect.any(Number), cached: false },
    });
    expect(first.headers.get('cache-control')).toMatch(/no-store/);
    const second = await get(BOSTON);
    expect(second.body).toMatchObject({ source: { cached: true } });
    expect(sky.counts.states).toBe(1);
  });

  it('says so when it has no OpenSky account (anonymous access)', async () => {
    useOpenSky({ OPENSKY_API_URL: sky.apiUrl });
    const res = await get('bbox=-78,-13,-76,-11');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ source: { access: 'anonymous', note: expect.stringContaining('Anonymous OpenSky access') } });
    expect((res.body as unknown as { aircraft: Array<{ callsign: string }> }).aircraft.map((a) => a.callsign).sort()).toEqual(['LPE2264', 'LPE2392']);
  });

  it('passes a 429 on in plain words with the wait, and asks OpenSky nothing more until then', async () => {
    useOpenSky(account(spent));
    expect((await get(BOSTON)).status).toBe(200);
    const limited = await get('bbox=-72,42,-70,43');
    expect(limited.status).toBe(429);
    const wait = Number(limited.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(0);
    expect(limited.body).toEqual({ error: { code: 'too_many_requests', message: expect.stringMatching(new RegExp(`limit .* used up .* again in ${wait} s`)) } });
    const sent = spent.counts.states;
    expect((await get('bbox=-72,42,-71,43')).status).toBe(429);
    expect(spent.counts.states).toBe(sent);
  });

  it('502 when OpenSky is unreachable or refuses our credentials, 504 when it does not answer in time; never its words', async () => {
    useOpenSky({ OPENSKY_API_URL: 'http://127.0.0.1:9/api' });
    const down = await get(BOSTON);
    expect([down.status, down.body]).toEqual([502, { error: { code: 'upstream_unavailable', message: expect.stringContaining('OpenSky') } }]);
    useOpenSky({ ...account(sky), OPENSKY_CLIENT_SECRET: 'not-the-secret' });
    const refused = await get(BOSTON);
    expect([refused.status, refused.body.error]).toEqual([502, { code: 'upstream_error', message: expect.not.stringMatching(/unauthorized_client|secret/i) }]);
    const hanging = await startFakeUpstream(() => undefined);
    try {
      useOpenSky({ OPENSKY_API_URL: hanging.url.replace('/v1/graphql', '/api'), OPENSKY_TIMEOUT_MS: '300' });
      const slow = await get(BOSTON);
      expect([slow.status, slow.body.error]).toEqual([504, { code: 'upstream_timeout', message: expect.stringContaining('OpenSky') }]);
    } finally {
      await hanging.close();
    }
  });

  it('401 without a token, 422 naming bbox for a bad box', async () => {
    useOpenSky(account(sky));
    expect((await get(BOSTON, false)).status).toBe(401);
    const bad = await get('bbox=-180,-90,180,90');
    expect([bad.status, bad.body.error]).toEqual([422, { code: 'invalid_input', field: 'bbox', message: expect.stringContaining('square degrees') }]);
  });
});
