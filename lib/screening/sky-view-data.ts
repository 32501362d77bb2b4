import 'server-only';
import { ScreeningRunHistoryDocument, ScreeningRunProviderNotesDocument, ScreeningRunsDocument, type ScreeningRunFieldsFragment, type ScreeningRunHistoryQuery } from '@/graphql/generated/graphql';
import type { HasuraFailure } from '@/lib/hasura';
import { staffQuery } from '@/lib/staff-query';
import { providerNotesOf, type ProviderNote } from './provider-notes';
import { shownRuns } from './replay';

export type RunSummaryRow = ScreeningRunHistoryQuery['screening_run'][number];

export type SkyViewData =
  | { ok: true; history: RunSummaryRow[]; shown: ScreeningRunFieldsFragment | null; compared: { run: ScreeningRunFieldsFragment; as: 'original' | 'previous' } | null; notes: ProviderNote[] }
  | { ok: false; error: HasuraFailure };

/** The phenom's runs for the sky view: the list, the run drawn (`?run=` or the newest) and the one it is compared with. */
export async function loadSkyView(phenomId: string, requestedRun: string | undefined): Promise<SkyViewData> {
  const history = await staffQuery(ScreeningRunHistoryDocument, { phenomId });
  if (!history.ok) return history;
  const picked = shownRuns(history.data.screening_run, requestedRun);
  if (!picked) return { ok: true, history: [], shown: null, compared: null, notes: [] };
  const ids = picked.compared ? [picked.shown, picked.compared.id] : [picked.shown];
  const [runs, notes] = await Promise.all([staffQuery(ScreeningRunsDocument, { phenomId, ids }), staffQuery(ScreeningRunProviderNotesDocument, { phenomId, id: picked.shown })]);
  if (!runs.ok) return runs;
  if (!notes.ok) return notes;
  const byId = new Map(runs.data.screening_run.map((r) => [r.id, r]));
  const compared = picked.compared && byId.get(picked.compared.id);
  return { ok: true, history: history.data.screening_run, shown: byId.get(picked.shown) ?? null, compared: compared ? { run: compared, as: picked.compared!.as } : null, notes: providerNotesOf(notes.data.screening_run[0]) };
}
