import { z } from 'zod';
import type { ScreeningRequest } from './engine';

/**
 * The screening request for a stored phenom: the observer is the phenom's position (or, failing that, the observer
 * position of its first coordinate with a direction), the time its occurred_at, the direction that coordinate's
 * bearing and elevation.
 */

const num = z.union([z.number(), z.string().regex(/^-?\d+(\.\d+)?(e-?\d+)?$/i).transform(Number)]);
const nullableNum = num.nullish().transform((v) => v ?? null);

export const screeningTargetSchema = z.object({
  id: z.string(),
  latitude: nullableNum,
  longitude: nullableNum,
  altitude_m: nullableNum,
  occurred_at: z.string(),
  coords: z.array(z.object({ t: z.string(), observer_lat: nullableNum, observer_lng: nullableNum, observer_alt_m: nullableNum, bearing_deg: nullableNum, elevation_deg: nullableNum })),
});
export type ScreeningTarget = z.input<typeof screeningTargetSchema>;

export type TargetProblem = { field: 'latitude' | 'occurred_at'; message: string };

export function requestForPhenom(input: ScreeningTarget): ScreeningRequest | TargetProblem {
  const p = screeningTargetSchema.parse(input);
  const coord = p.coords[0];
  const lat = p.latitude ?? coord?.observer_lat ?? null;
  const lon = p.longitude ?? coord?.observer_lng ?? null;
  if (lat === null || lon === null) return { field: 'latitude', message: 'The phenom has no position to screen the sky from.' };
  const atMs = Date.parse(p.occurred_at);
  if (!Number.isFinite(atMs)) return { field: 'occurred_at', message: 'The phenom has no valid time.' };
  const heightM = Math.max(0, Math.min(p.altitude_m ?? coord?.observer_alt_m ?? 0, 10_000));
  const direction = coord && (coord.bearing_deg !== null || coord.elevation_deg !== null) ? { azDeg: coord.bearing_deg, elDeg: coord.elevation_deg } : undefined;
  return { observer: { latDeg: lat, lonDeg: lon, heightM }, atMs, direction };
}
