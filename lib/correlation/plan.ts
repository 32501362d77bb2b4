/**
 * The plan view of a correlation (components/correlation/air-plan.tsx): the observer in the middle, north up, east
 * right as on a map, each aircraft at its azimuth and ground distance. The scale is the farthest aircraft rounded up
 * to a whole 5 km (at least 5 km), so a close aircraft is not a dot in the middle of a 100 km circle.
 */
export function planScaleKm(distancesKm: readonly number[]): number {
  const far = Math.max(0, ...distancesKm);
  return Math.max(5, Math.ceil(far / 5) * 5);
}

export function planPoint(azDeg: number, distanceKm: number, scaleKm: number, c: number, r: number): { x: number; y: number } {
  const k = (Math.min(distanceKm, scaleKm) / scaleKm) * r;
  const a = (azDeg * Math.PI) / 180;
  return { x: c + k * Math.sin(a), y: c - k * Math.cos(a) };
}
