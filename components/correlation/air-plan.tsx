import { planPoint, planScaleKm } from '@/lib/correlation/plan';

export interface PlanAircraft {
  id: string;
  label: string;
  az: number;
  groundKm: number;
  within: boolean;
}

/** Where the aircraft were around the observer (north up, east right), and the reported bearing as a line. */
export function AirPlan({ aircraft, bearing, size = 240 }: { aircraft: readonly PlanAircraft[]; bearing: number | null; size?: number }) {
  const c = size / 2;
  const r = c - 16;
  const scale = planScaleKm(aircraft.map((a) => a.groundKm));
  const edge = bearing === null ? null : planPoint(bearing, scale, scale, c, r);
  return (
    <svg role="img" aria-label={`Aircraft around the observer, out to ${scale} km`} viewBox={`0 0 ${size} ${size}`} width={size} height={size} className="max-w-full">
      <circle cx={c} cy={c} r={r} className="fill-muted/40 stroke-border" />
      <circle cx={c} cy={c} r={r / 2} fill="none" className="stroke-border" strokeDasharray="3 4" />
      <text x={c} y={10} textAnchor="middle" className="fill-muted-foreground text-[10px]">N</text>
      <text x={c + r / 2 + 2} y={c - 3} className="fill-muted-foreground text-[9px]">{scale / 2} km</text>
      {edge ? <line x1={c} y1={c} x2={edge.x} y2={edge.y} className="stroke-amber-500" strokeWidth={2} strokeDasharray="6 3" data-testid="plan-bearing" /> : null}
      <circle cx={c} cy={c} r={4} className="fill-foreground" />
      {aircraft.map((a) => {
        const p = planPoint(a.az, a.groundKm, scale, c, r);
        return (
          <g key={a.id} data-testid="plan-aircraft">
            <circle cx={p.x} cy={p.y} r={5} className={a.within ? 'fill-red-600' : 'fill-sky-600'} />
            <text x={p.x + 7} y={p.y + 3} className="fill-foreground text-[10px]">{a.label}</text>
          </g>
        );
      })}
    </svg>
  );
}
