import { AppLink } from '@/components/navigation/app-link';
import type { RunSummaryRow } from '@/lib/screening/sky-view-data';
import { formatUtcMinute } from '@/lib/format';

const TRIGGERS: Record<string, string> = { manual: 'Screened', bulk: 'Bulk screening', intake: 'At intake', replay: 'Replay' };

function describe(run: RunSummaryRow, history: readonly RunSummaryRow[]): string {
  const who = run.creator?.display_name || run.creator?.email || 'a script';
  const original = run.replay_of ? history.find((r) => r.id === run.replay_of) : undefined;
  const what = run.trigger === 'replay' ? `Replay${original ? ` of ${formatUtcMinute(original.created_at)}` : ''}` : (TRIGGERS[run.trigger] ?? run.trigger);
  const top = run.candidates[0] ? `${run.candidates[0].name}${run.candidates[0].verdict ? ` (${run.candidates[0].verdict})` : ''}` : 'no candidate';
  return `${what} by ${who} · ${top}${run.failed_providers > 0 ? ` · ${run.failed_providers} source(s) failed` : ''}`;
}

/** Every stored run of the phenom (newest 20), each one a link that draws it: a run can be shown again later. */
export function RunHistory({ phenomId, history, shownId }: { phenomId: string; history: readonly RunSummaryRow[]; shownId: string }) {
  if (history.length < 2) return null;
  return (
    <nav aria-label="Screening runs" className="text-xs">
      <p className="mb-1 font-medium">Runs ({history.length}{history.length === 20 ? ', the newest shown' : ''})</p>
      <ol className="flex flex-col gap-0.5">
        {history.map((run, i) => (
          <li key={run.id}>
            {run.id === shownId ? (
              <span aria-current="true" className="font-medium">
                {formatUtcMinute(run.created_at)}: {describe(run, history)} (shown)
              </span>
            ) : (
              <AppLink href={i === 0 ? `/phenoms/${phenomId}` : `/phenoms/${phenomId}?run=${run.id}`} scroll={false} className="underline-offset-2 hover:underline">
                {formatUtcMinute(run.created_at)}: {describe(run, history)}
              </AppLink>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
