import { z } from 'zod';
import type { Phenom_Bool_Exp } from '@/graphql/generated/graphql';
import { NULLABLE_SORT_COLUMNS, SORT_COLUMNS, toPhenomOrderBy, toPhenomWhere, type PhenomFilters, type SortColumn } from '@/lib/phenoms/filters';
import { PHENOM_OUTCOMES, PHENOM_STATUSES } from '@/lib/phenoms/vocabulary';

/**
 * GET /api/phenoms (and /api/events): the table's filters as a strict query string. Unlike the page's URL
 * (lib/phenoms/filters, where a bad value is dropped), a script gets a 422 naming the parameter.
 */

export const MAX_LIMIT = 200;
/** Offset paging stops here; past it, follow `next_cursor` (keyset paging costs the same on every page). */
export const MAX_OFFSET = 10_000;
/** Counting stops here: an exact count of 200k matching rows costs more than the page itself. */
export const COUNT_CAP = 10_000;

const isoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a day, YYYY-MM-DD' })
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), { error: 'is not a calendar day' });

/** One value, repeated (?status=a&status=b) or comma-joined (?status=a,b); a bad one is named with the choices. */
const many = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .union([z.string(), z.array(z.string())], { error: 'must be text' })
    .transform((v) => [...new Set((Array.isArray(v) ? v : [v]).flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean))])
    .superRefine((list, ctx) => {
      const unknown = list.find((v) => !(values as readonly string[]).includes(v));
      if (unknown !== undefined) ctx.addIssue({ code: 'custom', message: `"${unknown.slice(0, 40)}" is not one of ${values.join(', ')}` });
    })
    .transform((list) => list as T[number][]);

/** A parameter given once: a repeated key arrives as an array, which is refused by name. */
const single = <S extends z.ZodType<unknown, string>>(schema: S) => z.string({ error: 'must be given once, as text' }).pipe(schema);

export const intParam = (min: number, max: number) =>
  z
    .string({ error: 'must be given once, as a whole number' })
    .regex(/^-?\d{1,9}$/, { error: 'must be a whole number' })
    .transform(Number)
    .pipe(z.number().int().min(min).max(max));

/** The position after the last row of a page, for keyset paging: its sort value and id. */
const cursorPayload = z.object({ s: z.enum(SORT_COLUMNS), d: z.enum(['asc', 'desc']), v: z.union([z.string(), z.number()]), id: z.uuid() }).strict();
export type PhenomCursor = z.infer<typeof cursorPayload>;

export function encodeCursor(cursor: PhenomCursor): string {
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

const cursorParam = z
    .string({ error: 'must be given once, as text' })
    .max(400, { error: 'is not a cursor this API gave out' })
    .transform((text, ctx) => {
      try {
        return cursorPayload.parse(JSON.parse(Buffer.from(text, 'base64url').toString('utf8')));
      } catch {
        ctx.addIssue({ code: 'custom', message: 'is not a cursor this API gave out (use next_cursor as it is)' });
        return z.NEVER;
      }
    });

/** The table's filters as query parameters: shared by every route that filters phenoms (the list, the map). */
export const phenomFilterQueryFields = {
  q: single(z.string().trim().max(200, { error: 'must be at most 200 characters' })).optional(),
  status: many(PHENOM_STATUSES).optional(),
  outcome: many(PHENOM_OUTCOMES).optional(),
  from: single(isoDay).optional(),
  to: single(isoDay).optional(),
};

/** A reversed day range is refused, naming `to` (the page's URL swaps it instead; a script should know). */
export function refineDayRange(v: { from?: string; to?: string }, ctx: z.RefinementCtx) {
  if (v.from && v.to && v.from > v.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
}

/** The parsed filter parameters as the filters lib/phenoms/filters translates (absent = no filter). */
export function filtersOfQuery(query: { q?: string; status?: PhenomFilters['status']; outcome?: PhenomFilters['outcome']; from?: string; to?: string }) {
  return { q: query.q ?? '', status: query.status ?? [], outcome: query.outcome ?? [], from: query.from, to: query.to } satisfies Pick<PhenomFilters, 'q' | 'status' | 'outcome' | 'from' | 'to'>;
}


/** What the table shows (filters and order), shared by the list and the CSV export of the same view. */
export const phenomViewShape = {
  ...phenomFilterQueryFields,
  sort: single(z.enum(SORT_COLUMNS)).optional(),
  dir: single(z.enum(['asc', 'desc'])).optional(),
};

export const phenomListQuerySchema = z
  .object({
    ...phenomFilterQueryFields,
    sort: single(z.enum(SORT_COLUMNS)).optional(),
    dir: single(z.enum(['asc', 'desc'])).optional(),
    limit: intParam(1, MAX_LIMIT).optional(),
    offset: intParam(0, MAX_OFFSET).optional(),
    cursor: cursorParam.optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    refineDayRange(v, ctx);
    if (v.cursor && v.offset !== undefined) ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'cannot be combined with offset' });
    const sort = v.sort ?? 'occurred_at';
    const dir = v.dir ?? 'desc';
    if (v.cursor && (v.cursor.s !== sort || v.cursor.d !== dir)) ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'belongs to another sort order' });
    if (v.cursor && NULLABLE_SORT_COLUMNS.includes(sort)) ctx.addIssue({ code: 'custom', path: ['cursor'], message: `cannot page a ${sort} sort; use offset` });
  });

