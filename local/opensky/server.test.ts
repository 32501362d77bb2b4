import { describeWithData, REFERENCE_DATA_DIR } from '@/lib/screening/testing/reference-data';
import path from 'node:path';
import { LOOP_S, startOpenSkyStandIn, type OpenSkyStandIn } from './server';

// The stand-in must refuse what OpenSky refuses; the app's client is tested against it in lib/aircraft/client.test.ts.
const DATA = path.join(REFERENCE_DATA_DIR, 'opensky');
const CLIENT = { id: 'nest-test', secret: 'test-secret' };
let clock = Date.parse('2026-12-02T12:00:00Z');
let sky: OpenSkyStandIn;

beforeAll(async () => {
  sky = await startOpenSkyStandIn({ dataDir: DATA, clients: { [CLIENT.id]: CLIENT.secret }, now: () => clock, tokenLifetimeS: 1800, credits: { anonymous: 6, user: 100 } });
});
afterAll(() => sky.close());

const tokenRequest = (form: Record<string, string>, headers: Record<string, string> = {}) =>
  fetch(sky.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body: new URLSearchParams(form) });

async function token(): Promise<string> {
  const res = await tokenRequest({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret });
  expect(res.status).toBe(200);
  return ((await res.json()) as { access_token: string }).access_token;
}

const states = (query: string, bearer?: string) => fetch(`${sky.apiUrl}/states/all?${query}`, { headers: bearer ? { authorization: `Bearer ${bearer}` } : {} });
const BOSTON = 'lamin=42&lomin=-72&lamax=43.5&lomax=-70';

