import { gstime, sgp4, twoline2satrec, type SatRec } from 'satellite.js';
import sgp4initModule from 'satellite.js/lib/propagation/sgp4init';
import { ommEpochMs, isIss, isStarlink, type ElementSet } from './elements';
import { DEG, inertialToEcef, lookAngles, WGS84_A_KM, type ObserverFrame, type Vec3 } from './geodesy';
import type { SkyContext, SkyPosition } from './types';

/**
 * SGP4 satellites (satellite.js 5.0.0: its numbers are the ones the reference data was checked with), the
 * Earth-shadow test and the standard-magnitude model.
 */

const sgp4init = typeof sgp4initModule === 'function' ? sgp4initModule : sgp4initModule.default;

const MINUTES_PER_DAY = 1440;
const JD_UNIX_EPOCH = 2440587.5;
/** SGP4's own epoch base: days since 1949 December 31 00:00 UT. */
const JD_SGP4_EPOCH = 2433281.5;
const EARTH_MU = 398600.8; // km³/s², WGS72 as SGP4 uses
const J2 = 0.001082616;

export interface PreparedSatellite {
  set: ElementSet;
  satrec: SatRec;
  flags: string[];
  /** Standard magnitude at 1000 km range and 90° phase, where one is documented. */
  standardMagnitude: number | null;
  /** For the geometric prefilter: inclination, node at epoch and its secular drift, apogee radius. */
  inclRad: number;
  sinIncl: number;
  cosIncl: number;
  /** Memo of the prefilter bound for the last range limit asked (screening always asks the same one). */
  prefilter: { rangeKm: number; sin: number };
  nodeRad: number;
  nodeRateRadPerMin: number;
  apogeeKm: number;
  perigeeKm: number;
  epochMs: number;
  deepSpace: boolean;
}

/**
 * Standard magnitudes (1000 km, half phase) we can cite. ISS −1.8: Heavens-Above's intrinsic magnitude, the value
 * the sighting columns are computed with. Other objects have none here, so their magnitude is left unknown.
 */
const STANDARD_MAGNITUDES: Array<{ match: (s: ElementSet) => boolean; mag: number }> = [{ match: isIss, mag: -1.8 }];

function omm2satrec(set: Extract<ElementSet, { format: 'omm' }>): SatRec {
  const o = set.omm;
  const xpdotp = MINUTES_PER_DAY / (2 * Math.PI);
  const epochMs = ommEpochMsExact(o.EPOCH);
  const satrec = { error: 0, satnum: String(o.NORAD_CAT_ID) } as unknown as SatRec & Record<string, unknown>;
  satrec.jdsatepoch = epochMs / 86_400_000 + JD_UNIX_EPOCH;
  satrec.bstar = o.BSTAR;
  satrec.ecco = o.ECCENTRICITY;
  satrec.inclo = o.INCLINATION * DEG;
  satrec.nodeo = o.RA_OF_ASC_NODE * DEG;
  satrec.argpo = o.ARG_OF_PERICENTER * DEG;
  satrec.mo = o.MEAN_ANOMALY * DEG;
  satrec.no = o.MEAN_MOTION / xpdotp;
  sgp4init(satrec, {
    opsmode: 'i',
    satn: satrec.satnum,
    epoch: satrec.jdsatepoch - JD_SGP4_EPOCH,
    xbstar: satrec.bstar,
    xecco: satrec.ecco,
    xargpo: satrec.argpo,
    xinclo: satrec.inclo,
    xmo: satrec.mo,
    xno: satrec.no,
    xnodeo: satrec.nodeo,
  });
  return satrec;
}

/** Date.parse keeps milliseconds only; OMM epochs carry microseconds, which SGP4 should see. */
function ommEpochMsExact(epoch: string): number {
  const m = /^(.*T\d{2}:\d{2}:\d{2})(\.\d+)?Z?$/.exec(epoch);
  if (!m) return ommEpochMs(epoch);
  return Date.parse(`${m[1]}Z`) + (m[2] ? Number(m[2]) * 1000 : 0);
}

export function satrecFor(set: ElementSet): SatRec {
  return set.format === 'tle' ? twoline2satrec(set.line1, set.line2) : omm2satrec(set);
}

