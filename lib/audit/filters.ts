import { z } from 'zod';
import type { Audit_Log_Bool_Exp } from '@/graphql/generated/graphql';

// The audit page's filters: URL ⇄ form ⇄ GraphQL `where`. A hand-edited URL with a bad value drops that value
// (the page still shows), as the phenom list's filters do.

/** The tables people change through the app, offered in the filter (every table is audited; see the migration). */
export const AUDITED_TABLES = [
  'phenom',
  'phenom_media',
  'phenom_coords',
  'phenom_sensor_data',
  'phenom_shoots',
  'transcriptions',
  'drops',
  'lists',
  'list_items',
  'list_shares',
  'item_shares',
  'teams',
  'team_members',
  'users',
  'notifications',
  'media_uploads',
  'screening_run',
  'screening_candidate',
  'session_cutoffs',
] as const;

export const AUDIT_ACTIONS = ['insert', 'update', 'delete'] as const;

export const AUDIT_PAGE_SIZE = 50;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((d) => !Number.isNaN(Date.parse(`${d}T00:00:00Z`)));

const fields = {
  actor: z.string().trim().min(1).max(128),
  table: z.enum(AUDITED_TABLES),
  action: z.enum(AUDIT_ACTIONS),
  from: day,
  to: day,
  /** Keyset paging: entries with a smaller id than this one (ids only grow). */
  before: z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER),
};

export type AuditFilters = Partial<{ actor: string; table: (typeof AUDITED_TABLES)[number]; action: (typeof AUDIT_ACTIONS)[number]; from: string; to: string; before: number }>;

/** Reads the filters from the page's search params; each bad or repeated value is dropped on its own. */
export function parseAuditFilters(params: Record<string, string | string[] | undefined>): AuditFilters {
  const out: Record<string, unknown> = {};
  for (const [key, schema] of Object.entries(fields)) {
    const raw = params[key];
    const parsed = schema.safeParse(Array.isArray(raw) ? undefined : raw);
    if (parsed.success) out[key] = parsed.data;
  }
  return out as AuditFilters;
}

const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString();

/** The `where` for the filters: inclusive UTC days, `to` before `from` swapped rather than refused. */
export function auditWhere(f: AuditFilters): Audit_Log_Bool_Exp {
  const [from, to] = f.from && f.to && f.to < f.from ? [f.to, f.from] : [f.from, f.to];
  const at = { ...(from ? { _gte: `${from}T00:00:00.000Z` } : {}), ...(to ? { _lt: nextDay(to) } : {}) };
  return {
    ...(f.actor ? { actor_id: { _eq: f.actor } } : {}),
    ...(f.table ? { entity: { _eq: f.table } } : {}),
    ...(f.action ? { action: { _eq: f.action } } : {}),
    ...(from || to ? { at } : {}),
    ...(f.before ? { id: { _lt: f.before } } : {}),
  };
}

/** The page's address for these filters (what the form and the "older" link navigate to). */
export function auditHref(f: AuditFilters): string {
  const query = new URLSearchParams(Object.entries(f).flatMap(([k, v]) => (v === undefined || v === '' ? [] : [[k, String(v)]])));
  const text = query.toString();
  return text ? `/audit?${text}` : '/audit';
}

export interface DiffRow {
  column: string;
  before?: unknown;
  after?: unknown;
}

const updateDiff = z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() }));

/**
 * What changed, column by column: an update stores {column: {old, new}} for the changed columns only; an insert
 * the new row (all "after"), a delete the old row (all "before").
 */
export function diffRows(action: string, diff: unknown): DiffRow[] {
  if (action === 'update') {
    const parsed = updateDiff.safeParse(diff);
    return parsed.success ? Object.entries(parsed.data).map(([column, c]) => ({ column, before: c.old, after: c.new })) : [];
  }
  const row = z.record(z.string(), z.unknown()).safeParse(diff);
  if (!row.success) return [];
  return Object.entries(row.data).map(([column, value]) => (action === 'delete' ? { column, before: value } : { column, after: value }));
}

/** A stored value shown in a cell: text as itself, null as "empty", anything else as compact JSON. */
export function showValue(value: unknown): string {
  if (value === null) return 'empty';
  if (typeof value === 'string') return value === '' ? '""' : value;
  return JSON.stringify(value);
}