describeWithData('local/opensky', ['opensky/states-all-2023-05-07T194544Z.json'], () => {
  describe('token endpoint (client credentials)', () => {
    it('issues a bearer token with its lifetime, by form or by HTTP Basic', async () => {
      const res = await tokenRequest({ grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: CLIENT.secret });
      expect(await res.json()).toMatchObject({ access_token: expect.any(String), expires_in: 1800, token_type: 'Bearer' });
      const basic = await tokenRequest({ grant_type: 'client_credentials' }, { authorization: `Basic ${Buffer.from(`${CLIENT.id}:${CLIENT.secret}`).toString('base64')}` });
      expect(basic.status).toBe(200);
    });

    it.each([
      ['no grant type', {}, 400, 'invalid_request'],
      ['another grant type', { grant_type: 'password', username: 'x', password: 'y' }, 400, 'unsupported_grant_type'],
      ['an unknown client', { grant_type: 'client_credentials', client_id: 'who', client_secret: CLIENT.secret }, 401, 'invalid_client'],
      ['a wrong secret', { grant_type: 'client_credentials', client_id: CLIENT.id, client_secret: 'guess' }, 401, 'unauthorized_client'],
    ])('refuses %s as Keycloak does', async (_name, form, status, error) => {
      const res = await tokenRequest(form as Record<string, string>);
      expect([res.status, ((await res.json()) as { error: string }).error]).toEqual([status, error]);
    });

    it('refuses a JSON body (the endpoint reads forms only) and GET', async () => {
      const json = await fetch(sky.tokenUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ grant_type: 'client_credentials' }) });
      expect(json.status).toBe(400);
      expect((await fetch(sky.tokenUrl)).status).toBe(405);
    });
  });

  describe('/api/states/all', () => {
    it('filters by box, in 17 fields or 18 with extended=1, with the credits left', async () => {
      const t = await token();
      const plain = await states(BOSTON, t);
      expect(plain.status).toBe(200);
      const body = (await plain.json()) as { time: number; states: unknown[][] };
      expect(body.states.map((s) => s[1])).toEqual(['UAL421  ']);
      expect(body.states[0]).toHaveLength(17);
      expect(plain.headers.get('x-rate-limit-remaining')).toMatch(/^\d+$/);
      const extended = (await (await states(`${BOSTON}&extended=1`, t)).json()) as typeof body;
      expect(extended.states[0]).toHaveLength(18);
      expect(extended.states[0][17]).toBe(4);
      const nowhere = (await (await states('lamin=0&lomin=0&lamax=1&lomax=1', t)).json()) as typeof body;
      expect(nowhere.states).toBeNull();
      const lima = (await (await states('lamin=-13&lomin=-78&lamax=-11&lomax=-76&icao24=E8027D', t)).json()) as typeof body;
      expect(lima.states.map((s) => s[0])).toEqual(['e8027d']);
    });

    it('moves the aircraft along their reported track, and keeps the one on the ground still', async () => {
      const t = await token();
      const at = async () => ((await (await states('lamin=-60&lomin=-100&lamax=60&lomax=-60', t)).json()) as { states: unknown[][] }).states;
      const before = await at();
      clock += 60_000;
      const after = await at();
      const ual = (rows: unknown[][]) => rows.find((r) => r[0] === 'ab1644') as number[];
      // 342° track: north and a little west.
      expect(ual(after)[6]).toBeGreaterThan(ual(before)[6]);
      expect(ual(after)[5]).toBeLessThan(ual(before)[5]);
      // 137.8 m/s for 60 s is 8.3 km, 0.07° of latitude at that heading.
      expect(ual(after)[6] - ual(before)[6]).toBeCloseTo(0.071, 2);
      const ground = (rows: unknown[][]) => rows.find((r) => r[0] === 'e8027e')!.slice(5, 7);
      expect(ground(after)).toEqual(ground(before));
      expect(LOOP_S).toBeGreaterThan(60);
    });

    it('answers history to an account (5 s resolution, at most an hour back) and ignores time for anonymous callers', async () => {
      const t = await token();
      const nowS = Math.floor(clock / 1000);
      const ago = (await (await states(`time=${nowS - 1803}&${BOSTON}`, t)).json()) as { time: number };
      expect(ago.time).toBe(nowS - 1803 - ((nowS - 1803) % 5));
      const tooOld = await states(`time=${nowS - 3601}&${BOSTON}`, t);
      expect(tooOld.status).toBe(400);
      const anonymous = (await (await states(`time=${nowS - 1803}&${BOSTON}`)).json()) as { time: number };
      expect(anonymous.time).toBe(nowS - (nowS % 10));
    });

    it('refuses an unknown or expired token with 401, and a half box or a bad number with 400', async () => {
      expect((await states(BOSTON, 'forged')).status).toBe(401);
      const t = await token();
      clock += 1801_000;
      expect((await states(BOSTON, t)).status).toBe(401);
      const fresh = await token();
      expect((await states('lamin=1&lomin=2', fresh)).status).toBe(400);
      expect((await states('lamin=a&lomin=2&lamax=3&lomax=4', fresh)).status).toBe(400);
      expect((await states('time=yesterday', fresh)).status).toBe(400);
    });

    it('charges credits by box area and answers 429 with the wait once they are spent', async () => {
      // Anonymous: 6 credits. A city box costs 1, no box 4.
      const first = await states(BOSTON);
      const left = Number(first.headers.get('x-rate-limit-remaining'));
      const whole = await states('');
      expect(Number(whole.headers.get('x-rate-limit-remaining'))).toBe(left - 4);
      let last = whole;
      for (let i = 0; i < 3 && last.status === 200; i++) last = await states(BOSTON);
      expect(last.status).toBe(429);
      const wait = Number(last.headers.get('x-rate-limit-retry-after-seconds'));
      expect(wait).toBeGreaterThan(0);
      expect(wait).toBeLessThanOrEqual(86_400);
      // Credits are per account: an authenticated caller is not affected. The next UTC day refills.
      expect((await states(BOSTON, await token())).status).toBe(200);
      clock += wait * 1000;
      expect((await states(BOSTON)).status).toBe(200);
    });
  });
});
