import { statesResponseSchema, type StatesResponse } from '../aircraft/states';
import { DEG, geodeticToEcef, lookAngles, WGS84_A_KM } from './geodesy';
import type { Observer, ProviderAnswer, RawProviderData, SkyContext, SkyObject, SkyPosition, SkyProvider } from './types';

/**
 * Aircraft as OpenSky state vectors. The provider is independent of where the vectors come from: a source answers
 * with the air picture around an observer at a time (the live OpenSky/RadarBox clients of the map feature, or the
 * vectors stored with an earlier run), and this turns them into sky objects.
 */

// The state-vector format is the aircraft feature's (lib/aircraft/states.ts): one parser for the map and screening.
export { stateVectorSchema, statesResponseSchema, type StateVector, type StatesResponse } from '../aircraft/states';

export interface AirPicture {
  response: StatesResponse;
  raw: RawProviderData;
  /** Why there are no vectors although nothing failed (ProviderAnswer.note). */
  note?: string;
}

/** Where state vectors come from. */
export interface AircraftStateSource {
  readonly name: string;
  statesAround(observer: Observer, atMs: number, radiusKm: number): Promise<AirPicture>;
}

/** Beyond this an aircraft is a dot at best: too far to be the object of a report. */
export const AIRCRAFT_RADIUS_KM = 100;

export interface Aircraft {
  icao24: string;
  callsign: string | null;
  latDeg: number;
  lonDeg: number;
  altM: number;
  velocity: number | null;
  trackDeg: number | null;
  verticalRate: number | null;
  /** Unix ms of the position. */
  positionMs: number;
}

export function aircraftFromStates(response: StatesResponse): Aircraft[] {
  return (response.states ?? []).flatMap((s) => {
    const [icao24, callsign, , timePosition, lastContact, lon, lat, baro, onGround, velocity, track, vrate, , geo] = s;
    if (lat === null || lon === null || onGround) return [];
    const altM = geo ?? baro;
    if (altM === null) return [];
    return [{ icao24, callsign: callsign?.trim() || null, latDeg: lat, lonDeg: lon, altM, velocity, trackDeg: track, verticalRate: vrate, positionMs: (timePosition ?? lastContact) * 1000 }];
  });
}

/** Dead reckoning along the great circle of the reported track: fine for the minutes a sky track spans. */
export function aircraftPositionAt(a: Aircraft, ms: number): { latDeg: number; lonDeg: number; altM: number } {
  const dt = (ms - a.positionMs) / 1000;
  if (!a.velocity || a.trackDeg === null || dt === 0) return { latDeg: a.latDeg, lonDeg: a.lonDeg, altM: Math.max(0, a.altM + (a.verticalRate ?? 0) * dt) };
  const d = (a.velocity * dt) / 1000 / WGS84_A_KM;
  const [lat1, lon1, brg] = [a.latDeg * DEG, a.lonDeg * DEG, a.trackDeg * DEG];
  const lat2 = Math.asin(Math.sin(lat1) * Math.cos(d) + Math.cos(lat1) * Math.sin(d) * Math.cos(brg));
  const lon2 = lon1 + Math.atan2(Math.sin(brg) * Math.sin(d) * Math.cos(lat1), Math.cos(d) - Math.sin(lat1) * Math.sin(lat2));
  return { latDeg: lat2 / DEG, lonDeg: ((lon2 / DEG + 540) % 360) - 180, altM: Math.max(0, a.altM + (a.verticalRate ?? 0) * dt) };
}

function aircraftSky(a: Aircraft, ctx: SkyContext, ms: number): SkyPosition {
  const p = aircraftPositionAt(a, ms);
  const look = lookAngles(ctx.frame, geodeticToEcef({ latDeg: p.latDeg, lonDeg: p.lonDeg, heightKm: p.altM / 1000 }));
  // Aircraft carry lights at night and reflect by day: no shadow model, no magnitude.
  return { az: look.azDeg, el: look.elDeg, rangeKm: look.rangeKm, sunlit: null, magnitude: null };
}

export function aircraftProvider(source: AircraftStateSource, radiusKm = AIRCRAFT_RADIUS_KM): SkyProvider {
  return {
    name: source.name,
    async sky(ctx: SkyContext): Promise<ProviderAnswer> {
      const picture = await source.statesAround(ctx.observer, ctx.atMs, radiusKm);
      const objects: SkyObject[] = [];
      for (const a of aircraftFromStates(picture.response)) {
        const pos = aircraftSky(a, ctx, ctx.atMs);
        if (pos.el <= 0 || pos.rangeKm > radiusKm) continue;
        objects.push({ kind: 'aircraft', name: a.callsign ?? a.icao24, id: a.icao24, flags: [], ...pos, at: (ms) => aircraftSky(a, ctx, ms) });
      }
      return { objects, raw: picture.raw, ...(picture.note ? { note: picture.note } : {}) };
    },
  };
}

/** A source answering from a stored /states/all body (a file, or the raw data of an earlier run). */
export function storedStatesSource(body: unknown, meta: { source: string; fetchedAt: string | null; note?: string }): AircraftStateSource {
  const response = statesResponseSchema.parse(body);
  return {
    name: 'aircraft',
    async statesAround() {
      return { response, raw: { provider: 'aircraft', source: meta.source, fetchedAt: meta.fetchedAt, data: response }, ...(meta.note ? { note: meta.note } : {}) };
    },
  };
}
