import type { Phenom_Bool_Exp, Phenom_Status_Enum } from '@/graphql/generated/graphql';
import { STATUS_TRANSITIONS } from '@/lib/phenoms/status-rules';

/** What waits for someone: reports still new or in triage that nobody is assigned to. */
export const TRIAGE_STATUSES = ['new', 'triage'] as const satisfies readonly Phenom_Status_Enum[];

export const triageWhere = (): Phenom_Bool_Exp => ({ status: { _in: [...TRIAGE_STATUSES] }, assignee_id: { _is_null: true } });

/** Rows on the page, and how far the count goes (an exact count of a huge backlog costs more than the page). */
export const TRIAGE_PAGE = 50;
export const TRIAGE_COUNT_LIMIT = 10_000;

/**
 * The status buttons a row offers: the workflow's moves from its status (lib/phenoms/status-rules), except
 * "resolved", which needs an outcome and a confidence and so is done on the phenom's own page.
 */
export function triageMoves(status: Phenom_Status_Enum): Phenom_Status_Enum[] {
  return STATUS_TRANSITIONS[status].filter((s) => s !== 'resolved');
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 86_400_000],
  ['month', 30 * 86_400_000],
  ['week', 7 * 86_400_000],
  ['day', 86_400_000],
  ['hour', 3_600_000],
  ['minute', 60_000],
];

/** How long a report has waited, in its largest whole unit: "3 days", "1 hour", "just now". */
export function ageOf(iso: string, now: Date): string {
  const ms = now.getTime() - new Date(iso).getTime();
  if (!Number.isFinite(ms)) return '—';
  for (const [unit, size] of UNITS) {
    const n = Math.floor(ms / size);
    if (n >= 1) return `${n} ${unit}${n === 1 ? '' : 's'}`;
  }
  return 'just now';
}
