import { domePoint, pointsAttr, trackSegments } from '@/lib/screening/dome';

export interface DomeObject {
  id: string;
  name: string;
  kind: string;
  az: number;
  el: number;
  verdict: string | null;
  track: ReadonlyArray<{ dt: number; az: number; el: number }>;
}

interface Props {
  objects: readonly DomeObject[];
  sun: { az: number; el: number } | null;
  moon: { az: number; el: number } | null;
  direction: { az: number | null; el: number | null } | null;
  size?: number;
}

const VERDICT_COLOUR: Record<string, string> = { certain: '#16a34a', probable: '#2563eb', possible: '#a855f7' };
const colourOf = (verdict: string | null) => (verdict ? VERDICT_COLOUR[verdict] : '#94a3b8');
const LABELS: Array<[string, number]> = [['N', 0], ['E', 90], ['S', 180], ['W', 270]];

/** The observer's sky at the event time: candidates with their tracks, the Sun and Moon, the reported direction. */
export function SkyDome({ objects, sun, moon, direction, size = 320 }: Props) {
  const c = size / 2;
  const R = c - 18;
  const at = (az: number, el: number) => domePoint(az, el, c, R);
  const reported = direction?.az != null ? at(direction.az, direction.el ?? 0) : null;
  return (
    <svg role="img" aria-label="Sky dome at the time of the report" viewBox={`0 0 ${size} ${size}`} width={size} height={size} className="max-w-full">
      <circle cx={c} cy={c} r={R} className="fill-slate-950/90 stroke-slate-500" />
      {[30, 60].map((el) => (
        <circle key={el} cx={c} cy={c} r={(R * (90 - el)) / 90} fill="none" className="stroke-slate-700" strokeDasharray="3 4" />
      ))}
      {LABELS.map(([label, az]) => {
        const p = domePoint(az, -9, c, R);
        return (
          <text key={label} x={p.x} y={p.y} textAnchor="middle" dominantBaseline="middle" className="fill-muted-foreground text-[11px]">
            {label}
          </text>
        );
      })}
      {objects.map((o) =>
        trackSegments(o.track, c, R).map((seg, i) => (
          <polyline key={`${o.id}-t${i}`} points={pointsAttr(seg)} fill="none" stroke={colourOf(o.verdict)} strokeOpacity={0.6} strokeWidth={1.5} />
        )),
      )}
      {sun && sun.el > 0 ? <circle data-testid="dome-sun" cx={at(sun.az, sun.el).x} cy={at(sun.az, sun.el).y} r={9} fill="#facc15" /> : null}
      {moon && moon.el > 0 ? <circle data-testid="dome-moon" cx={at(moon.az, moon.el).x} cy={at(moon.az, moon.el).y} r={7} fill="#e2e8f0" /> : null}
      {objects.map((o) => {
        const p = at(o.az, o.el);
        return (
          <g key={o.id} data-testid="dome-candidate" data-name={o.name}>
            <circle cx={p.x} cy={p.y} r={4} fill={colourOf(o.verdict)} />
            <title>{`${o.name} — az ${Math.round(o.az)}°, el ${Math.round(o.el)}°${o.verdict ? `, ${o.verdict}` : ''}`}</title>
          </g>
        );
      })}
      {reported ? (
        <g data-testid="dome-reported" stroke="#f97316" strokeWidth={2}>
          <line x1={reported.x - 7} y1={reported.y} x2={reported.x + 7} y2={reported.y} />
          <line x1={reported.x} y1={reported.y - 7} x2={reported.x} y2={reported.y + 7} />
          <title>Reported direction</title>
        </g>
      ) : null}
    </svg>
  );
}
