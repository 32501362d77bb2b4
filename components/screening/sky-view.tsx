import { Body } from 'astronomy-engine';
import type { ScreeningRunFieldsFragment } from '@/graphql/generated/graphql';
import { bodyPosition } from '@/lib/screening/bodies';
import { compareReplay } from '@/lib/screening/replay';
import { runInputsSchema } from '@/lib/screening/run-record';
import type { ProviderNote } from '@/lib/screening/provider-notes';
import type { RunSummaryRow } from '@/lib/screening/sky-view-data';
import { Badge } from '@/components/ui/badge';
import { NotYet } from '@/components/states/not-yet';
import { RunHistory } from './run-history';
import { AcceptButton, ReplayButton, ScreenButton } from './screening-actions';
import { SkyDome, type DomeObject } from './sky-dome';
import { formatUtcMinute } from '@/lib/format';

type Run = ScreeningRunFieldsFragment;
type Compared = { run: Run; as: 'original' | 'previous' } | null;

const trackOf = (t: unknown): DomeObject['track'] => (Array.isArray(t) ? (t as DomeObject['track']) : []);

function Changes({ shown, compared }: { shown: Run; compared: Compared }) {
  if (!compared) return null;
  const c = compareReplay(compared.run.candidates, shown.candidates);
  const parts = [
    ...c.added.map((x) => `new: ${x.name}`),
    ...c.removed.map((x) => `gone: ${x.name}`),
    ...c.verdictChanged.map((x) => `${x.candidate.name}: ${x.from ?? 'no match'} → ${x.to ?? 'no match'}`),
  ];
  if (compared.as === 'original') {
    const same = c.identical ? `identical: the same ${shown.candidates.length} candidate(s), in the same order, with the same verdicts` : parts.length ? parts.join('; ') : 'the same candidates in another order';
    return (
      <p data-testid="screening-changes" className="text-xs text-muted-foreground">
        Replay of the run of {formatUtcMinute(compared.run.created_at)} from its stored data: {same}.
      </p>
    );
  }
  return (
    <p data-testid="screening-changes" className="text-xs text-muted-foreground">
      Since the previous run ({formatUtcMinute(compared.run.created_at)}): {parts.length ? parts.join('; ') : 'no change'}.
    </p>
  );
}

/** Each provider's note (why it had nothing to say) and error (why it failed), as the run stored them. */
function ProviderNotes({ notes }: { notes: readonly ProviderNote[] }) {
  if (notes.length === 0) return null;
  return (
    <ul className="flex flex-col gap-1 text-xs" aria-label="What the sources said">
      {notes.map((n) => (
        <li key={n.provider} data-testid="provider-note" className={n.error ? 'text-destructive' : 'text-muted-foreground'}>
          {n.error ?? n.note}
        </li>
      ))}
    </ul>
  );
}

/**
 * The phenom's sky at the event time from one stored screening run (the newest unless another is chosen from the
 * list of runs), with the candidates to accept and what changed against the run it is compared with.
 */
export function SkyView({ phenomId, history, shown: latest, compared, notes = [] }: { phenomId: string; history: readonly RunSummaryRow[]; shown: Run | null; compared: Compared; notes?: readonly ProviderNote[] }) {
  if (!latest) {
    return (
      <NotYet message="Not screened yet: nothing is known about what was in that sky.">
        <ScreenButton phenomId={phenomId} again={false} />
      </NotYet>
    );
  }
  const inputs = runInputsSchema.parse(latest.inputs);
  const sun = latest.sun as { az: number; el: number; darkness: string };
  const moon = bodyPosition(Body.Moon, inputs.observer, Date.parse(inputs.at));
  const objects: DomeObject[] = latest.candidates.map((c) => ({ id: c.id, name: c.name, kind: c.kind, az: Number(c.az), el: Number(c.el), verdict: c.verdict ?? null, track: trackOf(c.track) }));
  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-wrap items-start gap-6">
        <SkyDome objects={objects} sun={sun} moon={moon} direction={inputs.direction ? { az: inputs.direction.azDeg ?? null, el: inputs.direction.elDeg ?? null } : null} />
        <div className="flex min-w-0 flex-1 flex-col gap-2 text-sm">
          <p>
            {formatUtcMinute(inputs.at)} at {inputs.observer.latDeg.toFixed(3)}, {inputs.observer.lonDeg.toFixed(3)} · Sun {Number(sun.el).toFixed(1)}° ({sun.darkness})
          </p>
          {latest.failed_providers > 0 ? <p className="text-destructive">{latest.failed_providers} source(s) failed in this run; what they would have listed is missing.</p> : null}
          <ProviderNotes notes={notes} />
          <Changes shown={latest} compared={compared} />
          <div className="flex flex-wrap gap-2">
            <ScreenButton phenomId={phenomId} again />
            <ReplayButton phenomId={phenomId} runId={latest.id} />
          </div>
        </div>
      </div>
      {latest.candidates.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nothing that could be seen by eye was in that sky.</p>
      ) : (
        <ol className="flex flex-col divide-y text-sm" aria-label="Screening candidates">
          {latest.candidates.map((c) => (
            <li key={c.id} data-testid="screening-candidate" className="flex items-start justify-between gap-3 py-2">
              <div className="min-w-0">
                <p className="font-medium">
                  {c.name} {c.verdict ? <Badge variant="secondary">{c.verdict}</Badge> : <Badge variant="outline">no match</Badge>}
                </p>
                <p className="text-xs text-muted-foreground">{c.reasons}</p>
              </div>
              <AcceptButton candidateId={c.id} name={c.name} accepted={c.accepted_at !== null && c.accepted_at !== undefined} />
            </li>
          ))}
        </ol>
      )}
      <RunHistory phenomId={phenomId} history={history} shownId={latest.id} />
      <p className="text-xs text-muted-foreground">
        Run {latest.id.slice(0, 8)} · {latest.engine_version} · by {latest.creator?.display_name || latest.creator?.email || latest.trigger}. Dome: zenith in the middle, horizon on the rim, north up, east left.
      </p>
    </div>
  );
}
