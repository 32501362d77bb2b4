import { z } from 'zod';
import type { Order_By, Phenom_Bool_Exp, Phenom_Order_By } from '@/graphql/generated/graphql';
import { PHENOM_OUTCOMES, PHENOM_STATUSES } from '@/lib/phenoms/vocabulary';

/**
 * The phenom list's state lives in the URL (shareable, back-button friendly). This module is the one
 * translation between the URL, the filter form, and the GraphQL `where`/`order_by`.
 * Bad values in a hand-edited URL are dropped, never an error: the page still shows something sensible.
 */

export const SORT_COLUMNS = ['occurred_at', 'reported_at', 'title', 'status', 'outcome', 'location_name'] as const;
export type SortColumn = (typeof SORT_COLUMNS)[number];
export const PAGE_SIZES = [25, 50, 100] as const;

export interface PhenomFilters {
  q: string;
  status: (typeof PHENOM_STATUSES)[number][];
  outcome: (typeof PHENOM_OUTCOMES)[number][];
  /** Inclusive calendar days (UTC), YYYY-MM-DD. */
  from?: string;
  to?: string;
  sort: SortColumn;
  dir: 'asc' | 'desc';
  page: number;
  size: (typeof PAGE_SIZES)[number];
}

export const DEFAULT_FILTERS: PhenomFilters = { q: '', status: [], outcome: [], sort: 'occurred_at', dir: 'desc', page: 1, size: 25 };

export type SearchParamsRecord = Record<string, string | string[] | undefined>;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v));

/** A multi-valued param may arrive repeated (?status=a&status=b) or comma-joined (?status=a,b). */
function many(value: string | string[] | undefined): string[] {
  const raw = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return raw.flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);
}

function one(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function pick<T extends string>(allowed: readonly T[], values: string[]): T[] {
  return [...new Set(values)].filter((v): v is T => (allowed as readonly string[]).includes(v));
}

export function parsePhenomFilters(params: SearchParamsRecord | URLSearchParams): PhenomFilters {
  const get = (key: string) => (params instanceof URLSearchParams ? params.getAll(key) : params[key]);
  const from = isoDay.safeParse(one(get('from')));
  const to = isoDay.safeParse(one(get('to')));
  const page = z.coerce.number().int().min(1).max(100_000).safeParse(one(get('page')));
  const size = z.coerce.number().pipe(z.union(PAGE_SIZES.map((s) => z.literal(s)))).safeParse(one(get('size')));
  const sort = z.enum(SORT_COLUMNS).safeParse(one(get('sort')));
  const dir = z.enum(['asc', 'desc']).safeParse(one(get('dir')));
  let range = { from: from.success ? from.data : undefined, to: to.success ? to.data : undefined };
  // A reversed range is almost certainly the two fields swapped, not a wish for no results.
  if (range.from && range.to && range.from > range.to) range = { from: range.to, to: range.from };
  return {
    q: (one(get('q')) ?? '').trim().slice(0, 200),
    status: pick(PHENOM_STATUSES, many(get('status'))),
    outcome: pick(PHENOM_OUTCOMES, many(get('outcome'))),
    ...(range.from ? { from: range.from } : {}),
    ...(range.to ? { to: range.to } : {}),
    sort: sort.success ? sort.data : DEFAULT_FILTERS.sort,
    dir: dir.success ? dir.data : DEFAULT_FILTERS.dir,
    page: page.success ? page.data : 1,
    size: size.success ? size.data : DEFAULT_FILTERS.size,
  };
}

/** The URL query for these filters; defaults are left out so URLs stay short and canonical. */
export function toSearchParams(filters: PhenomFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.status.length) params.set('status', filters.status.join(','));
  if (filters.outcome.length) params.set('outcome', filters.outcome.join(','));
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.sort !== DEFAULT_FILTERS.sort || filters.dir !== DEFAULT_FILTERS.dir) {
    params.set('sort', filters.sort);
    params.set('dir', filters.dir);
  }
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.size !== DEFAULT_FILTERS.size) params.set('size', String(filters.size));
  return params;
}

/** The filters with some changed; any change other than the page goes back to page 1. */
export function mergeFilters(filters: PhenomFilters, change: Partial<PhenomFilters>): PhenomFilters {
  return { ...filters, ...change, page: 'page' in change && change.page !== undefined ? change.page : 1 };
}

