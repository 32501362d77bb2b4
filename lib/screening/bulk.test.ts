import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import { InsertScreeningRunDocument } from '@/graphql/generated/graphql';
import { hasuraFetch } from '@/lib/hasura';
import { setUpApiStack } from '@/local/test/api-stack';
import { bodiesProvider } from './bodies';
import { screenInBulk, type Executor } from './bulk';
import { ProviderError } from './provider-error';
import { liveProviders } from './server';
import { describeWithData, REFERENCE_DATA_DIR } from './testing/reference-data';
import type { SkyProvider } from './types';

const stack = setUpApiStack('screening_bulk');

describeWithData('screening in bulk', ['tle/celestrak-iss-25544-2020-11-07.tle'], () => {
  let execute: Executor;
  let ids: string[];
  beforeAll(async () => {
    process.env.SCREENING_ELEMENTS_DIR = path.join(REFERENCE_DATA_DIR, 'tle');
    process.env.SCREENING_CACHE_DIR = mkdtempSync(path.join(os.tmpdir(), 'screening-bulk-'));
    process.env.CELESTRAK_URL = 'http://127.0.0.1:9/';
    const staff = await stack.staff({ name: 'bulk' });
    execute = (doc, variables) => hasuraFetch(doc, variables, { token: staff.token, url: stack.graphqlUrl });
    const rows = await stack.sql<{ id: string }>(
      `INSERT INTO public.phenom (title, occurred_at, latitude, longitude, altitude_m) VALUES
         ('Tulsa', '2020-11-11T12:06:00Z', 36.154, -95.993, 200),
         ('Tulsa earlier', '2020-11-11T12:03:00Z', 36.154, -95.993, 200),
         ('Long ago', '2019-01-01T00:00:00Z', 10, 10, 0) RETURNING id`,
    );
    ids = rows.map((r) => r.id);
    await stack.sql(`INSERT INTO public.phenom (title, occurred_at) VALUES ('No position', '2020-11-11T12:00:00Z')`);
  });

  it('stores one bulk run per positioned phenom since the time, with progress, the ISS found where it was', async () => {
    const seen: number[] = [];
    const { lines, progress } = await screenInBulk({ sinceMs: Date.parse('2020-11-01T00:00:00Z'), execute, providersFor: liveProviders, pageSize: 1, onProgress: (p) => seen.push(p.done) });
    expect(progress).toEqual({ done: 2, stored: 2, failed: 0, skipped: 0 });
    expect(seen).toEqual([1, 2]);
    expect(lines.map((l) => l.status)).toEqual(['stored', 'stored']);
    // No direction was reported: every visual candidate is "possible", brightest first (the Moon, then the ISS).
    const runs = await stack.sql<{ phenom_id: string; trigger: string; objects: string[] }>(
      `SELECT r.phenom_id, r.trigger, array(SELECT c.object_id FROM public.screening_candidate c WHERE c.run_id = r.id ORDER BY c.rank) AS objects FROM public.screening_run r WHERE r.trigger = 'bulk'`,
    );
    expect(runs.find((r) => r.phenom_id === ids[0])).toMatchObject({ trigger: 'bulk', objects: expect.arrayContaining(['moon', '25544']) });
    expect(runs.find((r) => r.phenom_id === ids[1])?.objects).not.toContain('25544');
    expect(runs.some((r) => r.phenom_id === ids[2])).toBe(false);
    // The first screening parses the element folder (the 26,000-set catalogue among it): slow on a loaded machine.
  }, 120_000);

  it('a provider that fails is reported for the phenom, and its run is still stored with the other providers’ answers', async () => {
    const down: SkyProvider = { name: 'aircraft', sky: () => Promise.reject(new ProviderError('OpenSky answered 429', 'upstream')) };
    const { lines } = await screenInBulk({ sinceMs: Date.parse('2020-11-11T12:05:00Z'), execute, providersFor: async () => [down, bodiesProvider()] });
    expect(lines).toEqual([{ phenomId: ids[0], status: 'stored-with-gaps', detail: expect.stringMatching(/provider failed: aircraft: OpenSky answered 429$/) }]);
    const [run] = await stack.sql<{ failed_providers: number }>(`SELECT failed_providers FROM public.screening_run WHERE phenom_id = $1 ORDER BY created_at DESC LIMIT 1`, [ids[0]]);
    expect(run.failed_providers).toBe(1);
  });

  it('a run that cannot be stored is reported for that phenom and the others go on', async () => {
    let calls = 0;
    const flaky: Executor = async (doc, variables) => {
      if ((doc as unknown) === InsertScreeningRunDocument && calls++ === 0) return { ok: false, error: { message: 'The GraphQL engine did not answer in time' } };
      return execute(doc, variables);
    };
    const { lines, progress } = await screenInBulk({ sinceMs: Date.parse('2020-11-01T00:00:00Z'), execute: flaky, providersFor: async () => [bodiesProvider()] });
    expect(progress).toMatchObject({ done: 2, stored: 1, failed: 1 });
    expect(lines.find((l) => l.status === 'failed')?.detail).toBe('not stored: The GraphQL engine did not answer in time');
  });
});
