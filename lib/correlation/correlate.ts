import { compassPoint, geodeticToEcef, geodesicDistanceKm, lookAngles, observerFrame } from '@/lib/screening/geodesy';
import { separationFrom } from '@/lib/screening/verdict';
import type { Tolerances } from './env';
import { positionAt } from './track';
import type { AircraftTrack, CorrelationRequest } from './types';

/**
 * For each aircraft a provider saw: where it was in the observer's sky (azimuth, elevation, slant range on the
 * WGS84 ellipsoid), how far away over the ground, and when (time offset from the report) — at the moment it best
 * matched the reported direction (no direction: its closest approach). A phenom is "possible aircraft" when one
 * aircraft was above the horizon within `maxSeparationDeg` of the reported direction at a moment within
 * `maxTimeOffsetS` of the report time. Pure: no I/O, the same tracks give the same answer.
 */

/** Aircraft are listed over at least this long either side of the report, matched or not. */
export const LIST_WINDOW_S = 300;
const STEP_S = 5;

export interface AircraftMatch {
  icao24: string;
  callsign: string | null;
  azDeg: number;
  elDeg: number;
  groundDistanceKm: number;
  slantRangeKm: number;
  altitudeM: number;
  latDeg: number;
  lonDeg: number;
  /** The moment described minus the report time, seconds. */
  timeOffsetS: number;
  /** From the reported direction (partial direction: what it has); null when the report gives none. */
  separationDeg: number | null;
  withinTolerance: boolean;
}

export interface CorrelationOutcome {
  matches: AircraftMatch[];
  possibleAircraft: boolean;
  summary: string;
}

type Sample = Omit<AircraftMatch, 'icao24' | 'callsign' | 'withinTolerance'>;

export const listWindowS = (t: Tolerances) => Math.max(LIST_WINDOW_S, t.maxTimeOffsetS);

function samplesOf(track: AircraftTrack, req: CorrelationRequest, windowS: number, radiusKm: number): Sample[] {
  const frame = observerFrame({ latDeg: req.observer.latDeg, lonDeg: req.observer.lonDeg, heightKm: req.observer.heightM / 1000 });
  const out: Sample[] = [];
  for (let dt = -windowS; dt <= windowS; dt += STEP_S) {
    const p = positionAt(track, req.atMs + dt * 1000);
    if (!p) continue;
    const look = lookAngles(frame, geodeticToEcef({ latDeg: p.latDeg, lonDeg: p.lonDeg, heightKm: p.altM / 1000 }));
    const ground = geodesicDistanceKm(req.observer, p);
    if (look.elDeg <= 0 || ground > radiusKm) continue;
    out.push({ azDeg: look.azDeg, elDeg: look.elDeg, slantRangeKm: look.rangeKm, groundDistanceKm: ground, altitudeM: p.altM, latDeg: p.latDeg, lonDeg: p.lonDeg, timeOffsetS: dt, separationDeg: separationFrom(req.direction, look.azDeg, look.elDeg) });
  }
  return out;
}

/** Smaller is better: separation when there is a direction, else slant range; then nearer the report time. */
function better(a: Sample, b: Sample): boolean {
  const ka = a.separationDeg ?? a.slantRangeKm;
  const kb = b.separationDeg ?? b.slantRangeKm;
  if (Math.abs(ka - kb) > 1e-9) return ka < kb;
  return Math.abs(a.timeOffsetS) < Math.abs(b.timeOffsetS);
}

const bestOf = (samples: Sample[]) => samples.reduce<Sample | null>((best, s) => (!best || better(s, best) ? s : best), null);

function matchOf(track: AircraftTrack, req: CorrelationRequest, t: Tolerances, radiusKm: number): AircraftMatch | null {
  const samples = samplesOf(track, req, listWindowS(t), radiusKm);
  const inTime = bestOf(samples.filter((s) => Math.abs(s.timeOffsetS) <= t.maxTimeOffsetS));
  const within = inTime !== null && inTime.separationDeg !== null && inTime.separationDeg <= t.maxSeparationDeg;
  const shown = within ? inTime : bestOf(samples);
  if (!shown) return null;
  return { icao24: track.icao24, callsign: track.callsign, ...shown, withinTolerance: within };
}

function rank(a: AircraftMatch, b: AircraftMatch): number {
  if (a.withinTolerance !== b.withinTolerance) return a.withinTolerance ? -1 : 1;
  return (a.separationDeg ?? a.slantRangeKm) - (b.separationDeg ?? b.slantRangeKm) || a.slantRangeKm - b.slantRangeKm;
}

const when = (s: number) => (s === 0 ? 'at the report time' : `${Math.abs(s)} s ${s < 0 ? 'before' : 'after'} the report time`);

export function describeMatch(m: AircraftMatch): string {
  const where = `el ${m.elDeg.toFixed(0)}° ${compassPoint(m.azDeg)}, ${m.groundDistanceKm.toFixed(1)} km away over the ground (${m.slantRangeKm.toFixed(1)} km in line of sight) at ${Math.round(m.altitudeM)} m`;
  const sep = m.separationDeg === null ? '' : `, ${m.separationDeg.toFixed(1)}° from the reported direction`;
  return `${m.callsign ?? m.icao24}: ${where}${sep}, ${when(m.timeOffsetS)}`;
}

export function correlate(req: CorrelationRequest, tracks: readonly AircraftTrack[], t: Tolerances, radiusKm: number): CorrelationOutcome {
  const matches = tracks.flatMap((track) => matchOf(track, req, t, radiusKm) ?? []).sort(rank);
  const best = matches[0];
  const hasDirection = req.direction?.azDeg != null || req.direction?.elDeg != null;
  const tolerance = `within ${t.maxSeparationDeg}° and ${t.maxTimeOffsetS} s`;
  let summary: string;
  if (best?.withinTolerance) summary = `Possible aircraft: ${describeMatch(best)} (${tolerance}).`;
  else if (matches.length === 0) summary = 'No aircraft above the horizon near the report place and time.';
  else if (!hasDirection) summary = `${matches.length} aircraft above the horizon nearby; the report gives no direction, so none can be matched.`;
  else summary = `${matches.length} aircraft above the horizon nearby; none passed ${tolerance} of the reported direction.`;
  return { matches, possibleAircraft: best?.withinTolerance ?? false, summary };
}
