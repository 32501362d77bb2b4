import { z } from 'zod';
import type { Phenom_Bool_Exp } from '@/graphql/generated/graphql';
import { NULLABLE_SORT_COLUMNS, type SortColumn } from '@/lib/phenoms/filters';
import { afterCursor, phenomListPlan, phenomViewShape, refineDayRange } from '@/lib/phenoms/list-query';

/**
 * GET /api/phenoms/export: the table's view (filters and order, the same parameters as GET /api/phenoms) as CSV.
 * It takes no limit, offset or cursor: it is every matching row, read a page at a time with a keyset cursor so
 * each page costs the same however deep the export is and no more than one page is held at once.
 */
export const phenomExportQuerySchema = z.object(phenomViewShape).strict().superRefine(refineDayRange);
export type PhenomExportQuery = z.output<typeof phenomExportQuerySchema>;

/** Rows per engine request: big enough that round trips do not dominate, small enough to hold at once (~1 MB). */
export const EXPORT_PAGE_ROWS = 2000;

/** Where the previous page ended: its last row's sort value (null for a row without one) and id. */
export interface ExportPosition {
  v: string | number | null;
  id: string;
}

/**
 * After `at` in a nulls-last order on a column that can be NULL (place name): non-null rows past the value, then
 * every NULL row; once inside the NULLs, only the id moves on.
 */
function afterNullable(sort: SortColumn, dir: 'asc' | 'desc', at: ExportPosition): Phenom_Bool_Exp {
  const lt = dir === 'desc' ? '_lt' : '_gt';
  if (at.v === null) return { _and: [{ [sort]: { _is_null: true } }, { id: { [lt]: at.id } }] };
  return {
    _or: [{ [sort]: { [lt]: at.v } }, { _and: [{ [sort]: { _eq: at.v } }, { id: { [lt]: at.id } }] }, { [sort]: { _is_null: true } }],
  };
}

export function exportPagePlan(query: PhenomExportQuery, at: ExportPosition | null) {
  const plan = phenomListPlan({ ...query, limit: EXPORT_PAGE_ROWS });
  if (!at) return { where: plan.where, order_by: plan.order_by, limit: EXPORT_PAGE_ROWS };
  const after = NULLABLE_SORT_COLUMNS.includes(plan.sort)
    ? afterNullable(plan.sort, plan.dir, at)
    : afterCursor({ s: plan.sort, d: plan.dir, v: at.v as string | number, id: at.id });
  return { where: { _and: [plan.where, after] }, order_by: plan.order_by, limit: EXPORT_PAGE_ROWS };
}

/** Where a page ended, or null when it was the last one (it came back short). */
export function positionAfter(query: PhenomExportQuery, rows: readonly Record<string, unknown>[]): ExportPosition | null {
  if (rows.length < EXPORT_PAGE_ROWS) return null;
  const last = rows[rows.length - 1];
  const v = last[query.sort ?? 'occurred_at'];
  return { v: typeof v === 'string' || typeof v === 'number' ? v : null, id: String(last.id) };
}
