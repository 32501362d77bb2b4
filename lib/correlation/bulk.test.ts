import path from 'node:path';
import { hasuraFetch } from '@/lib/hasura';
import type { Executor } from '@/lib/screening/bulk';
import { describeWithData, REFERENCE_DATA_DIR } from '@/lib/screening/testing/reference-data';
import { startRadarBoxStandIn, type RadarBoxStandIn } from '@/local/radarbox/server';
import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { correlateInBulk } from './bulk';
import { correlateCommand } from './cli/correlate';
import { progressReporter } from './cli/progress';
import { correlateLive } from './server';

// `npm run correlate` against the real engine and database, RadarBox's stand-in for the 2023 reports and an
// OpenSky that cannot be reached for the recent one: everything stored, a second run does nothing new, a failed
// one is tried again, and a stop between phenoms leaves whole correlations only.
const stack = setUpApiStack('correlation_bulk');
const KEY = 'bulk-test-radarbox-key';

describeWithData('bulk correlation (npm run correlate)', ['opensky/flights-tracks-samples.json'], () => {
  let staff: StaffMember;
  let rb: RadarBoxStandIn;
  let env: Record<string, string | undefined>;
  const out = () => {
    const text: string[] = [];
    return { text, stream: { write: (t: string) => text.push(t) } };
  };

  beforeAll(async () => {
    rb = await startRadarBoxStandIn({ dataDir: path.join(REFERENCE_DATA_DIR, 'opensky'), apiKeys: [KEY] });
    staff = await stack.staff({ name: 'bulk-correlator' });
    env = { HASURA_GRAPHQL_URL: stack.graphqlUrl, NEST_ID_TOKEN: staff.token, RADARBOX_API_URL: rb.apiUrl, RADARBOX_API_KEY: KEY, OPENSKY_API_URL: 'http://127.0.0.1:9/api', OPENSKY_TOKEN_URL: 'http://127.0.0.1:9/token', OPENSKY_CLIENT_ID: 'nest-bulk', OPENSKY_CLIENT_SECRET: 'unreachable' };
    await stack.sql(
      `INSERT INTO public.phenom (title, occurred_at, latitude, longitude) VALUES
         ('KC one', '2023-02-03T19:18:54Z', 39.05, -94.59), ('KC two', '2023-02-03T19:13:00Z', 39.06, -94.60),
         ('Recent', now() - interval '10 minutes', 42.36, -71.06), ('Nowhere', '2023-02-03T19:18:54Z', NULL, NULL)`,
    );
    const [one] = await stack.sql<{ id: string }>(`SELECT id FROM public.phenom WHERE title = 'KC one'`);
    await stack.sql(`INSERT INTO public.phenom_coords (phenom_id, t, bearing_deg, elevation_deg) VALUES ($1, '2023-02-03T19:18:54Z', 340, 2)`, [one.id]);
  });
  afterAll(() => rb.close());

  const count = async () => (await stack.sql<{ status: string; n: number }>(`SELECT status, count(*)::int AS n FROM public.aircraft_correlation GROUP BY status ORDER BY status`));

  it('correlates each positioned phenom once, reports a provider failure, and a second run only retries the failure', async () => {
    const stdout = out();
    const stderr = out();
    expect(await correlateCommand(['--since', '2023-01-01T00:00:00Z'], env, { stdout: stdout.stream, stderr: stderr.stream })).toBe(1);
    expect(await count()).toEqual([{ status: 'failed', n: 1 }, { status: 'ok', n: 2 }]);
    // Not a terminal: plain lines, the last one the totals.
    expect(stderr.text.join('')).toMatch(/^\[#{30}\] 100% 3 of 3 phenoms · 2 correlated · \d possible aircraft · 0 skipped · 1 failed\n$/);
    expect(stdout.text.join('')).toMatch(/ stored-failed: Aircraft could not be checked: OpenSky could not be reached/);
    const rows = await stack.sql<{ trigger: string; created_by: string; provider: string }>(`SELECT DISTINCT trigger, created_by, provider FROM public.aircraft_correlation WHERE status = 'ok'`);
    expect(rows).toEqual([{ trigger: 'bulk', created_by: staff.id, provider: 'radarbox' }]);

    const again = out();
    expect(await correlateCommand(['--since', '2023-01-01T00:00:00Z'], env, { stdout: out().stream, stderr: again.stream })).toBe(1);
    expect(await count()).toEqual([{ status: 'failed', n: 2 }, { status: 'ok', n: 2 }]);
    expect(again.text.join('')).toMatch(/3 of 3 phenoms · 0 correlated · 0 possible aircraft · 2 skipped · 1 failed/);
  });

  it('stops between phenoms when asked: what was done is stored whole, a rerun goes on', async () => {
    await stack.sql('DELETE FROM public.aircraft_correlation');
    const stop = new AbortController();
    const execute: Executor = (doc, variables) => hasuraFetch(doc, variables, { token: staff.token, url: stack.graphqlUrl });
    const first = await correlateInBulk({ sinceMs: Date.parse('2023-01-01T00:00:00Z'), execute, correlateOne: (r) => correlateLive(r, Date.now(), env), signal: stop.signal, onProgress: (p) => p.done === 1 && stop.abort() });
    expect(first).toMatchObject({ stopped: true, progress: { done: 1 } });
    const [{ n, matches }] = await stack.sql<{ n: number; matches: number }>('SELECT count(*)::int AS n, (SELECT count(*)::int FROM public.aircraft_correlation_match) AS matches FROM public.aircraft_correlation');
    expect(n).toBe(1);
    expect(matches).toBeLessThanOrEqual(1);
    const rest = await correlateInBulk({ sinceMs: Date.parse('2023-01-01T00:00:00Z'), execute, correlateOne: (r) => correlateLive(r, Date.now(), env) });
    // Phenoms go in id order (random uuids): the first one done was either a RadarBox one (kept, skipped now) or the
    // recent one whose OpenSky is unreachable (failed, so tried again).
    const firstFailed = first.lines[0].status === 'stored-failed';
    expect(rest).toMatchObject({ stopped: false, progress: { done: 3, skipped: firstFailed ? 0 : 1 } });
    expect((await count()).reduce((s, r) => s + r.n, 0)).toBe(firstFailed ? 4 : 3);
  });

  it('bad arguments and settings are one line naming what is wrong', async () => {
    await expect(correlateCommand(['--since', 'yesterday'], env)).rejects.toThrow(/^--since: must be a duration/);
    await expect(correlateCommand(['--since', '24h'], { ...env, NEST_ID_TOKEN: undefined })).rejects.toThrow(/^NEST_ID_TOKEN: /);
    await expect(correlateCommand(['--since', '24h'], { ...env, CORRELATION_MAX_SEPARATION_DEG: 'wide' })).rejects.toThrow(/CORRELATION_MAX_SEPARATION_DEG/);
  });
});

describe('the progress bar', () => {
  const p = { total: 200, done: 100, stored: 90, possible: 7, skipped: 5, failed: 5 };
  it('on a terminal, one bar redrawn in place', () => {
    const text: string[] = [];
    const r = progressReporter({ isTTY: true, write: (t) => text.push(t) });
    r.update({ ...p, done: 1 });
    r.update(p);
    r.end({ ...p, done: 200 }, false);
    expect(text).toEqual([
      '\r[.........................] 0% 1 of 200 phenoms · 90 correlated · 7 possible aircraft · 5 skipped · 5 failed'.replace('[.........................]', `[${'.'.repeat(30)}]`),
      `\r[${'#'.repeat(15)}${'.'.repeat(15)}] 50% 100 of 200 phenoms · 90 correlated · 7 possible aircraft · 5 skipped · 5 failed`,
      `\r[${'#'.repeat(30)}] 100% 200 of 200 phenoms · 90 correlated · 7 possible aircraft · 5 skipped · 5 failed\n`,
    ]);
  });

  it('not a terminal: a plain line every 50 phenoms and at the end, and how to go on after a stop', () => {
    const text: string[] = [];
    const r = progressReporter({ isTTY: false, write: (t) => text.push(t) });
    for (let done = 1; done <= 120; done++) r.update({ ...p, done });
    r.end({ ...p, done: 120 }, true);
    expect(text.map((t) => t.match(/(\d+) of 200/)?.[1] ?? t)).toEqual(['50', '100', '120', 'Stopped. Run the same command again to go on: phenoms already correlated are skipped.\n']);
    expect(text.every((t) => t.endsWith('\n') && !t.includes('\r'))).toBe(true);
  });
});
