import { migrate } from '../db/migrate';
import { withClient } from '../db/throwaway-postgres';
import { setUpThrowawayPostgres } from '../db/throwaway-postgres-jest';
import { parseArgs } from './args';
import { copyRows } from './copy';
import { DEMO_ADMIN, DEMO_OUTSIDER, DEMO_STAFF, DEMO_USERS, uuidV5 } from './demo-users';
import { createContext, DEFAULT_UNTIL, generateOrganisation, generatePhenom, mediaObjects } from './generate';
import { seedDatabase } from './seed';
import { SEED_TABLES } from './tables';

const PHENOMS = 150;
// Seeding runs real PostgreSQL work; on a shared 2-core machine it can take a while.
jest.setTimeout(120_000);
const until = DEFAULT_UNTIL;

const { freshDatabase } = setUpThrowawayPostgres('seed_test');

async function migratedDatabase(): Promise<string> {
  const url = await freshDatabase();
  await migrate(url);
  return url;
}

/** A digest of every seeded table's full content, to compare two databases row for row. */
const tableDigests = (url: string) =>
  withClient(url, async (client) => {
    const digests: Record<string, string> = {};
    for (const table of Object.keys(SEED_TABLES)) {
      const { rows } = await client.query<{ digest: string | null }>(`SELECT md5(string_agg(t::text, '|' ORDER BY t::text)) AS digest FROM public.${table} t`);
      digests[table] = rows[0].digest ?? 'empty';
    }
    return digests;
  });

describe('generator', () => {
  it('gives the same data for the same seed and different data for another', () => {
    const a = createContext({ seed: 7, phenoms: PHENOMS, until });
    const b = createContext({ seed: 7, phenoms: PHENOMS, until });
    const other = createContext({ seed: 8, phenoms: PHENOMS, until });
    const first = Array.from({ length: 50 }, (_, i) => generatePhenom(a, i).row);
    expect(Array.from({ length: 50 }, (_, i) => generatePhenom(b, i).row)).toEqual(first);
    expect(generateOrganisation(b)).toEqual(generateOrganisation(a));
    const otherTitles = Array.from({ length: 50 }, (_, i) => generatePhenom(other, i).row.title);
    expect(otherTitles).not.toEqual(first.map((p) => p.title));
  });

  it('keeps phenom #i the same whatever the total, so scale data extends the demo data', () => {
    const small = createContext({ seed: 3, phenoms: 10, until });
    const large = createContext({ seed: 3, phenoms: 1_000_000, until });
    expect(generatePhenom(large, 9)).toEqual(generatePhenom(small, 9));
  });

  it('places sightings mostly in the local evening', () => {
    const ctx = createContext({ seed: 11, phenoms: 500, until });
    const phenoms = Array.from({ length: 500 }, (_, i) => generatePhenom(ctx, i).row).filter((p) => p.longitude !== null && ['second', 'minute'].includes(p.occurred_at_precision as string));
    const localHour = (p: (typeof phenoms)[number]) => (((p.occurred_at as Date).getUTCHours() + (p.longitude as number) / 15) % 24 + 24) % 24;
    const evening = phenoms.filter((p) => localHour(p) >= 18 || localHour(p) < 4);
    expect(evening.length / phenoms.length).toBeGreaterThan(0.8);
  });
});

