import type { Phenom_Status_Enum } from '@/graphql/generated/graphql';
import { screeningViolation, type ScreeningState } from '@/lib/phenoms/status-rules';
import { STATUS_LABELS } from '@/lib/phenoms/vocabulary';

/**
 * Bulk actions of the phenom table: one request per selected phenom through the same routes a single change uses
 * (PATCH /api/phenoms/:id, POST /api/lists/:id/items), so every rule and permission applies to each row, and one
 * refusal never hides the others' success.
 */
export type BulkAction =
  | { kind: 'status'; status: Phenom_Status_Enum }
  | { kind: 'assign'; assigneeId: string | null; assigneeLabel: string }
  | { kind: 'list'; listId: string; listName: string };

export interface BulkTarget extends ScreeningState {
  id: string;
  title: string;
}

export interface BulkOutcome {
  id: string;
  title: string;
  ok: boolean;
  /** Why it was refused, as the rules or the server said it. */
  reason?: string;
}

export function bulkRequest(action: BulkAction, id: string): { url: string; method: string; body: unknown } {
  if (action.kind === 'list') return { url: `/api/lists/${action.listId}/items`, method: 'POST', body: { phenom_id: id } };
  if (action.kind === 'assign') return { url: `/api/phenoms/${id}`, method: 'PATCH', body: { assignee_id: action.assigneeId } };
  return { url: `/api/phenoms/${id}`, method: 'PATCH', body: { status: action.status } };
}

/** The workflow's refusal for one row, known before sending (the server judges again). */
export function localRefusal(action: BulkAction, target: BulkTarget): string | undefined {
  if (action.kind !== 'status') return undefined;
  const violation = screeningViolation(target, { status: action.status });
  return violation ? `${violation.field}: ${violation.message}` : undefined;
}

/** Runs `work` over the items with at most `concurrency` at once, keeping the items' order in the result. */
export async function eachLimited<T, R>(items: readonly T[], concurrency: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
  return results;
}

export function describeAction(action: BulkAction): string {
  if (action.kind === 'list') return `added to “${action.listName}”`;
  if (action.kind === 'assign') return action.assigneeId ? `assigned to ${action.assigneeLabel}` : 'unassigned';
  return `set to ${STATUS_LABELS[action.status]}`;
}

/** One sentence for the whole run, then each refusal with its reason. */
export function bulkSummary(action: BulkAction, outcomes: readonly BulkOutcome[]): { text: string; refusals: string[] } {
  const done = outcomes.filter((o) => o.ok).length;
  const refused = outcomes.filter((o) => !o.ok);
  const what = describeAction(action);
  const text = refused.length === 0 ? `${done} of ${outcomes.length} phenoms ${what}.` : `${done} of ${outcomes.length} phenoms ${what}; ${refused.length} not changed:`;
  return { text, refusals: refused.map((o) => `${o.title}: ${o.reason ?? 'refused'}`) };
}
