import type { z } from 'zod';
import type { Time_Precision_Enum } from '@/graphql/generated/graphql';

/**
 * The report's content as a form holds it (text in inputs) and as the routes take it (lib/phenoms/report-fields).
 * The time is typed in UTC (the whole app shows UTC), so the form and every reader see the same instant.
 */
export interface ReportFormValues {
  title: string;
  description: string;
  /** `YYYY-MM-DDTHH:mm` as a datetime-local input gives it, read as UTC. */
  occurred_at: string;
  occurred_at_precision: Time_Precision_Enum;
  location_name: string;
  country: string;
  latitude: string;
  longitude: string;
}

export const EMPTY_REPORT: ReportFormValues = { title: '', description: '', occurred_at: '', occurred_at_precision: 'minute', location_name: '', country: '', latitude: '', longitude: '' };

export interface ReportSource {
  title: string;
  description: string;
  occurred_at: string;
  occurred_at_precision: Time_Precision_Enum;
  location_name: string | null;
  country: string | null;
  latitude: number | string | null;
  longitude: number | string | null;
}

/** A stored phenom's content as the form shows it. */
export function toFormValues(p: ReportSource): ReportFormValues {
  const at = new Date(p.occurred_at);
  return {
    title: p.title,
    description: p.description,
    occurred_at: Number.isNaN(at.getTime()) ? '' : at.toISOString().slice(0, 16),
    occurred_at_precision: p.occurred_at_precision,
    location_name: p.location_name ?? '',
    country: p.country ?? '',
    latitude: p.latitude === null ? '' : String(p.latitude),
    longitude: p.longitude === null ? '' : String(p.longitude),
  };
}

const number = (v: string): number | null | string => (v.trim() === '' ? null : Number.isFinite(Number(v)) ? Number(v) : v);

/** The JSON body for the routes: empty optional text is null, numbers are numbers (a typo stays text, for zod to name). */
export function toReportBody(v: ReportFormValues): Record<string, unknown> {
  return {
    title: v.title,
    description: v.description,
    occurred_at: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v.occurred_at) ? `${v.occurred_at}:00Z` : v.occurred_at,
    occurred_at_precision: v.occurred_at_precision,
    location_name: v.location_name.trim() || null,
    country: v.country.trim().toUpperCase() || null,
    latitude: number(v.latitude),
    longitude: number(v.longitude),
  };
}

/** Only the fields that differ, so an edit never rewrites what someone else changed meanwhile. */
export function changedReportBody(before: ReportFormValues, after: ReportFormValues): Record<string, unknown> {
  const a = toReportBody(before);
  const b = toReportBody(after);
  const changed = Object.fromEntries(Object.entries(b).filter(([k, v]) => JSON.stringify(v) !== JSON.stringify(a[k])));
  // A position is both coordinates or neither (the database's rule): a change to one sends the pair.
  if ('latitude' in changed || 'longitude' in changed) Object.assign(changed, { latitude: b.latitude, longitude: b.longitude });
  return changed;
}

/** The first problem zod finds, as the field and a sentence; null when the body is acceptable. */
export function firstProblem(schema: z.ZodType, body: unknown): { field: string; message: string } | null {
  const parsed = schema.safeParse(body);
  if (parsed.success) return null;
  const issue = parsed.error.issues[0];
  const field = issue.path.join('.') || 'form';
  return { field, message: issue.message };
}
