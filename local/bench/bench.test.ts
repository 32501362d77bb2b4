import { percentile, summarize } from './load';
import { replaceSection } from './report';
import { MIN_ROWS, PAGE_SIZE, pageIds, pageRequests } from './workload';
import { STATUSES, TEAMS } from './dataset';
import { area } from './profile-summary';

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const sorted = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(sorted, 50)).toBe(50);
    expect(percentile(sorted, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });

  it('summarizes unsorted samples', () => {
    expect(summarize([5, 1, 3])).toEqual({ count: 3, p50: 3, p99: 5, mean: 3 });
  });
});

describe('replaceSection', () => {
  const doc = '# Benchmarks\n\nintro\n\n## Seed\n\nseed figures\n\n## GraphQL engine\n\nold figures\n\n## Later\n\nlater text\n';

  it('replaces only its own section and keeps the others', () => {
    const out = replaceSection(doc, '## GraphQL engine', '## GraphQL engine\n\nnew figures\n');
    expect(out).toContain('seed figures');
    expect(out).toContain('## Later\n\nlater text');
    expect(out).toContain('new figures');
    expect(out).not.toContain('old figures');
  });

  it('appends the section when it is missing', () => {
    const out = replaceSection('# Benchmarks\n\n## Seed\n\nseed figures\n', '## GraphQL engine', '## GraphQL engine\n\nfigures\n');
    expect(out).toBe('# Benchmarks\n\n## Seed\n\nseed figures\n\n## GraphQL engine\n\nfigures\n');
  });

  it('gives the same document when run twice', () => {
    const once = replaceSection(doc, '## GraphQL engine', '## GraphQL engine\n\nnew figures\n');
    expect(replaceSection(once, '## GraphQL engine', '## GraphQL engine\n\nnew figures\n')).toBe(once);
  });
});

describe('pageRequests', () => {
  it('is the same sequence every run, with varying teams, statuses and offsets', () => {
    const a = pageRequests(500, 1_000_000);
    expect(pageRequests(500, 1_000_000)).toEqual(a);
    expect(new Set(a.map((r) => r.team)).size).toBe(TEAMS);
    expect(new Set(a.map((r) => r.status)).size).toBe(STATUSES.length);
    expect(new Set(a.map((r) => r.offset)).size).toBeGreaterThan(200);
  });

  it('keeps every page inside the average list on small data sets', () => {
    const perList = MIN_ROWS / (TEAMS * STATUSES.length);
    for (const r of pageRequests(500, MIN_ROWS)) expect(r.offset + PAGE_SIZE).toBeLessThan(perList);
  });
});

describe('pageIds', () => {
  it('reads the engine and PostGraphile shapes alike', () => {
    expect(pageIds('{"data":{"sighting":[{"id":"3"},{"id":"1"}]}}')).toEqual(['3', '1']);
    expect(pageIds('{"data":{"allSightings":{"nodes":[{"rowId":"3"},{"rowId":"1"}]}}}')).toEqual(['3', '1']);
  });

  it('refuses an error response', () => {
    expect(() => pageIds('{"errors":[{"message":"field not found"}]}')).toThrow(/field not found/);
  });
});

describe('profile area', () => {
  it('names packages, built-ins and repository files', () => {
    expect(area('file:///x/node_modules/@dataplan/pg/dist/a.js')).toBe('@dataplan/pg');
    expect(area('node:internal/streams/writable')).toBe('node built-ins');
    expect(area('')).toBe('(native / V8)');
  });
});
