import type { AircraftCorrelationFieldsFragment } from '@/graphql/generated/graphql';
import { formatUtcMinute } from '@/lib/format';
import { Badge } from '@/components/ui/badge';
import { NotYet } from '@/components/states/not-yet';
import { AirPlan } from './air-plan';
import { CorrelateButton } from './correlate-button';

type Correlation = AircraftCorrelationFieldsFragment;

const PROVIDER: Record<string, string> = { opensky: 'OpenSky state vectors', radarbox: 'AirNav RadarBox flight search' };
const offset = (s: number) => (s === 0 ? '0 s' : `${s > 0 ? '+' : '−'}${Math.abs(Math.round(s))} s`);
const bearingOf = (inputs: unknown): number | null => {
  const d = (inputs as { direction?: { azDeg?: unknown } | null } | null)?.direction;
  return typeof d?.azDeg === 'number' ? d.azDeg : null;
};

/** The "possible aircraft" flag, for the phenom's header. */
export function PossibleAircraftBadge({ correlation }: { correlation: Correlation | null }) {
  if (!correlation?.possible_aircraft) return null;
  return (
    <Badge data-testid="possible-aircraft" className="bg-red-600 text-white hover:bg-red-600">
      Possible aircraft
    </Badge>
  );
}

function Outcome({ c }: { c: Correlation }) {
  if (c.status === 'failed') return <p className="text-sm text-destructive">{c.summary}</p>;
  if (c.status === 'not_checked') return <p className="text-sm text-muted-foreground">{c.summary}</p>;
  return <p className="text-sm">{c.summary}</p>;
}

function Matches({ c }: { c: Correlation }) {
  if (c.matches.length === 0) return null;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-left text-xs" aria-label="Aircraft near the report">
        <thead className="text-muted-foreground">
          <tr>
            <th className="py-1 pr-3 font-medium">Aircraft</th>
            <th className="py-1 pr-3 font-medium">Azimuth</th>
            <th className="py-1 pr-3 font-medium">Elevation</th>
            <th className="py-1 pr-3 font-medium">Ground distance</th>
            <th className="py-1 pr-3 font-medium">Slant range</th>
            <th className="py-1 pr-3 font-medium">Altitude</th>
            <th className="py-1 pr-3 font-medium">Time offset</th>
            <th className="py-1 pr-3 font-medium">From direction</th>
          </tr>
        </thead>
        <tbody>
          {c.matches.map((m) => (
            <tr key={m.id} data-testid="correlation-aircraft" className="border-t">
              <td className="py-1 pr-3 font-medium">
                {m.callsign ?? m.icao24} {m.within_tolerance ? <Badge variant="secondary">within tolerance</Badge> : null}
              </td>
              <td className="py-1 pr-3">{Number(m.az).toFixed(1)}°</td>
              <td className="py-1 pr-3">{Number(m.el).toFixed(1)}°</td>
              <td className="py-1 pr-3">{Number(m.ground_distance_km).toFixed(1)} km</td>
              <td className="py-1 pr-3">{Number(m.slant_range_km).toFixed(1)} km</td>
              <td className="py-1 pr-3">{Math.round(Number(m.altitude_m))} m</td>
              <td className="py-1 pr-3">{offset(Number(m.time_offset_s))}</td>
              <td className="py-1 pr-3">{m.separation_deg == null ? '—' : `${Number(m.separation_deg).toFixed(1)}°`}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The phenom's newest aircraft correlation: the verdict in words, who asked which provider when, each aircraft
 * with its geometry, and a plan of where they were around the observer.
 */
export function AircraftCorrelation({ phenomId, correlation: c }: { phenomId: string; correlation: Correlation | null }) {
  if (!c) {
    return (
      <NotYet message="Not checked yet: nothing is known about the aircraft near this report.">
        <CorrelateButton phenomId={phenomId} again={false} />
      </NotYet>
    );
  }
  const tol = c.tolerances as { maxSeparationDeg?: number; maxTimeOffsetS?: number };
  return (
    <div className="flex flex-col gap-4" data-testid="aircraft-correlation">
      <div className="flex flex-wrap items-start gap-6">
        {c.matches.length ? (
          <AirPlan aircraft={c.matches.map((m) => ({ id: m.id, label: m.callsign ?? m.icao24, az: Number(m.az), groundKm: Number(m.ground_distance_km), within: m.within_tolerance }))} bearing={bearingOf(c.inputs)} />
        ) : null}
        <div className="flex min-w-0 flex-1 flex-col gap-2 text-sm">
          <Outcome c={c} />
          <p className="text-xs text-muted-foreground">
            {c.provider ? PROVIDER[c.provider] : 'No provider'} · {c.status === 'ok' ? `${c.aircraft_count} aircraft` : c.status === 'failed' ? 'failed' : 'not checked'} · checked {formatUtcMinute(c.created_at)} by{' '}
            {c.creator?.display_name || c.creator?.email || c.trigger} · tolerance {tol.maxSeparationDeg ?? '?'}° and {tol.maxTimeOffsetS ?? '?'} s
          </p>
          <CorrelateButton phenomId={phenomId} again />
        </div>
      </div>
      <Matches c={c} />
    </div>
  );
}
