import type { Phenom_Bool_Exp } from '@/graphql/generated/graphql';
import { toPhenomWhere, type PhenomFilters } from '@/lib/phenoms/filters';
import type { MapClustersBody } from '@/lib/map/clusters';
import { cellBox } from '@/lib/map/grid';
import { setUpApiStack, type StaffMember } from '@/local/test/api-stack';
import { GET } from './route';

// The clusters against the real engine and database: at every zoom the counts add up to the number of rows the
// phenom table counts for the same filters (its own phenom_aggregate), on the summary path (zoom 0–6) and the
// row path (deeper, or a search, or status and a time range together), and they stay exact as phenoms change.

const stack = setUpApiStack('map_clusters');
let staff: StaffMember;

const STATUSES = ['new', 'triage', 'investigating', 'resolved', 'archived'] as const;
const OUTCOMES = ['unknown', 'aircraft', 'starlink', 'balloon'] as const;

/** mulberry32: the same pseudo-random fixtures on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Two groups: phenoms all over the world (seen whole at zoom 0–2), and phenoms within ~60 m of a square in Lyon
// (a box around them stays within the cell limit at every zoom, down to 2 m cells).
const LYON = { west: 4.8320, south: 45.7570, east: 4.8328, north: 45.7576 };
const WORLD = { west: -180, south: -90, east: 180, north: 90 };

beforeAll(async () => {
  staff = await stack.staff({ name: 'map-analyst' });
  const next = random(12);
  const rows: unknown[][] = [];
  for (let i = 0; i < 400; i++) {
    const lyon = i % 2 === 0;
    const lat = lyon ? LYON.south + next() * (LYON.north - LYON.south) : -88 + next() * 176;
    const lng = lyon ? LYON.west + next() * (LYON.east - LYON.west) : -180 + next() * 360;
    // Occurred over 2025 and 2026, at any minute: month and day edges fall inside the ranges below.
    const occurred = new Date(Date.UTC(2025, 0, 1) + Math.floor(next() * 730 * 24 * 60) * 60_000).toISOString();
    const positioned = i % 17 !== 0;
    rows.push([`Map fixture ${i}`, occurred, positioned ? lat : null, positioned ? lng : null, STATUSES[i % 5], OUTCOMES[i % 4], i % 23 === 0 ? 'now()' : null, i % 7 === 0 ? 'Fourvière' : 'Lyon']);
  }
  // A few on the very edges: the poles (off the Mercator square) and the antimeridian.
  rows.push(['North pole', '2025-06-01T00:00:00Z', 90, 0, 'new', 'unknown', null, null], ['Dateline', '2025-06-01T00:00:00Z', 0, 180, 'new', 'unknown', null, null], ['South pole', '2025-06-01T00:00:00Z', -90, -180, 'new', 'unknown', null, null]);
  const values = rows.map((_, r) => `($${r * 8 + 1}, $${r * 8 + 2}, $${r * 8 + 3}, $${r * 8 + 4}, $${r * 8 + 5}, $${r * 8 + 6}, CASE WHEN $${r * 8 + 7}::text IS NULL THEN NULL ELSE now() END, $${r * 8 + 8})`);
  await stack.sql(`INSERT INTO public.phenom (title, occurred_at, latitude, longitude, status, outcome, deleted_at, location_name) VALUES ${values.join(', ')}`, rows.flat());
});

type Filters = Pick<PhenomFilters, 'q' | 'status' | 'outcome' | 'from' | 'to'>;
const NONE: Filters = { q: '', status: [], outcome: [] };

/** The query string the map sends: the table's filter parameters, the box and the zoom. */
function clustersPath(box: typeof WORLD, zoom: number, f: Filters): string {
  const p = new URLSearchParams({ bbox: [box.west, box.south, box.east, box.north].join(','), zoom: String(zoom) });
  if (f.q) p.set('q', f.q);
  if (f.status.length) p.set('status', f.status.join(','));
  if (f.outcome.length) p.set('outcome', f.outcome.join(','));
  if (f.from) p.set('from', f.from);
  if (f.to) p.set('to', f.to);
  return `/api/map/clusters?${p}`;
}

async function clusters(box: typeof WORLD, zoom: number, f: Filters): Promise<MapClustersBody> {
  const res = await stack.call(GET, { path: clustersPath(box, zoom, f), as: staff });
  expect(res.status).toBe(200);
  return (await res.json()) as MapClustersBody;
}

