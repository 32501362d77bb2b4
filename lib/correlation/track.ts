import { aircraftPositionAt } from '@/lib/screening/aircraft';
import type { AircraftFix, AircraftTrack } from './types';

/**
 * Where an aircraft was at a time: between two fixes, linearly (fixes come seconds to minutes apart, and a great
 * circle is a straight line at that scale); before the first or after the last fix, dead reckoning along its
 * reported track and speed for at most MAX_EXTRAPOLATION_S; otherwise unknown (null) rather than a guess.
 */

export const MAX_EXTRAPOLATION_S = 120;

export interface TrackPosition {
  latDeg: number;
  lonDeg: number;
  altM: number;
}

function between(a: AircraftFix, b: AircraftFix, ms: number): TrackPosition {
  const k = b.ms === a.ms ? 0 : (ms - a.ms) / (b.ms - a.ms);
  // Across the antimeridian the shorter way round.
  const dLon = ((b.lonDeg - a.lonDeg + 540) % 360) - 180;
  return { latDeg: a.latDeg + k * (b.latDeg - a.latDeg), lonDeg: ((a.lonDeg + k * dLon + 540) % 360) - 180, altM: a.altM + k * (b.altM - a.altM) };
}

function reckoned(f: AircraftFix, ms: number): TrackPosition | null {
  const dtS = Math.abs(ms - f.ms) / 1000;
  if (dtS === 0) return { latDeg: f.latDeg, lonDeg: f.lonDeg, altM: f.altM };
  if (dtS > MAX_EXTRAPOLATION_S) return null;
  // A fix without speed and track is an aircraft we cannot move: good only for a few seconds.
  if (f.speedMs === null || f.trackDeg === null) return dtS <= 10 ? { latDeg: f.latDeg, lonDeg: f.lonDeg, altM: f.altM } : null;
  return aircraftPositionAt({ icao24: '', callsign: null, latDeg: f.latDeg, lonDeg: f.lonDeg, altM: f.altM, velocity: f.speedMs, trackDeg: f.trackDeg, verticalRate: f.verticalRateMs, positionMs: f.ms }, ms);
}

export function positionAt(track: AircraftTrack, ms: number): TrackPosition | null {
  const fixes = track.fixes;
  if (fixes.length === 0) return null;
  if (ms <= fixes[0].ms) return reckoned(fixes[0], ms);
  const last = fixes[fixes.length - 1];
  if (ms >= last.ms) return reckoned(last, ms);
  let i = 1;
  while (fixes[i].ms < ms) i++;
  return between(fixes[i - 1], fixes[i], ms);
}

/** Fixes in time order, one per instant (a provider may repeat a position with a new heading). */
export function normaliseFixes(fixes: AircraftFix[]): AircraftFix[] {
  const sorted = [...fixes].sort((a, b) => a.ms - b.ms);
  return sorted.filter((f, i) => i === sorted.length - 1 || sorted[i + 1].ms !== f.ms);
}