export function hrefFor(pathname: string, filters: PhenomFilters): string {
  const query = toSearchParams(filters).toString();
  return query ? `${pathname}?${query}` : pathname;
}

/** `href` for the list with some filters changed (see {@link mergeFilters}). */
export function filtersHref(pathname: string, filters: PhenomFilters, change: Partial<PhenomFilters>): string {
  return hrefFor(pathname, mergeFilters(filters, change));
}

/** Escapes ILIKE wildcards so a search for "100%" or "a_b" matches those characters literally. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

function nextDay(isoDate: string): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The `from`/`to` days as a half-open range of instants: [start of from, start of the day after to). */
export function occurredRange(filters: Pick<PhenomFilters, 'from' | 'to'>): { from?: string; before?: string } {
  return {
    ...(filters.from ? { from: `${filters.from}T00:00:00Z` } : {}),
    // `to` is an inclusive day: everything before the start of the next one.
    ...(filters.to ? { before: `${nextDay(filters.to)}T00:00:00Z` } : {}),
  };
}

/** The ILIKE pattern of a text search: the words anywhere, wildcards in them taken literally. */
export function searchPattern(q: string): string {
  return `%${escapeLike(q)}%`;
}

export function toPhenomWhere(filters: Pick<PhenomFilters, 'q' | 'status' | 'outcome' | 'from' | 'to'>): Phenom_Bool_Exp {
  const where: Phenom_Bool_Exp = { deleted_at: { _is_null: true } };
  // One value is sent as _eq: `status = $1` walks the (status, occurred_at, id) index in order, where
  // `status = ANY($1)` cannot (PostgreSQL does not merge the per-value index ranges into one order).
  if (filters.status.length) where.status = filters.status.length === 1 ? { _eq: filters.status[0] } : { _in: filters.status };
  if (filters.outcome.length) where.outcome = filters.outcome.length === 1 ? { _eq: filters.outcome[0] } : { _in: filters.outcome };
  if (filters.from || filters.to) {
    const range = occurredRange(filters);
    where.occurred_at = { ...(range.from ? { _gte: range.from } : {}), ...(range.before ? { _lt: range.before } : {}) };
  }
  if (filters.q) {
    const pattern = searchPattern(filters.q);
    where._or = [{ title: { _ilike: pattern } }, { description: { _ilike: pattern } }, { location_name: { _ilike: pattern } }];
  }
  return where;
}

/** Sort columns that can hold NULL: they need an explicit nulls-last order, and cannot be keyset-paged. */
export const NULLABLE_SORT_COLUMNS: readonly SortColumn[] = ['location_name'];

export function toPhenomOrderBy(filters: Pick<PhenomFilters, 'sort' | 'dir'>): Phenom_Order_By[] {
  // NOT NULL columns get plain asc/desc (ASC NULLS LAST / DESC NULLS FIRST), with the id tie-break in the same
  // direction: exactly a forward or backward scan of the (column, id) indexes. Rows without a place name come
  // last either way: they are the least useful to see first.
  const nullable = NULLABLE_SORT_COLUMNS.includes(filters.sort);
  const direction: Order_By = nullable ? (filters.dir === 'asc' ? 'asc_nulls_last' : 'desc_nulls_last') : filters.dir;
  // id breaks ties, so paging through equal values neither repeats nor skips rows.
  return [{ [filters.sort]: direction }, { id: filters.dir }];
}

export function toPagination(filters: Pick<PhenomFilters, 'page' | 'size'>) {
  return { limit: filters.size, offset: (filters.page - 1) * filters.size };
}

export function hasActiveFilters(filters: PhenomFilters): boolean {
  return Boolean(filters.q || filters.status.length || filters.outcome.length || filters.from || filters.to);
}

/** The CSV export of this view: the same filters and order, without the page (the export is every row). */
export function exportHref(filters: PhenomFilters): string {
  const params = toSearchParams({ ...filters, page: 1, size: DEFAULT_FILTERS.size });
  // The order is always sent: an export must follow the table even when the table shows the default one.
  params.set('sort', filters.sort);
  params.set('dir', filters.dir);
  return `/api/phenoms/export?${params.toString()}`;
}