/** Builds the propagator once per set; null (with the reason) when SGP4 refuses the elements. */
export function prepareSatellite(set: ElementSet): PreparedSatellite | { error: string } {
  const satrec = satrecFor(set);
  if (satrec.error !== 0 || !Number.isFinite(satrec.no)) return { error: `SGP4 could not initialise the elements (error ${satrec.error})` };
  const rec = satrec as SatRec & { no: number; ecco: number; inclo: number; nodeo: number; a: number; method: string };
  const nRadPerSec = rec.no / 60;
  const aKm = Math.cbrt(EARTH_MU / (nRadPerSec * nRadPerSec));
  const p = aKm * (1 - rec.ecco * rec.ecco);
  // Secular J2 regression of the node: the plane of a low orbit turns by several degrees a day.
  const nodeRate = -1.5 * J2 * (WGS84_A_KM / p) ** 2 * rec.no * Math.cos(rec.inclo);
  const flags = [isIss(set) ? 'iss' : null, isStarlink(set) ? 'starlink' : null].filter((f): f is string => f !== null);
  return {
    set,
    satrec,
    flags,
    standardMagnitude: STANDARD_MAGNITUDES.find((s) => s.match(set))?.mag ?? null,
    inclRad: rec.inclo,
    sinIncl: Math.sin(rec.inclo),
    cosIncl: Math.cos(rec.inclo),
    prefilter: { rangeKm: NaN, sin: 1 },
    nodeRad: rec.nodeo,
    nodeRateRadPerMin: nodeRate,
    apogeeKm: aKm * (1 + rec.ecco),
    perigeeKm: aKm * (1 - rec.ecco),
    epochMs: (rec.jdsatepoch - JD_UNIX_EPOCH) * 86_400_000,
    deepSpace: rec.method === 'd',
  };
}

export function minutesSinceEpoch(sat: PreparedSatellite, ms: number): number {
  return ((ms / 86_400_000 + JD_UNIX_EPOCH - sat.satrec.jdsatepoch) * MINUTES_PER_DAY);
}

/** TEME position in km at `ms`, or null when SGP4 reports an error (decayed, elements out of range). */
export function propagateTeme(sat: PreparedSatellite, ms: number): Vec3 | null {
  const pv = sgp4(sat.satrec, minutesSinceEpoch(sat, ms));
  const r = pv.position;
  if (!r || typeof r === 'boolean' || sat.satrec.error !== 0) return null;
  return [r.x, r.y, r.z];
}

export function gmstAt(ms: number): number {
  return gstime(ms / 86_400_000 + JD_UNIX_EPOCH);
}

/**
 * Cylindrical Earth shadow: in shadow when behind the Earth (away from the Sun) and within one Earth radius of
 * the Earth–Sun line. The real umbra is a cone, but for low orbits the difference is a few seconds of a pass.
 */
export function isSunlit(teme: Vec3, sunUnit: readonly [number, number, number]): boolean {
  const along = teme[0] * sunUnit[0] + teme[1] * sunUnit[1] + teme[2] * sunUnit[2];
  if (along >= 0) return true;
  const px = teme[0] - along * sunUnit[0];
  const py = teme[1] - along * sunUnit[1];
  const pz = teme[2] - along * sunUnit[2];
  return px * px + py * py + pz * pz > WGS84_A_KM * WGS84_A_KM;
}

/**
 * Apparent magnitude from a standard magnitude (1000 km, phase angle 90°) with the diffuse-sphere phase law:
 * m = m₀ + 5·log₁₀(d/1000) − 2.5·log₁₀(sin β + (π − β)·cos β), β the Sun–satellite–observer angle.
 */
export function satelliteMagnitude(standardMag: number, rangeKm: number, phaseAngleRad: number): number {
  const phase = Math.sin(phaseAngleRad) + (Math.PI - phaseAngleRad) * Math.cos(phaseAngleRad);
  return standardMag + 5 * Math.log10(rangeKm / 1000) - 2.5 * Math.log10(Math.max(phase, 1e-6));
}

/** Observer position in TEME at a given sidereal angle (the ECEF → TEME rotation is the transpose). */
function observerInertial(frame: ObserverFrame, gmst: number): Vec3 {
  return inertialToEcef(frame.ecef, -gmst);
}

/**
 * Geometric prefilter, exact enough to skip SGP4: a satellite can only be above the horizon when the observer is
 * within the horizon half-angle of its orbital plane (widened by a margin for short-period terms and the mean vs
 * osculating plane). Deep-space orbits and sets more than 7 days from their epoch are not filtered (luni-solar
 * terms, or drag, move their planes).
 */
