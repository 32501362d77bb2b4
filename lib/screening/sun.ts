import { Body, Equator, GeoVector, Horizon, Observer as AstroObserver, RotateVector, Rotation_EQJ_EQD } from 'astronomy-engine';
import type { Observer, SkyDarkness, SunState } from './types';

/**
 * The Sun for an observer: how dark the sky is (twilight classes by the Sun's elevation, as almanacs define them)
 * and the Sun's direction in the satellites' inertial frame for the Earth-shadow test.
 */

/** By the geometric (unrefracted) elevation of the Sun's centre, as the almanac definitions are. */
export function skyDarkness(geometricSunElDeg: number): SkyDarkness {
  const sunElDeg = geometricSunElDeg;
  // −0.833°: the upper limb on the refracted horizon, i.e. sunrise/sunset as the USNO tables give them.
  if (sunElDeg > -0.833) return 'day';
  if (sunElDeg > -6) return 'civil';
  if (sunElDeg > -12) return 'nautical';
  if (sunElDeg > -18) return 'astronomical';
  return 'night';
}

export function astroObserver(o: Observer): AstroObserver {
  return new AstroObserver(o.latDeg, o.lonDeg, o.heightM);
}

export function sunState(observer: Observer, atMs: number): SunState {
  const date = new Date(atMs);
  const eq = Equator(Body.Sun, date, astroObserver(observer), true, true);
  const hor = Horizon(date, astroObserver(observer), eq.ra, eq.dec, 'normal');
  const geometric = Horizon(date, astroObserver(observer), eq.ra, eq.dec);
  // TEME is the true equator with the mean equinox; the equator of date differs by the equation of the equinoxes
  // (about a second of arc), far below what a shadow edge needs.
  const v = RotateVector(Rotation_EQJ_EQD(date), GeoVector(Body.Sun, date, true));
  const len = Math.hypot(v.x, v.y, v.z);
  return { el: hor.altitude, az: hor.azimuth, darkness: skyDarkness(geometric.altitude), inertialUnit: [v.x / len, v.y / len, v.z / len] };
}