describe('seeding a database', () => {
  let url: string;
  let baseline: Record<string, string>;
  beforeAll(async () => {
    url = await migratedDatabase();
    await seedDatabase(url, { seed: 5, phenoms: PHENOMS, until, reset: false });
    baseline = await tableDigests(url);
  }, 120_000);

  it('writes the same rows for the same seed, and other rows for another seed', async () => {
    const twin = await migratedDatabase();
    await seedDatabase(twin, { seed: 5, phenoms: PHENOMS, until, reset: false });
    expect(await tableDigests(twin)).toEqual(baseline);
    const other = await migratedDatabase();
    await seedDatabase(other, { seed: 6, phenoms: PHENOMS, until, reset: false });
    expect((await tableDigests(other)).phenom).not.toBe(baseline.phenom);
  });

  it('fills every table the UI reads', async () => {
    const counts = await withClient(url, async (client) => {
      const result: Record<string, number> = {};
      for (const table of Object.keys(SEED_TABLES)) result[table] = Number((await client.query(`SELECT count(*) AS n FROM public.${table}`)).rows[0].n);
      return result;
    });
    expect(counts.phenom).toBe(PHENOMS);
    for (const [table, n] of Object.entries(counts)) expect({ table, empty: n === 0 }).toEqual({ table, empty: false });
  });

  it('creates the demo accounts with their Cognito subs and the shared-list scenarios', async () => {
    await withClient(url, async (client) => {
      const users = await client.query<{ id: string; email: string; has_access: boolean }>('SELECT id, email, has_access FROM users WHERE email = ANY($1) ORDER BY email', [
        DEMO_USERS.map((u) => u.email),
      ]);
      const expected = DEMO_USERS.map((u) => ({ id: u.id, email: u.email, has_access: u.groups.includes('nest-access') }));
      expect(users.rows).toEqual(expected.sort((a, b) => a.email.localeCompare(b.email)));
      const shares = await client.query<{ user_id: string; can_edit: boolean }>(
        `SELECT s.user_id, s.can_edit FROM list_shares s JOIN lists l ON l.id = s.list_id WHERE l.owner_id = $1 AND l.name = 'Starlink trains' ORDER BY s.can_edit`,
        [DEMO_STAFF[0].id],
      );
      expect(shares.rows).toEqual([
        { user_id: DEMO_STAFF[1].id, can_edit: false },
        { user_id: DEMO_ADMIN.id, can_edit: true },
      ]);
      const itemShares = await client.query('SELECT 1 FROM item_shares WHERE user_id = $1', [DEMO_STAFF[0].id]);
      expect(itemShares.rowCount).toBeGreaterThan(0);
      const assigned = await client.query('SELECT 1 FROM phenom WHERE assignee_id = $1', [DEMO_STAFF[0].id]);
      expect(assigned.rowCount).toBeGreaterThan(0);
      const outsiderLists = await client.query('SELECT 1 FROM lists WHERE owner_id = $1 UNION ALL SELECT 1 FROM list_shares WHERE user_id = $1', [DEMO_OUTSIDER.id]);
      expect(outsiderLists.rowCount).toBe(0);
    });
  });

  it('does not audit generated history', async () => {
    const audit = await withClient(url, (client) => client.query('SELECT count(*)::int AS n FROM audit_log'));
    expect(audit.rows[0].n).toBe(0);
    // ...but the trigger is back on for real writes.
    await withClient(url, (client) => client.query(`UPDATE phenom SET title = 'Edited' WHERE id = (SELECT id FROM phenom LIMIT 1)`));
    const after = await withClient(url, (client) => client.query('SELECT count(*)::int AS n FROM audit_log'));
    expect(after.rows[0].n).toBe(1);
  });

  it('leaves the dashboard counts matching the seeded phenoms (their tally is kept by triggers the load turns off)', async () => {
    await withClient(url, async (client) => {
      const counted = await client.query<{ dimension: string; value: string; count: string }>(
        `SELECT 'total' AS dimension, '' AS value, count(*)::text AS count FROM phenom WHERE deleted_at IS NULL
         UNION ALL SELECT 'status', status, count(*)::text FROM phenom WHERE deleted_at IS NULL GROUP BY status
         UNION ALL SELECT 'outcome', outcome, count(*)::text FROM phenom WHERE deleted_at IS NULL GROUP BY outcome ORDER BY 1, 2`,
      );
      const reported = await client.query('SELECT dimension, value, count::text AS count FROM phenom_counts() ORDER BY 1, 2');
      expect(reported.rows).toEqual(counted.rows);
      expect(Number(counted.rows.find((r) => r.dimension === 'total')?.count)).toBeGreaterThan(0);
    });
  });

  it('refuses to seed over existing data unless told to reset', async () => {
    await expect(seedDatabase(url, { seed: 5, phenoms: PHENOMS, until, reset: false })).rejects.toThrow(/--reset/);
    const twin = await migratedDatabase();
    await seedDatabase(twin, { seed: 9, phenoms: 50, until, reset: false });
    await seedDatabase(twin, { seed: 5, phenoms: PHENOMS, until, reset: true });
    expect(await tableDigests(twin)).toEqual(baseline);
  });

  it('yields the S3 objects that the phenom_media rows describe', async () => {
    const rows = await withClient(url, (client) => client.query<{ s3_key: string; content_type: string; bytes: string; sha256: string }>('SELECT s3_key, content_type, bytes, sha256 FROM phenom_media'));
    const objects = [...mediaObjects({ seed: 5, phenoms: PHENOMS, until })];
    expect(objects.map((o) => o.key).sort()).toEqual(rows.rows.map((r) => r.s3_key).sort());
    const { createHash } = await import('node:crypto');
    for (const object of objects) {
      const row = rows.rows.find((r) => r.s3_key === object.key)!;
      expect({ contentType: object.contentType, bytes: object.body.length, sha256: createHash('sha256').update(object.body).digest('hex') }).toEqual({
        contentType: row.content_type,
        bytes: Number(row.bytes),
        sha256: row.sha256,
      });
      const magic = object.contentType === 'image/png' ? '89504e470d0a1a0a' : '52494646';
      expect(object.body.subarray(0, magic.length / 2).toString('hex')).toBe(magic);
    }
  });
});

describe('copy encoding', () => {
  it('stores text with tabs, newlines, backslashes and NULLs unchanged', async () => {
    const url = await migratedDatabase();
    const tricky = 'line one\nline\ttwo \\N not null\\ and a \r return';
    await withClient(url, async (client) => {
      await copyRows(client, 'teams', [{ id: uuidV5('team:tricky'), name: 'Tricky', description: tricky, created_at: until, updated_at: until }]);
      await copyRows(client, 'users', [{ id: 'x', email: 'x@nest.local', display_name: '', avatar_key: null, has_access: false, created_at: until, last_seen_at: null }]);
      expect((await client.query('SELECT description FROM teams')).rows).toEqual([{ description: tricky }]);
      expect((await client.query('SELECT avatar_key, last_seen_at FROM users')).rows).toEqual([{ avatar_key: null, last_seen_at: null }]);
    });
  });
});

describe('demo users', () => {
  it('derive their ids as standard version-5 UUIDs', () => {
    // RFC 4122 example: the DNS namespace and www.example.com.
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(new Set(DEMO_USERS.map((u) => u.id)).size).toBe(DEMO_USERS.length);
    expect(DEMO_ADMIN.groups).toEqual(['nest-access', 'nest-admin']);
    expect(DEMO_OUTSIDER.groups).toEqual([]);
  });
});

describe('command line', () => {
  it('reads options and rejects nonsense with the usage', () => {
    expect(parseArgs(['--phenoms', '1000000', '--seed=4', '--reset'])).toMatchObject({ phenoms: 1_000_000, seed: 4, reset: true });
    expect(parseArgs([])).toMatchObject({ phenoms: 2000, reset: false });
    expect(() => parseArgs(['--phenoms', '-3'])).toThrow(/--phenoms.*\n.*usage/s);
    expect(() => parseArgs(['--colour', 'red'])).toThrow(/usage/);
    expect(() => parseArgs(['phenoms'])).toThrow(/unexpected argument/);
  });
});
