/**
 * WGS84 geodesy for look angles: geodetic ↔ ECEF, ECEF → local east/north/up, and azimuth/elevation/slant range.
 * Pure maths, all distances in kilometres, angles in degrees unless a name says radians.
 */

export const WGS84_A_KM = 6378.137;
export const WGS84_F = 1 / 298.257223563;
const E2 = WGS84_F * (2 - WGS84_F);

export const DEG = Math.PI / 180;

export type Vec3 = readonly [number, number, number];

export interface GeodeticPoint {
  latDeg: number;
  lonDeg: number;
  /** Height above the ellipsoid, km. */
  heightKm: number;
}

export interface LookAngles {
  /** From true north through east, [0, 360). */
  azDeg: number;
  /** Above the local horizontal plane (geometric, no refraction). */
  elDeg: number;
  rangeKm: number;
}

export function geodeticToEcef(p: GeodeticPoint): Vec3 {
  const lat = p.latDeg * DEG;
  const lon = p.lonDeg * DEG;
  const sinLat = Math.sin(lat);
  const n = WGS84_A_KM / Math.sqrt(1 - E2 * sinLat * sinLat);
  const r = (n + p.heightKm) * Math.cos(lat);
  return [r * Math.cos(lon), r * Math.sin(lon), (n * (1 - E2) + p.heightKm) * sinLat];
}

/** A precomputed observer frame: look angles to many targets cost a subtraction and three dot products each. */
export interface ObserverFrame {
  ecef: Vec3;
  east: Vec3;
  north: Vec3;
  up: Vec3;
}

export function observerFrame(p: GeodeticPoint): ObserverFrame {
  const lat = p.latDeg * DEG;
  const lon = p.lonDeg * DEG;
  const [sLat, cLat, sLon, cLon] = [Math.sin(lat), Math.cos(lat), Math.sin(lon), Math.cos(lon)];
  return {
    ecef: geodeticToEcef(p),
    east: [-sLon, cLon, 0],
    north: [-sLat * cLon, -sLat * sLon, cLat],
    up: [cLat * cLon, cLat * sLon, sLat],
  };
}

const dot = (a: Vec3, b: Vec3) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];

export function ecefToEnu(frame: ObserverFrame, target: Vec3): Vec3 {
  const d: Vec3 = [target[0] - frame.ecef[0], target[1] - frame.ecef[1], target[2] - frame.ecef[2]];
  return [dot(d, frame.east), dot(d, frame.north), dot(d, frame.up)];
}

export function enuToLookAngles([e, n, u]: Vec3): LookAngles {
  const horizontal = Math.hypot(e, n);
  const rangeKm = Math.hypot(horizontal, u);
  // At the zenith azimuth is undefined; 0 (north) as pymap3d does.
  const az = horizontal < 1e-12 ? 0 : Math.atan2(e, n) / DEG;
  return { azDeg: normaliseAzimuth(az), elDeg: Math.atan2(u, horizontal) / DEG, rangeKm };
}

export function lookAngles(frame: ObserverFrame, targetEcef: Vec3): LookAngles {
  return enuToLookAngles(ecefToEnu(frame, targetEcef));
}

export function normaliseAzimuth(deg: number): number {
  const a = deg % 360;
  return a < 0 ? a + 360 : a === 360 ? 0 : a;
}

/** Great-circle angle between two directions on the sky, degrees (haversine: exact for small angles too). */
export function angularSeparationDeg(az1: number, el1: number, az2: number, el2: number): number {
  const [p1, p2] = [el1 * DEG, el2 * DEG];
  const dLat = p2 - p1;
  const dLon = (az2 - az1) * DEG;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(p1) * Math.cos(p2) * Math.sin(dLon / 2) ** 2;
  return (2 * Math.asin(Math.min(1, Math.sqrt(h)))) / DEG;
}

/** Smallest difference between two azimuths, [0, 180]. */
export function azimuthDifferenceDeg(a: number, b: number): number {
  const d = Math.abs(normaliseAzimuth(a) - normaliseAzimuth(b));
  return d > 180 ? 360 - d : d;
}

