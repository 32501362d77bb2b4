import 'server-only';
import { InsertScreeningRunDocument, ScreeningTargetDocument } from '@/graphql/generated/graphql';
import { hasuraFetch } from '@/lib/hasura';
import { requestForPhenom } from './phenom-request';
import { runInsert } from './run-record';
import { screenLive } from './server';

/**
 * The intake hook: screens a newly created phenom at once and stores the run (trigger 'intake'), so the air picture
 * of that moment is kept (OpenSky keeps history for an hour only). Call it after the phenom is inserted, with the
 * creator's token; it never throws, so a failed capture cannot fail the intake that called it.
 */
export async function captureSkyAtIntake(phenomId: string, token: string): Promise<{ ok: true; runId: string } | { ok: false; reason: string }> {
  try {
    const target = await hasuraFetch(ScreeningTargetDocument, { id: phenomId }, { token });
    if (!target.ok) return { ok: false, reason: target.error.message };
    if (!target.data.phenom_by_pk) return { ok: false, reason: 'no such phenom' };
    const request = requestForPhenom(target.data.phenom_by_pk);
    if ('field' in request) return { ok: false, reason: request.message };
    const result = await screenLive(request);
    const stored = await hasuraFetch(InsertScreeningRunDocument, { run: runInsert(phenomId, request, result, 'intake') }, { token, timeoutMs: 20_000 });
    if (!stored.ok || !stored.data.insert_screening_run_one) return { ok: false, reason: stored.ok ? 'the phenom can no longer be screened' : stored.error.message };
    return { ok: true, runId: stored.data.insert_screening_run_one.id };
  } catch (err) {
    return { ok: false, reason: err instanceof Error ? err.message : String(err) };
  }
}
