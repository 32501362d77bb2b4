import {
  DEFAULT_FILTERS,
  filtersHref,
  parsePhenomFilters,
  toPagination,
  toPhenomOrderBy,
  toPhenomWhere,
  toSearchParams,
} from '@/lib/phenoms/filters';

describe('phenom list URL state', () => {
  it('reads filters from repeated and comma-joined params alike', () => {
    const repeated = parsePhenomFilters({ status: ['new', 'triage'], outcome: 'drone,balloon' });
    const joined = parsePhenomFilters(new URLSearchParams('status=new,triage&outcome=drone&outcome=balloon'));
    expect(repeated.status).toEqual(['new', 'triage']);
    expect(repeated.outcome).toEqual(['drone', 'balloon']);
    expect(joined).toEqual(repeated);
  });

  it('drops values a hand-edited URL got wrong instead of failing', () => {
    const filters = parsePhenomFilters({ status: 'new,bogus', sort: 'password', dir: 'sideways', page: '-3', size: '7', from: '2024-02-30' });
    expect(filters).toEqual({ ...DEFAULT_FILTERS, status: ['new'] });
  });

  it('swaps a reversed date range rather than showing nothing', () => {
    const filters = parsePhenomFilters({ from: '2024-06-30', to: '2024-06-01' });
    expect([filters.from, filters.to]).toEqual(['2024-06-01', '2024-06-30']);
  });

  it('round-trips through the URL and leaves defaults out', () => {
    const filters = { ...DEFAULT_FILTERS, q: 'orb', status: ['resolved' as const], from: '2024-01-01', sort: 'title' as const, dir: 'asc' as const, page: 3, size: 50 as const };
    const params = toSearchParams(filters);
    expect(parsePhenomFilters(params)).toEqual(filters);
    expect(toSearchParams(DEFAULT_FILTERS).toString()).toBe('');
  });

  it('goes back to page 1 when a filter changes, but not when paging', () => {
    const onPage4 = { ...DEFAULT_FILTERS, page: 4 };
    expect(filtersHref('/phenoms', onPage4, { status: ['new'] })).toBe('/phenoms?status=new');
    expect(filtersHref('/phenoms', onPage4, { page: 5 })).toBe('/phenoms?page=5');
  });
});

describe('filters to GraphQL', () => {
  it('always hides soft-deleted phenoms', () => {
    expect(toPhenomWhere(DEFAULT_FILTERS)).toEqual({ deleted_at: { _is_null: true } });
  });

  it('filters on status, outcome and an inclusive UTC day range', () => {
    const where = toPhenomWhere({ ...DEFAULT_FILTERS, status: ['new', 'triage'], outcome: ['drone'], from: '2024-02-28', to: '2024-02-29' });
    expect(where.status).toEqual({ _in: ['new', 'triage'] });
    // A single value is an equality, so PostgreSQL can walk the (status, occurred_at, id) index in order.
    expect(where.outcome).toEqual({ _eq: 'drone' });
    expect(where.occurred_at).toEqual({ _gte: '2024-02-28T00:00:00Z', _lt: '2024-03-01T00:00:00Z' });
  });

  it('searches title, description and place, with wildcards taken literally', () => {
    const where = toPhenomWhere({ ...DEFAULT_FILTERS, q: '100% red_dot' });
    const pattern = '%100\\% red\\_dot%';
    expect(where._or).toEqual([{ title: { _ilike: pattern } }, { description: { _ilike: pattern } }, { location_name: { _ilike: pattern } }]);
  });

  it('sorts by the chosen column with a stable tie-breaker, and pages by offset', () => {
    expect(toPhenomOrderBy({ sort: 'title', dir: 'asc' })).toEqual([{ title: 'asc' }, { id: 'asc' }]);
    expect(toPhenomOrderBy({ sort: 'occurred_at', dir: 'desc' })).toEqual([{ occurred_at: 'desc' }, { id: 'desc' }]);
    // A column that can be empty keeps its empty rows last in both directions.
    expect(toPhenomOrderBy({ sort: 'location_name', dir: 'desc' })).toEqual([{ location_name: 'desc_nulls_last' }, { id: 'desc' }]);
    expect(toPagination({ page: 3, size: 50 })).toEqual({ limit: 50, offset: 100 });
  });
});
