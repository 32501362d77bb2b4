import http from 'node:http';
import path from 'node:path';
import { startOpenSkyStandIn, type OpenSkyStandIn } from '@/local/opensky/server';
import { describeWithData, REFERENCE_DATA_DIR } from '@/lib/screening/testing/reference-data';
import { OpenSkyClient, type OpenSkyConfig } from './client';
import { AircraftFeed } from './feed';

// The client against local/opensky (which speaks OpenSky's format and refuses what OpenSky refuses).
const CLIENT = { clientId: 'nest-client-test', clientSecret: 'client-test-secret' };
const BOSTON = { west: -72, south: 42, east: -70, north: 43.5 };
let clock = Date.parse('2026-12-02T12:00:00Z');
let sky: OpenSkyStandIn;

beforeAll(async () => {
  sky = await startOpenSkyStandIn({ dataDir: path.join(REFERENCE_DATA_DIR, 'opensky'), clients: { [CLIENT.clientId]: CLIENT.clientSecret }, now: () => clock, tokenLifetimeS: 1800, credits: { anonymous: 3, user: 1000 } });
});
afterAll(() => sky.close());

const client = (extra: Partial<OpenSkyConfig> = {}) => new OpenSkyClient({ apiUrl: sky.apiUrl, tokenUrl: sky.tokenUrl, credentials: CLIENT, now: () => clock, ...extra });

describeWithData('OpenSkyClient', ['opensky/states-all-2023-05-07T194544Z.json'], () => {
  it('authenticates once, reuses the token until shortly before it expires, then fetches a new one', async () => {
    const c = client();
    const tokensBefore = sky.counts.tokens;
    for (let i = 0; i < 3; i++) {
      const r = await c.states({ box: BOSTON, extended: true });
      expect(r.ok && r.data.response.states?.map((s) => s[0])).toEqual(['ab1644']);
      expect(r.ok && r.data).toMatchObject({ access: 'oauth', creditsRemaining: expect.any(Number) });
    }
    expect(sky.counts.tokens - tokensBefore).toBe(1);
    // 29 minutes on: still the same token. 29 m 40 s: within 30 s of expiry, so a new one.
    clock += 29 * 60_000;
    await c.states({ box: BOSTON });
    expect(sky.counts.tokens - tokensBefore).toBe(1);
    clock += 40_000;
    const renewed = await c.states({ box: BOSTON });
    expect(renewed.ok).toBe(true);
    expect(sky.counts.tokens - tokensBefore).toBe(2);
  });

  it('fetches a new token once on a 401 and answers; concurrent callers share the new token', async () => {
    const c = client();
    await c.states({ box: BOSTON });
    const tokensBefore = sky.counts.tokens;
    sky.revokeTokens();
    const results = await Promise.all([c.states({ box: BOSTON }), c.states({ box: BOSTON })]);
    expect(results.map((r) => r.ok)).toEqual([true, true]);
    expect(sky.counts.tokens - tokensBefore).toBe(1);
  });

  it('reports refused credentials as an auth failure, naming the settings to check', async () => {
    const r = await client({ credentials: { clientId: CLIENT.clientId, clientSecret: 'wrong' } }).states({ box: BOSTON });
    expect(r).toEqual({ ok: false, error: { kind: 'auth', message: expect.stringContaining('unauthorized_client') } });
  });

  it('asks for history with time=, and reports OpenSky’s refusal of a time over an hour back', async () => {
    const c = client();
    const nowS = Math.floor(clock / 1000);
    const r = await c.states({ box: BOSTON, time: nowS - 600 });
    expect(r.ok && r.data.response.time).toBe(nowS - 600 - ((nowS - 600) % 5));
    expect(r.ok && new URL(r.data.url).searchParams.get('time')).toBe(String(nowS - 600));
    const old = await c.states({ box: BOSTON, time: nowS - 7200 });
    expect(old).toMatchObject({ ok: false, error: { kind: 'bad_request' } });
  });

  it('anonymous: no token, says so; a 429 is honoured: nothing is sent until the retry time', async () => {
    const c = client({ credentials: undefined });
    expect(c.access).toBe('anonymous');
    const tokensBefore = sky.counts.tokens;
    const ok = await c.states({ box: BOSTON });
    expect(ok.ok && ok.data.access).toBe('anonymous');
    let r = ok;
    for (let i = 0; i < 4 && r.ok; i++) r = await c.states({ box: BOSTON });
    expect(r.ok).toBe(false);
    if (r.ok || r.error.kind !== 'rate_limited') throw new Error(`expected a 429, got ${JSON.stringify(r)}`);
    expect(r.error.retryAfterS).toBeGreaterThan(0);
    const sent = sky.counts.states;
    const again = await c.states({ box: BOSTON });
    expect(again).toMatchObject({ ok: false, error: { kind: 'rate_limited' } });
    expect(sky.counts.states).toBe(sent);
    expect(sky.counts.tokens).toBe(tokensBefore);
    clock += r.error.retryAfterS * 1000;
    expect(c.retryAfterS()).toBe(0);
    expect((await c.states({ box: BOSTON })).ok).toBe(true);
  });

  it('reports an unreachable service, a timeout and a body that is not a states response', async () => {
    const down = await new OpenSkyClient({ apiUrl: 'http://127.0.0.1:9/api', tokenUrl: 'http://127.0.0.1:9/token' }).states({ box: BOSTON });
    expect(down).toMatchObject({ ok: false, error: { kind: 'unreachable' } });
    const bodies = ['{"time":1,"states":[["ab1644"]]}', 'not json', '{"states":[]}'];
    let hang = false;
    const server = http.createServer((req, res) => {
      if (hang) return; // never answers
      res.writeHead(200, { 'content-type': 'application/json' }).end(bodies.shift());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const odd = new OpenSkyClient({ apiUrl: `http://127.0.0.1:${port}/api`, tokenUrl: 'http://127.0.0.1:9/token', timeoutMs: 300 });
    for (let i = 0; i < 3; i++) expect(await odd.states({ box: BOSTON })).toMatchObject({ ok: false, error: { kind: 'upstream' } });
    hang = true;
    expect(await odd.states({ box: BOSTON })).toMatchObject({ ok: false, error: { kind: 'timeout' } });
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
});

describeWithData('AircraftFeed', ['opensky/states-all-2023-05-07T194544Z.json'], () => {
  it('answers a box from its cache for 5 s, shares one upstream call between concurrent callers, then asks again', async () => {
    const feed = new AircraftFeed(client(), { now: () => clock });
    const sent = sky.counts.states;
    const [a, b] = await Promise.all([feed.states(BOSTON), feed.states(BOSTON)]);
    expect([a.ok, b.ok]).toEqual([true, true]);
    expect(sky.counts.states - sent).toBe(1);
    clock += 4_000;
    const c = await feed.states(BOSTON);
    expect(c.ok && c.data.cached).toBe(true);
    expect(sky.counts.states - sent).toBe(1);
    clock += 1_500;
    const d = await feed.states(BOSTON);
    expect(d.ok && d.data.cached).toBe(false);
    expect(sky.counts.states - sent).toBe(2);
    // Another box is another entry.
    await feed.states({ ...BOSTON, west: -73 });
    expect(sky.counts.states - sent).toBe(3);
  });
});
