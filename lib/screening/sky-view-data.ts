import 'server-only';
import { ScreeningRunHistoryDocument, ScreeningRunsDocument, type ScreeningRunFieldsFragment, type ScreeningRunHistoryQuery } from '@/graphql/generated/graphql';
import type { HasuraFailure } from '@/lib/hasura';
import { staffQuery } from '@/lib/staff-query';
import { shownRuns } from './replay';

export type RunSummaryRow = ScreeningRunHistoryQuery['screening_run'][number];

export type SkyViewData =
  | { ok: true; history: RunSummaryRow[]; shown: ScreeningRunFieldsFragment | null; compared: { run: ScreeningRunFieldsFragment; as: 'original' | 'previous' } | null }
  | { ok: false; error: HasuraFailure };

/** The phenom's runs for the sky view: the list, the run drawn (`?run=` or the newest) and the one it is compared with. */
export async function loadSkyView(phenomId: string, requestedRun: string | undefined): Promise<SkyViewData> {
  const history = await staffQuery(ScreeningRunHistoryDocument, { phenomId });
  if (!history.ok) return history;
  const picked = shownRuns(history.data.screening_run, requestedRun);
  if (!picked) return { ok: true, history: [], shown: null, compared: null };
  const ids = picked.compared ? [picked.shown, picked.compared.id] : [picked.shown];
  const runs = await staffQuery(ScreeningRunsDocument, { phenomId, ids });
  if (!runs.ok) return runs;
  const byId = new Map(runs.data.screening_run.map((r) => [r.id, r]));
  const compared = picked.compared && byId.get(picked.compared.id);
  return { ok: true, history: history.data.screening_run, shown: byId.get(picked.shown) ?? null, compared: compared ? { run: compared, as: picked.compared!.as } : null };
}
