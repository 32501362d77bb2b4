import { angularSeparationDeg, azimuthDifferenceDeg, compassPoint } from './geodesy';
import type { ReportedDirection, SkyDarkness, SkyObject, SunState } from './types';

/**
 * When an object could be seen by eye, and how well it explains a report. Every threshold is here, named, and
 * documented in docs/screening.md.
 */

/** Satellites are listed as visual candidates only when the Sun is this far below the horizon (end of civil twilight). */
export const SATELLITE_MAX_SUN_EL = -6;

/** Faintest magnitude an observer can be expected to see, by how dark the sky is (urban/suburban eye, no aid). */
export const LIMITING_MAGNITUDE: Record<SkyDarkness, number> = {
  day: -3.5, // Venus near its brightest and the Moon, not Jupiter
  civil: 1.0,
  nautical: 3.5,
  astronomical: 5.0,
  night: 5.5,
};

/**
 * A satellite without a documented magnitude counts as visible only this close: beyond it a typical object (a
 * square metre or two, albedo ~0.2) is fainter than magnitude 6; most of the catalogue (GEO, GNSS, small debris)
 * could never be seen by eye.
 */
export const UNKNOWN_MAGNITUDE_MAX_RANGE_KM = 2000;

/** Aircraft beyond 100 km are filtered out by the provider; balloons, launches as below. */
export const BALLOON_MAX_RANGE_KM = 150;
export const LAUNCH_MAX_RANGE_KM = 1000;

export const VERDICT_THRESHOLDS = {
  /** Certain: within this of the reported direction… */
  certainSeparationDeg: 3,
  /** …and this close in time (best match within the window)… */
  certainTimeOffsetS: 60,
  /** …with no other visual candidate this close to the reported direction. */
  certainExclusiveDeg: 10,
  probableSeparationDeg: 10,
  possibleSeparationDeg: 25,
} as const;

export type Verdict = 'possible' | 'probable' | 'certain';
export const VERDICT_RANK: Record<Verdict, number> = { possible: 1, probable: 2, certain: 3 };

export function isVisible(o: Pick<SkyObject, 'kind' | 'sunlit' | 'magnitude' | 'rangeKm' | 'el'>, sun: Pick<SunState, 'el' | 'darkness'>): boolean {
  if (o.el <= 0) return false;
  const limit = LIMITING_MAGNITUDE[sun.darkness];
  switch (o.kind) {
    case 'sun':
      return true;
    case 'moon':
    case 'planet':
      return o.magnitude !== null && o.magnitude <= limit;
    case 'satellite':
      // Seen only by reflected sunlight against a dark enough sky; a known magnitude must also beat the sky.
      if (o.sunlit !== true || sun.el >= SATELLITE_MAX_SUN_EL) return false;
      return o.magnitude === null ? o.rangeKm <= UNKNOWN_MAGNITUDE_MAX_RANGE_KM : o.magnitude <= limit;
    case 'aircraft':
      return true;
    case 'balloon':
      return o.rangeKm <= BALLOON_MAX_RANGE_KM && (sun.darkness === 'day' || o.sunlit === true);
    case 'launch':
      return o.rangeKm <= LAUNCH_MAX_RANGE_KM;
  }
}

/** Degrees between the object and the reported direction; a partial direction compares the part it has. */
export function separationFrom(direction: ReportedDirection | undefined, az: number, el: number): number | null {
  const hasAz = direction?.azDeg != null;
  const hasEl = direction?.elDeg != null;
  if (hasAz && hasEl) return angularSeparationDeg(direction.azDeg!, direction.elDeg!, az, el);
  if (hasAz) return azimuthDifferenceDeg(direction.azDeg!, az);
  if (hasEl) return Math.abs(direction.elDeg! - el);
  return null;
}

export function isFullDirection(d: ReportedDirection | undefined): boolean {
  return d?.azDeg != null && d?.elDeg != null;
}

export interface VerdictInput {
  separationDeg: number | null;
  timeOffsetS: number;
  /** Other visual candidates' separations from the reported direction. */
  othersSeparationDeg: Array<number | null>;
  fullDirection: boolean;
}

export function verdictFor(v: VerdictInput): { verdict: Verdict | null; why: string } {
  const t = VERDICT_THRESHOLDS;
  if (v.separationDeg === null) return { verdict: 'possible', why: 'no reported direction to compare' };
  const sep = v.separationDeg;
  if (sep > t.possibleSeparationDeg) return { verdict: null, why: `more than ${t.possibleSeparationDeg}° from the reported direction` };
  const crowded = v.othersSeparationDeg.some((s) => s !== null && s <= t.certainExclusiveDeg);
  if (sep <= t.certainSeparationDeg && Math.abs(v.timeOffsetS) <= t.certainTimeOffsetS && !crowded && v.fullDirection) {
    return { verdict: 'certain', why: `within ${t.certainSeparationDeg}° and ${t.certainTimeOffsetS} s of the report, nothing else within ${t.certainExclusiveDeg}°` };
  }
  if (sep <= t.probableSeparationDeg) {
    const why = !v.fullDirection ? 'only part of the direction was reported' : crowded ? `another candidate is also within ${t.certainExclusiveDeg}°` : `within ${t.probableSeparationDeg}° of the reported direction`;
    return { verdict: 'probable', why };
  }
  return { verdict: 'possible', why: `within ${t.possibleSeparationDeg}° of the reported direction` };
}

const fmt = (n: number) => String(Math.round(n)).replace('-', '−');
const fmtMag = (m: number) => (m < 0 ? `−${Math.abs(m).toFixed(1)}` : m.toFixed(1));

/** "ISS (ZARYA), el 25° SW, 2° from the reported direction, sunlit, mag −3.1" */
export function describeCandidate(c: { name: string; kind: string; el: number; az: number; sunlit: boolean | null; magnitude: number | null; separationDeg: number | null; timeOffsetS: number }): string {
  const parts = [c.name, `el ${fmt(c.el)}° ${compassPoint(c.az)}`];
  if (c.separationDeg !== null) parts.push(`${c.separationDeg < 1 ? c.separationDeg.toFixed(1) : fmt(c.separationDeg)}° from the reported direction`);
  if (Math.abs(c.timeOffsetS) >= 5) parts.push(`best match ${fmt(Math.abs(c.timeOffsetS))} s ${c.timeOffsetS > 0 ? 'after' : 'before'} the report time`);
  if (c.sunlit !== null && c.kind !== 'planet' && c.kind !== 'moon') parts.push(c.sunlit ? 'sunlit' : "in Earth's shadow");
  if (c.magnitude !== null) parts.push(`mag ${fmtMag(c.magnitude)}`);
  return parts.join(', ');
}