/** Rotates an Earth-centred inertial (TEME) vector into ECEF by Greenwich sidereal angle `gmstRad`. */
export function inertialToEcef([x, y, z]: Vec3, gmstRad: number): Vec3 {
  const c = Math.cos(gmstRad);
  const s = Math.sin(gmstRad);
  return [x * c + y * s, -x * s + y * c, z];
}

/** The 16-point compass word for an azimuth ("SW"), as sighting reports and sky columns use. */
export function compassPoint(azDeg: number): string {
  const points = ['N', 'NNE', 'NE', 'ENE', 'E', 'ESE', 'SE', 'SSE', 'S', 'SSW', 'SW', 'WSW', 'W', 'WNW', 'NW', 'NNW'];
  return points[Math.round(normaliseAzimuth(azDeg) / 22.5) % 16];
}

const WGS84_B_KM = WGS84_A_KM * (1 - WGS84_F);

/**
 * Ground distance between two points on the WGS84 ellipsoid, km: the geodesic (Vincenty's inverse formula, 1975),
 * good to well under a millimetre. Vincenty does not converge for nearly antipodal points; there (never the case
 * for an aircraft within a few hundred kilometres) the great-circle distance on the mean radius is returned.
 */
export function geodesicDistanceKm(a: { latDeg: number; lonDeg: number }, b: { latDeg: number; lonDeg: number }): number {
  const f = WGS84_F;
  const L = (b.lonDeg - a.lonDeg) * DEG;
  const U1 = Math.atan((1 - f) * Math.tan(a.latDeg * DEG));
  const U2 = Math.atan((1 - f) * Math.tan(b.latDeg * DEG));
  const [sinU1, cosU1, sinU2, cosU2] = [Math.sin(U1), Math.cos(U1), Math.sin(U2), Math.cos(U2)];
  let lambda = L;
  for (let i = 0; i < 200; i++) {
    const [sinL, cosL] = [Math.sin(lambda), Math.cos(lambda)];
    const sinSigma = Math.hypot(cosU2 * sinL, cosU1 * sinU2 - sinU1 * cosU2 * cosL);
    if (sinSigma === 0) return 0;
    const cosSigma = sinU1 * sinU2 + cosU1 * cosU2 * cosL;
    const sigma = Math.atan2(sinSigma, cosSigma);
    const sinAlpha = (cosU1 * cosU2 * sinL) / sinSigma;
    const cos2Alpha = 1 - sinAlpha * sinAlpha;
    // On the equator cos²α = 0 and the term vanishes.
    const cos2SigmaM = cos2Alpha === 0 ? 0 : cosSigma - (2 * sinU1 * sinU2) / cos2Alpha;
    const C = (f / 16) * cos2Alpha * (4 + f * (4 - 3 * cos2Alpha));
    const next = L + (1 - C) * f * sinAlpha * (sigma + C * sinSigma * (cos2SigmaM + C * cosSigma * (-1 + 2 * cos2SigmaM * cos2SigmaM)));
    if (Math.abs(next - lambda) < 1e-12) {
      const u2 = (cos2Alpha * (WGS84_A_KM ** 2 - WGS84_B_KM ** 2)) / WGS84_B_KM ** 2;
      const A = 1 + (u2 / 16384) * (4096 + u2 * (-768 + u2 * (320 - 175 * u2)));
      const B = (u2 / 1024) * (256 + u2 * (-128 + u2 * (74 - 47 * u2)));
      const dSigma = B * sinSigma * (cos2SigmaM + (B / 4) * (cosSigma * (-1 + 2 * cos2SigmaM ** 2) - (B / 6) * cos2SigmaM * (-3 + 4 * sinSigma ** 2) * (-3 + 4 * cos2SigmaM ** 2)));
      return WGS84_B_KM * A * (sigma - dSigma);
    }
    lambda = next;
  }
  const meanRadiusKm = (2 * WGS84_A_KM + WGS84_B_KM) / 3;
  const h = Math.sin(((b.latDeg - a.latDeg) * DEG) / 2) ** 2 + Math.cos(a.latDeg * DEG) * Math.cos(b.latDeg * DEG) * Math.sin(L / 2) ** 2;
  return 2 * meanRadiusKm * Math.asin(Math.min(1, Math.sqrt(h)));
}
