import type { ScreeningRequest } from './engine';
import { compareRuns, ENGINE_VERSION, providersFromRun, requestFromInputs, runInputsSchema, type ComparableCandidate, type RunChanges } from './run-record';
import type { SkyProvider } from './types';

/**
 * Replaying a stored run (same inputs, the raw provider data it kept, no network) and choosing which runs the sky
 * view draws. A replay is how staff show that a verdict did not depend on anything that has since changed.
 */

export interface StoredRun {
  inputs: unknown;
  providers: unknown;
  engine_version: string;
}

export type ReplayPlan = { ok: true; request: ScreeningRequest; providers: SkyProvider[]; engineChanged: boolean } | { ok: false; message: string };

/** The request and providers of a stored run, or why it cannot be replayed (a run written by an older format). */
export function replayPlan(run: StoredRun): ReplayPlan {
  const inputs = runInputsSchema.safeParse(run.inputs);
  if (!inputs.success) return { ok: false, message: 'This run did not store its inputs in a form that can be replayed.' };
  try {
    return { ok: true, request: requestFromInputs(inputs.data), providers: providersFromRun(run.providers), engineChanged: run.engine_version !== ENGINE_VERSION };
  } catch {
    return { ok: false, message: 'This run did not store its provider data in a form that can be replayed.' };
  }
}

export interface ReplayComparison extends RunChanges {
  /** Same candidates, in the same order, with the same verdicts. */
  identical: boolean;
}

export function compareReplay(original: readonly ComparableCandidate[], replayed: readonly ComparableCandidate[]): ReplayComparison {
  const changes = compareRuns(original, replayed);
  const sameOrder =
    original.length === replayed.length &&
    original.every((c, i) => c.kind === replayed[i].kind && (c.object_id ?? c.name) === (replayed[i].object_id ?? replayed[i].name) && c.verdict === replayed[i].verdict);
  return { ...changes, identical: sameOrder };
}

export interface RunSummary {
  id: string;
  replay_of: string | null;
}

export interface ShownRuns {
  shown: string;
  compared: { id: string; as: 'original' | 'previous' } | null;
}

/**
 * Which run the sky view draws (the one asked for by `?run=`, else the newest) and what it is compared with: the
 * original run for a replay, otherwise the run before it. `history` is newest first. A run id that is not this
 * phenom's falls back to the newest, so a stale or forged link still shows a real run.
 */
export function shownRuns(history: readonly RunSummary[], requested: string | undefined): ShownRuns | null {
  if (history.length === 0) return null;
  const index = Math.max(0, history.findIndex((r) => r.id === requested));
  const shown = history[index];
  if (shown.replay_of && history.some((r) => r.id === shown.replay_of)) return { shown: shown.id, compared: { id: shown.replay_of, as: 'original' } };
  const previous = history[index + 1];
  return { shown: shown.id, compared: previous ? { id: previous.id, as: 'previous' } : null };
}