export function mayBeAboveHorizon(sat: PreparedSatellite, observerUnit: Vec3, ms: number, maxRangeKm = Infinity): boolean {
  const minutes = minutesSinceEpoch(sat, ms);
  // Far from epoch SGP4's drag terms move the orbit a long way from the plane the secular J2 rate predicts.
  if (sat.deepSpace || Math.abs(minutes) > PREFILTER_MAX_AGE_MIN) return true;
  const node = sat.nodeRad + sat.nodeRateRadPerMin * minutes;
  const normalDot = sat.sinIncl * (observerUnit[0] * Math.sin(node) - observerUnit[1] * Math.cos(node)) + sat.cosIncl * observerUnit[2];
  return Math.abs(normalDot) <= sinHalfAngle(sat, maxRangeKm);
}

/**
 * sin of the widest geocentric angle at which the satellite can be above the horizon (and within range), plus the
 * margin, for any observer on the ellipsoid up to 10 km high: computed once per satellite and range limit.
 */
function sinHalfAngle(sat: PreparedSatellite, maxRangeKm: number): number {
  const cache = sat.prefilter;
  if (cache.rangeKm === maxRangeKm) return cache.sin;
  const angle = Math.max(...OBSERVER_RADII_KM.map((R) => halfAngle(sat, R, maxRangeKm)));
  cache.rangeKm = maxRangeKm;
  cache.sin = Math.sin(Math.min(Math.PI / 2, angle + PREFILTER_MARGIN_RAD));
  return cache.sin;
}

/** Geocentric radii of observers: the pole at sea level to the equator 10 km up (the bound covers both ends). */
const OBSERVER_RADII_KM = [6356.75, WGS84_A_KM + 10];

function halfAngle(sat: PreparedSatellite, R: number, maxRangeKm: number): number {
  const apogee = Math.max(sat.apogeeKm, R);
  const horizon = Math.acos(Math.min(1, R / apogee));
  if (!Number.isFinite(maxRangeKm)) return horizon;
  // Within maxRangeKm of the observer: by the law of cosines the geocentric angle is widest at the smallest radius
  // the orbit reaches (cos θ = (R² + r² − d²) / 2Rr grows with r above the surface).
  const perigee = Math.max(sat.perigeeKm, R);
  const ranged = Math.acos(Math.max(-1, Math.min(1, (R ** 2 + perigee ** 2 - maxRangeKm ** 2) / (2 * R * perigee))));
  return Math.min(horizon, ranged);
}

const PREFILTER_MARGIN_RAD = 2 * DEG;
const PREFILTER_MAX_AGE_MIN = 7 * MINUTES_PER_DAY;

export interface SatelliteFix extends SkyPosition {
  teme: Vec3;
}

/** Look angles, shadow and magnitude of one satellite at one time. */
export function satelliteAt(sat: PreparedSatellite, frame: ObserverFrame, ms: number, sunUnit: readonly [number, number, number], gmst = gmstAt(ms)): SatelliteFix | null {
  const teme = propagateTeme(sat, ms);
  if (!teme) return null;
  const look = lookAngles(frame, inertialToEcef(teme, gmst));
  const sunlit = isSunlit(teme, sunUnit);
  let magnitude: number | null = null;
  if (sat.standardMagnitude !== null && sunlit) {
    const obs = observerInertial(frame, gmst);
    const toObserver: Vec3 = [obs[0] - teme[0], obs[1] - teme[1], obs[2] - teme[2]];
    const cosPhase = (toObserver[0] * sunUnit[0] + toObserver[1] * sunUnit[1] + toObserver[2] * sunUnit[2]) / look.rangeKm;
    magnitude = satelliteMagnitude(sat.standardMagnitude, look.rangeKm, Math.acos(Math.max(-1, Math.min(1, cosPhase))));
  }
  return { az: look.azDeg, el: look.elDeg, rangeKm: look.rangeKm, sunlit, magnitude, teme };
}

export function observerGeometry(frame: ObserverFrame, ms: number): { unit: Vec3; radiusKm: number } {
  const obs = observerInertial(frame, gmstAt(ms));
  const r = Math.hypot(obs[0], obs[1], obs[2]);
  return { unit: [obs[0] / r, obs[1] / r, obs[2] / r], radiusKm: r };
}

export type { SkyContext };