export type PhenomListQuery = z.output<typeof phenomListQuerySchema>;

export interface PhenomListPlan {
  where: Phenom_Bool_Exp;
  /** The filters without the cursor: the count is of the whole result, not of what is left after the cursor. */
  countWhere: Phenom_Bool_Exp;
  order_by: ReturnType<typeof toPhenomOrderBy>;
  limit: number;
  offset: number;
  countLimit: number;
  sort: SortColumn;
  dir: 'asc' | 'desc';
  /** A text search: the total is a lower bound from the page itself, not a count. */
  searched: boolean;
}

/** Rows after the cursor in this order: `col <= v AND (col < v OR id < id0)` (mirrored for asc), index-friendly. */
export function afterCursor(cursor: PhenomCursor): Phenom_Bool_Exp {
  const [le, lt] = cursor.d === 'desc' ? (['_lte', '_lt'] as const) : (['_gte', '_gt'] as const);
  return { _and: [{ [cursor.s]: { [le]: cursor.v } }, { _or: [{ [cursor.s]: { [lt]: cursor.v } }, { id: { [lt]: cursor.id } }] }] };
}

export function phenomListPlan(query: PhenomListQuery): PhenomListPlan {
  const filters: Pick<PhenomFilters, 'q' | 'status' | 'outcome' | 'from' | 'to' | 'sort' | 'dir'> = {
    ...filtersOfQuery(query),
    sort: query.sort ?? 'occurred_at',
    dir: query.dir ?? 'desc',
  };
  const where = toPhenomWhere(filters);
  const paged = query.cursor ? { _and: [where, afterCursor(query.cursor)] } : where;
  return {
    where: paged,
    countWhere: where,
    order_by: toPhenomOrderBy(filters),
    limit: query.limit ?? 25,
    offset: query.offset ?? 0,
    // One more than the cap, so "exactly 10,000" and "more than 10,000" can be told apart. A text search is not
    // counted at all (limit 0): each candidate row costs an ILIKE over three columns, so counting even 1,000 matches
    // of a common word reads tens of thousands of rows (EXPLAIN in docs/benchmarks.md); see pageTotal.
    countLimit: filters.q ? 0 : COUNT_CAP + 1,
    searched: Boolean(filters.q),
    sort: filters.sort,
    dir: filters.dir,
  };
}

export interface ReportedTotal {
  count: number;
  /** false: there are at least `count` rows (counting stopped there, or a search was not counted). */
  exact: boolean;
}

/** The count as the API reports it: exact below the cap, else "at least COUNT_CAP". */
export function reportedTotal(counted: number): ReportedTotal {
  return counted > COUNT_CAP ? { count: COUNT_CAP, exact: false } : { count: counted, exact: true };
}

/**
 * The total for a page of this plan: the capped count, or for a text search what the page shows: the rows up to
 * here, exact only once a page came back short (the end of the result was reached).
 */
export function pageTotal(plan: Pick<PhenomListPlan, 'searched' | 'offset' | 'limit'>, counted: number, rows: number, afterCursor = false): ReportedTotal {
  if (!plan.searched) return reportedTotal(counted);
  return { count: plan.offset + rows, exact: rows < plan.limit && !afterCursor };
}

/** The cursor after `last` when the page was full (there may be more), else null. */
export function nextCursor(plan: PhenomListPlan, rows: readonly Record<string, unknown>[]): string | null {
  if (rows.length < plan.limit || NULLABLE_SORT_COLUMNS.includes(plan.sort)) return null;
  const last = rows[rows.length - 1];
  const v = last[plan.sort];
  if ((typeof v !== 'string' && typeof v !== 'number') || typeof last.id !== 'string') return null;
  return encodeCursor({ s: plan.sort, d: plan.dir, v, id: last.id });
}
