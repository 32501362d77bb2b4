/**
 * Geometry of the polar sky dome: the observer's sky seen from below, as sky charts draw it. Zenith at the centre,
 * the horizon on the rim, elevation inwards linearly (el 45° at half the radius); north at the top and, because
 * the chart looks up, east on the LEFT and west on the right.
 */

export interface DomePoint {
  x: number;
  y: number;
}

export function domePoint(azDeg: number, elDeg: number, centre: number, radius: number): DomePoint {
  const r = (radius * (90 - Math.max(0, Math.min(90, elDeg)))) / 90;
  const a = (azDeg * Math.PI) / 180;
  return { x: centre - r * Math.sin(a), y: centre - r * Math.cos(a) };
}

/** Polyline segments of a track, split where it dips below the horizon (those parts are not drawn). */
export function trackSegments(track: ReadonlyArray<{ az: number; el: number }>, centre: number, radius: number): DomePoint[][] {
  const segments: DomePoint[][] = [];
  let current: DomePoint[] = [];
  for (const p of track) {
    if (p.el < 0) {
      if (current.length > 1) segments.push(current);
      current = [];
      continue;
    }
    current.push(domePoint(p.az, p.el, centre, radius));
  }
  if (current.length > 1) segments.push(current);
  return segments;
}

const round = (n: number) => Math.round(n * 10) / 10;
export function pointsAttr(points: readonly DomePoint[]): string {
  return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}