/** What the phenom table counts for these filters, in a box (its own aggregate, as staff). */
async function tableCount(box: typeof WORLD, f: Filters): Promise<number> {
  const where: Phenom_Bool_Exp = { _and: [toPhenomWhere(f), { latitude: { _gte: box.south, _lte: box.north } }, { longitude: { _gte: box.west, _lte: box.east } }] };
  const res = await fetch(stack.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${staff.token}`, 'x-hasura-role': 'nest-access' },
    body: JSON.stringify({ query: 'query ($w: phenom_bool_exp!) { phenom_aggregate(where: $w) { aggregate { count } } }', variables: { w: where } }),
  });
  const body = (await res.json()) as { data: { phenom_aggregate: { aggregate: { count: number } } } };
  return body.data.phenom_aggregate.aggregate.count;
}

const FILTERS: [string, Filters][] = [
  ['no filter', NONE],
  ['one status', { ...NONE, status: ['new'] }],
  ['statuses and outcomes', { ...NONE, status: ['triage', 'resolved'], outcome: ['aircraft', 'starlink'] }],
  ['days inside months', { ...NONE, from: '2025-03-17', to: '2026-02-09' }],
  ['whole months', { ...NONE, from: '2025-04-01', to: '2025-09-30' }],
  ['from only', { ...NONE, from: '2026-05-20' }],
  ['to only', { ...NONE, to: '2025-02-03' }],
  ['within one month', { ...NONE, from: '2025-07-04', to: '2025-07-21' }],
  ['a status and a time range', { ...NONE, status: ['investigating'], from: '2025-05-05', to: '2026-01-01' }],
  ['a search', { ...NONE, q: 'fourvière' }],
];

describe('GET /api/map/clusters', () => {
  it.each(FILTERS)('counts every phenom of the world at zoom 0–2: %s', async (_name, f) => {
    const expected = await tableCount(WORLD, f);
    expect(expected).toBeGreaterThan(0);
    let lastClusters = 0;
    for (const zoom of [0, 1, 2]) {
      const body = await clusters(WORLD, zoom, f);
      expect({ zoom, total: body.clusters.reduce((n, c) => n + c.count, 0) }).toEqual({ zoom, total: expected });
      expect(body.total).toBe(expected);
      // The world is split into cells, not one lump, and more of them deeper in.
      expect(body.clusters.length).toBeGreaterThan(Math.min(expected - 1, 1));
      expect(body.clusters.length).toBeGreaterThanOrEqual(lastClusters);
      lastClusters = body.clusters.length;
    }
  });

  it.each(FILTERS)('counts every phenom in the cells around the square at zoom 0–22: %s', async (_name, f) => {
    const expected = await tableCount(LYON, f);
    expect(expected).toBeGreaterThan(0);
    for (let zoom = 0; zoom <= 22; zoom++) {
      // Whole cells count: at low zooms the square's cell holds fixtures from elsewhere too.
      const inCells = await tableCount(cellBox(LYON, zoom), f);
      const body = await clusters(LYON, zoom, f);
      expect({ zoom, total: body.clusters.reduce((n, c) => n + c.count, 0) }).toEqual({ zoom, total: inCells });
      expect(inCells).toBeGreaterThanOrEqual(expected);
    }
    expect((await clusters(LYON, 22, f)).total).toBe(expected);
    // Deep enough, most phenoms stand alone: a point that names its phenom, inside the box.
    const deep = await clusters(LYON, 22, f);
    const alone = deep.clusters.filter((c) => c.phenom);
    expect(alone.length).toBeGreaterThan(expected / 2);
    for (const c of alone) {
      expect(c).toMatchObject({ count: 1, phenom: { id: expect.any(String), title: expect.stringMatching(/^Map fixture \d+$/) } });
      expect(c.lat).toBeGreaterThanOrEqual(LYON.south - 1e-5);
      expect(c.lat).toBeLessThanOrEqual(LYON.north + 1e-5);
    }
  });

  it('names the phenom of a cell of one with what its popup shows', async () => {
    const deep = await clusters(LYON, 22, NONE);
    const one = deep.clusters.find((c) => c.phenom)!;
    const [row] = await stack.sql<{ title: string; status: string; latitude: number; longitude: number }>('SELECT title, status, latitude, longitude FROM public.phenom WHERE id = $1', [one.phenom!.id]);
    expect(one).toMatchObject({ lat: Number(row.latitude.toFixed(5)), lng: Number(row.longitude.toFixed(5)), phenom: { title: row.title, status: row.status } });
  });

  it('stays exact as phenoms are added, moved, re-screened, soft-deleted and deleted', async () => {
    const before = await clusters(WORLD, 1, NONE);
    const beforeNew = await clusters(WORLD, 1, { ...NONE, status: ['new'] });
    await stack.sql(`INSERT INTO public.phenom (title, occurred_at, latitude, longitude, status) VALUES ('Added', '2025-08-08T08:08:00Z', 10, 10, 'new'), ('Added 2', '2025-08-09T08:08:00Z', -33.9, 18.4, 'triage')`);
    await stack.sql(`UPDATE public.phenom SET latitude = -latitude, longitude = -longitude WHERE title LIKE 'Map fixture 1%'`);
    await stack.sql(`UPDATE public.phenom SET status = 'new' WHERE title LIKE 'Map fixture 2%' AND status <> 'new'`);
    await stack.sql(`UPDATE public.phenom SET deleted_at = now() WHERE title LIKE 'Map fixture 3%' AND deleted_at IS NULL`);
    await stack.sql(`UPDATE public.phenom SET title = title || ' (seen again)' WHERE title LIKE 'Map fixture 4%'`);
    await stack.sql(`DELETE FROM public.phenom WHERE title LIKE 'Map fixture 5%'`);
    for (const [, f] of FILTERS) {
      const expected = await tableCount(WORLD, f);
      for (const zoom of [0, 2]) expect({ f, zoom, total: (await clusters(WORLD, zoom, f)).total }).toEqual({ f, zoom, total: expected });
    }
    // The changes above did change the counts (the test would prove nothing otherwise).
    expect((await clusters(WORLD, 1, NONE)).total).not.toBe(before.total);
    expect((await clusters(WORLD, 1, { ...NONE, status: ['new'] })).total).not.toBe(beforeNew.total);
    // The kept summaries equal ones built from scratch.
    const scratch = (table: string, key: string, keyFromRow: string) =>
      `WITH kept AS (SELECT level::int, x, y, ${key}, n FROM phenom_map.${table} WHERE n > 0),
            fresh AS (SELECT level, phenom_map.x(longitude, level) AS x, phenom_map.y(latitude, level) AS y, ${keyFromRow}, count(*)::int AS n
              FROM public.phenom CROSS JOIN generate_series(3, 9) level WHERE deleted_at IS NULL AND latitude IS NOT NULL GROUP BY 1, 2, 3, 4${key.includes(',') ? ', 5' : ''})
       SELECT (SELECT count(*) FROM (SELECT * FROM kept EXCEPT SELECT * FROM fresh) a)::int + (SELECT count(*) FROM (SELECT * FROM fresh EXCEPT SELECT * FROM kept) b)::int AS n`;
    expect(await stack.sql(scratch('by_month', 'month', 'phenom_map.month_of(occurred_at) AS month'))).toEqual([{ n: 0 }]);
    expect(await stack.sql(scratch('by_kind', 'status, outcome', 'status, outcome'))).toEqual([{ n: 0 }]);
    const [{ kept }] = await stack.sql<{ kept: number }>('SELECT sum(n)::int AS kept FROM phenom_map.by_kind WHERE level = 3');
    expect(kept).toBe(await tableCount(WORLD, NONE));
  });

  it('crosses the antimeridian when west is east of east', async () => {
    const box = { west: 170, south: -60, east: -170, north: 60 };
    const body = await clusters(box, 2, NONE);
    // Whole cells count: at zoom 2 a cell is 11.25° wide, so the box's cells run from 168.75° east to 168.75° west.
    const east = cellBox({ ...box, east: 180 }, 2);
    const west = cellBox({ ...box, west: -180 }, 2);
    const expected = (await tableCount(east, NONE)) + (await tableCount(west, NONE));
    expect(expected).toBeGreaterThan(0);
    expect(body.total).toBe(expected);
    expect(body.clusters.every((c) => c.lng >= 168.75 || c.lng <= -168.75)).toBe(true);
  });

  it('refuses a box of more cells than one answer may hold, and a stranger', async () => {
    const res = await stack.call(GET, { path: '/api/map/clusters?bbox=-180,-90,180,90&zoom=3', as: staff });
    expect(res.status).toBe(422);
    expect((await res.json()).error).toMatchObject({ field: 'bbox', message: expect.stringContaining('at most 2500') });
    expect((await stack.call(GET, { path: '/api/map/clusters?bbox=-180,-90,180,90&zoom=0' })).status).toBe(401);
  });
});
