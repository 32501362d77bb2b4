import 'server-only';
import { InsertScreeningRunDocument, ScreeningTargetDocument } from '@/graphql/generated/graphql';
import { hasuraFetch } from '@/lib/hasura';
import { requestForPhenom } from './phenom-request';
import { runInsert } from './run-record';
import { screenLive } from './server';

/** What the intake answer says about the sky capture. `reason` is a sentence for the client: never upstream text. */
export type IntakeCapture =
  | { ok: true; runId: string; failedProviders: string[] }
  | { ok: false; reason: string };

const NOT_STORED = 'The sky could not be captured now; screen the phenom later to keep a run.';

function notCaptured(phenomId: string, detail: string, reason = NOT_STORED): IntakeCapture {
  console.error(`[intake] sky of ${phenomId} not captured: ${detail}`);
  return { ok: false, reason };
}

/**
 * The intake hook: screens a newly created phenom at once and stores the run (trigger 'intake'), so the air picture
 * of that moment is kept (OpenSky keeps history for an hour only). Call it after the phenom is inserted, with the
 * creator's token. It never throws, so a failed capture cannot fail the intake that called it; the run is one
 * insert (candidates nested), so it is stored whole or not at all, and a provider that failed is recorded in it.
 */
export async function captureSkyAtIntake(phenomId: string, token: string): Promise<IntakeCapture> {
  try {
    const target = await hasuraFetch(ScreeningTargetDocument, { id: phenomId }, { token });
    if (!target.ok) return notCaptured(phenomId, `target: ${target.error.kind}/${target.error.code}: ${target.error.message}`);
    if (!target.data.phenom_by_pk) return { ok: false, reason: 'no such phenom' };
    const request = requestForPhenom(target.data.phenom_by_pk);
    if ('field' in request) return { ok: false, reason: request.message };
    const result = await screenLive(request);
    const stored = await hasuraFetch(InsertScreeningRunDocument, { run: runInsert(phenomId, request, result, 'intake') }, { token, timeoutMs: 20_000 });
    if (!stored.ok) return notCaptured(phenomId, `store: ${stored.error.kind}/${stored.error.code}: ${stored.error.message}`);
    if (!stored.data.insert_screening_run_one) return notCaptured(phenomId, 'store: no row', 'The phenom can no longer be screened.');
    return { ok: true, runId: stored.data.insert_screening_run_one.id, failedProviders: result.providers.filter((p) => !p.ok).map((p) => p.provider) };
  } catch (err) {
    return notCaptured(phenomId, err instanceof Error ? (err.stack ?? err.message) : String(err));
  }
}

/** The `sky` of an intake answer (POST /api/phenoms, POST /api/drops/:id/promote; docs/api.md). */
export function intakeSkyAnswer(capture: IntakeCapture) {
  return capture.ok ? { captured: true, run_id: capture.runId, failed_providers: capture.failedProviders } : { captured: false, reason: capture.reason };
}
