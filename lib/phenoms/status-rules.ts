import type { Outcome_Confidence_Enum, Phenom_Outcome_Enum, Phenom_Status_Enum } from '@/graphql/generated/graphql';
import { OUTCOME_LABELS, STATUS_LABELS } from '@/lib/phenoms/vocabulary';

/**
 * The screening workflow: new → triage → investigating → resolved / archived. One module for the PATCH route,
 * the detail page's form, the bulk actions and the triage page, so they all refuse the same moves with the same
 * words.
 *
 * - A step forward at a time: a report is looked at (triage) before anyone investigates it, and investigated
 *   before it is resolved.
 * - Archive from any open state: a hoax or an empty report is put away at triage without an investigation.
 * - One step back from investigating (back to triage), and reopening a resolved or archived phenom (to triage or
 *   investigating), because new evidence arrives.
 * - Never back to new: "new" means nobody has looked at it yet, which stops being true once someone has.
 * - Resolved needs what it was: an outcome other than unknown, and a confidence.
 */
export const STATUS_TRANSITIONS: Record<Phenom_Status_Enum, readonly Phenom_Status_Enum[]> = {
  new: ['triage', 'archived'],
  triage: ['investigating', 'archived'],
  investigating: ['triage', 'resolved', 'archived'],
  resolved: ['triage', 'investigating', 'archived'],
  archived: ['triage', 'investigating'],
};

export interface ScreeningState {
  status: Phenom_Status_Enum;
  outcome: Phenom_Outcome_Enum;
  outcome_confidence: Outcome_Confidence_Enum | null;
}

export type ScreeningField = keyof ScreeningState;

export interface RuleViolation {
  field: ScreeningField;
  message: string;
}

const SCREENING_FIELDS: readonly ScreeningField[] = ['status', 'outcome', 'outcome_confidence'];

/** A move to the same status is no move, so it is always allowed (saving a form twice must not fail). */
export function canMove(from: Phenom_Status_Enum, to: Phenom_Status_Enum): boolean {
  return from === to || STATUS_TRANSITIONS[from].includes(to);
}

/** The statuses a phenom in `from` can be given, its own first (for a select that shows the current value). */
export function reachableStatuses(from: Phenom_Status_Enum): Phenom_Status_Enum[] {
  return [from, ...STATUS_TRANSITIONS[from]];
}

/** Whether a change touches the workflow at all (a title edit need not read the current status). */
export function touchesScreening(change: Partial<Record<ScreeningField, unknown>>): boolean {
  return SCREENING_FIELDS.some((f) => f in change);
}

function orList(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`;
}

/**
 * What is wrong with applying `change` to a phenom now in `current`, or null when nothing is. Only the fields a
 * change touches are judged: editing the status of a phenom whose old outcome is odd is refused, editing its
 * title is not (older rows predate these rules).
 */
export function screeningViolation(current: ScreeningState, change: Partial<ScreeningState>): RuleViolation | null {
  if (!touchesScreening(change)) return null;
  const next: ScreeningState = { ...current, ...change };
  if (!canMove(current.status, next.status)) {
    const options = STATUS_TRANSITIONS[current.status].map((s) => STATUS_LABELS[s]);
    return {
      field: 'status',
      message: `cannot go from ${STATUS_LABELS[current.status]} to ${STATUS_LABELS[next.status]}; from ${STATUS_LABELS[current.status]} it can go to ${orList(options)}`,
    };
  }
  if (next.outcome === 'unknown' && next.outcome_confidence !== null) {
    return { field: 'outcome_confidence', message: 'must be empty while the outcome is unknown' };
  }
  if (next.status === 'resolved' && next.outcome === 'unknown') {
    return { field: 'outcome', message: `must say what it was (not ${OUTCOME_LABELS.unknown}) for the phenom to be resolved` };
  }
  if (next.status === 'resolved' && next.outcome_confidence === null) {
    return { field: 'outcome_confidence', message: 'must be given for the phenom to be resolved' };
  }
  return null;
}
