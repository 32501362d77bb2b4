import { angularSeparationDeg, azimuthDifferenceDeg, compassPoint, DEG, geodesicDistanceKm, geodeticToEcef, lookAngles, normaliseAzimuth, observerFrame, ecefToEnu, WGS84_A_KM } from './geodesy';
import { describeWithData, readReferenceJson } from './testing/reference-data';

interface AerCase {
  id: string;
  observer: { lat_deg: number; lon_deg: number; h_m: number };
  observer_ecef_m?: number[];
  target?: { lat_deg: number; lon_deg: number; h_m: number };
  target_ecef_m?: number[];
  expected: { az_deg: number; el_deg: number; range_m: number };
  expected_enu_m?: number[];
}

const FILE = 'geometry/pymap3d-aer-cases.json';

describeWithData('WGS84 look angles against pymap3d', [FILE], () => {
  const { cases } = readReferenceJson<{ cases: AerCase[] }>(FILE);
  const frameOf = (c: AerCase) => observerFrame({ latDeg: c.observer.lat_deg, lonDeg: c.observer.lon_deg, heightKm: c.observer.h_m / 1000 });

  it('observer geodetic → ECEF', () => {
    const c = cases.find((x) => x.observer_ecef_m)!;
    const ecef = geodeticToEcef({ latDeg: c.observer.lat_deg, lonDeg: c.observer.lon_deg, heightKm: c.observer.h_m / 1000 });
    ecef.forEach((v, i) => expect(v * 1000).toBeCloseTo(c.observer_ecef_m![i], 3));
  });

  it('ECEF target → ENU and az/el/range (exact case)', () => {
    const c = cases.find((x) => x.id === 'ecef-to-aer')!;
    const target = c.target_ecef_m!.map((m) => m / 1000) as [number, number, number];
    const enu = ecefToEnu(frameOf(c), target);
    enu.forEach((v, i) => expect(v * 1000).toBeCloseTo(c.expected_enu_m![i], 3));
    const look = lookAngles(frameOf(c), target);
    expect(look.azDeg).toBeCloseTo(33, 5);
    expect(look.elDeg).toBeCloseTo(70, 5);
    expect(look.rangeKm * 1000).toBeCloseTo(1000, 3);
  });

  it.each(['geodetic-to-aer', 'straight-up'])('geodetic target %s', (id) => {
    const c = cases.find((x) => x.id === id)!;
    const t = c.target!;
    const look = lookAngles(frameOf(c), geodeticToEcef({ latDeg: t.lat_deg, lonDeg: t.lon_deg, heightKm: t.h_m / 1000 }));
    // The upstream test allows 1e-3 relative: its target longitude has five decimals only.
    expect(Math.abs(look.azDeg - c.expected.az_deg)).toBeLessThan(0.05);
    expect(Math.abs(look.elDeg - c.expected.el_deg)).toBeLessThan(0.01);
    expect(Math.abs(look.rangeKm * 1000 - c.expected.range_m)).toBeLessThan(1);
  });
});

describe('angles on the sky', () => {
  it('separation: along a vertical, along the horizon, across north, at the zenith', () => {
    expect(angularSeparationDeg(225, 25, 225, 27)).toBeCloseTo(2, 10);
    expect(angularSeparationDeg(10, 0, 20, 0)).toBeCloseTo(10, 10);
    expect(angularSeparationDeg(355, 0, 5, 0)).toBeCloseTo(10, 10);
    // Near the zenith azimuth hardly matters: 180° apart in azimuth at 89° is 2° on the sky.
    expect(angularSeparationDeg(0, 89, 180, 89)).toBeCloseTo(2, 10);
    expect(angularSeparationDeg(40, 60, 40, 60)).toBe(0);
  });

  it('azimuth differences and compass words', () => {
    expect(azimuthDifferenceDeg(350, 10)).toBeCloseTo(20);
    expect(azimuthDifferenceDeg(0, 180)).toBe(180);
    expect(normaliseAzimuth(-90)).toBe(270);
    expect(normaliseAzimuth(360)).toBe(0);
    expect([0, 225, 228, 272, 174, 350].map(compassPoint)).toEqual(['N', 'SW', 'SW', 'W', 'S', 'N']);
  });
});

describeWithData('ground distance on the WGS84 ellipsoid', [FILE], () => {
  const { cases } = readReferenceJson<{ cases: AerCase[] }>(FILE);

  it('pymap3d cases: the ground distance is the horizontal leg of the slant range (range · cos el)', () => {
    const c = cases.find((x) => x.id === 'geodetic-to-aer')!;
    const ground = geodesicDistanceKm({ latDeg: c.observer.lat_deg, lonDeg: c.observer.lon_deg }, { latDeg: c.target!.lat_deg, lonDeg: c.target!.lon_deg });
    const horizontalM = c.expected.range_m * Math.cos(c.expected.el_deg * DEG);
    // The target longitude has five decimals (0.8 m at 42°N): the upstream tolerance, 1e-3 of the 1000 m range.
    expect(Math.abs(ground * 1000 - horizontalM)).toBeLessThan(1);
    const up = cases.find((x) => x.id === 'straight-up')!;
    expect(geodesicDistanceKm({ latDeg: up.observer.lat_deg, lonDeg: up.observer.lon_deg }, { latDeg: up.target!.lat_deg, lonDeg: up.target!.lon_deg })).toBe(0);
  });
});

describe('geodesic distance: published WGS84/Vincenty values', () => {
  it('along the equator it is a·Δλ; a quarter meridian is 10 001 965.729 m', () => {
    expect(geodesicDistanceKm({ latDeg: 0, lonDeg: 0 }, { latDeg: 0, lonDeg: 1 }) * 1000).toBeCloseTo(WGS84_A_KM * 1000 * DEG, 3);
    expect(geodesicDistanceKm({ latDeg: 0, lonDeg: 10 }, { latDeg: 90, lonDeg: 10 }) * 1000).toBeCloseTo(10_001_965.729, 2);
  });

  it('Flinders Peak to Buninyong (Vincenty 1975, as used by Geoscience Australia): 54 972.271 m', () => {
    const flinders = { latDeg: -(37 + 57 / 60 + 3.72030 / 3600), lonDeg: 144 + 25 / 60 + 29.52440 / 3600 };
    const buninyong = { latDeg: -(37 + 39 / 60 + 10.15610 / 3600), lonDeg: 143 + 55 / 60 + 35.38390 / 3600 };
    expect(geodesicDistanceKm(flinders, buninyong) * 1000).toBeCloseTo(54_972.271, 2);
    expect(geodesicDistanceKm(buninyong, flinders) * 1000).toBeCloseTo(54_972.271, 2);
  });

  it('nearly antipodal points still get a distance (half the circumference, roughly)', () => {
    const d = geodesicDistanceKm({ latDeg: 0, lonDeg: 0 }, { latDeg: 0.5, lonDeg: 179.7 });
    expect(d).toBeGreaterThan(19_900);
    expect(d).toBeLessThan(20_040);
  });
});
