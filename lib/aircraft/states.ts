import { z } from 'zod';

/**
 * OpenSky's `/api/states/all` body (docs: openskynetwork.github.io/opensky-api/rest.html, "All State Vectors";
 * a copy of the field table is in ../shared/data/opensky/FIELDS.md). A state vector is an array in a fixed field
 * order: 17 entries, or 18 with `extended=1` (the aircraft category). Parsed strictly: a row of another length,
 * or with a value of the wrong type, is an answer we do not understand, not something to guess at.
 */

const nullableNumber = z.number().nullable();

const BASE_FIELDS = [
  z.string().regex(/^[0-9a-f]{6}$/i, 'icao24 must be 6 hex digits'), // 0 icao24
  z.string().nullable(), // 1 callsign (8 characters, space padded)
  z.string(), // 2 origin_country
  z.number().int().nullable(), // 3 time_position (Unix s)
  z.number().int(), // 4 last_contact (Unix s)
  nullableNumber, // 5 longitude (WGS-84 degrees)
  nullableNumber, // 6 latitude
  nullableNumber, // 7 baro_altitude (m)
  z.boolean(), // 8 on_ground
  nullableNumber, // 9 velocity (m/s over ground)
  nullableNumber, // 10 true_track (degrees clockwise from north)
  nullableNumber, // 11 vertical_rate (m/s, positive climbing)
  z.array(z.number().int()).nullable(), // 12 sensors
  nullableNumber, // 13 geo_altitude (m)
  z.string().nullable(), // 14 squawk
  z.boolean(), // 15 spi
  z.number().int(), // 16 position_source: 0 ADS-B, 1 ASTERIX, 2 MLAT, 3 FLARM
] as const;

/** One state vector: the 17 documented fields, then the category (extended=1) when present. */
export const stateVectorSchema = z.union([z.tuple([...BASE_FIELDS]), z.tuple([...BASE_FIELDS, z.number().int()])]);
export type StateVector = z.infer<typeof stateVectorSchema>;

/** `states` is null, not [], when nothing matches (real sample: states-all-null-states.json). */
export const statesResponseSchema = z.object({ time: z.number().int(), states: z.array(stateVectorSchema).nullable() });
export type StatesResponse = z.infer<typeof statesResponseSchema>;

/** The documented categories (extended=1). Others (the real sample has −1) are "unknown". */
export const CATEGORY_LABELS: Readonly<Record<number, string>> = {
  0: 'no information',
  1: 'no ADS-B category',
  2: 'light',
  3: 'small',
  4: 'large',
  5: 'high-vortex large',
  6: 'heavy',
  7: 'high performance',
  8: 'rotorcraft',
  9: 'glider',
  10: 'lighter than air',
  11: 'parachutist',
  12: 'ultralight',
  13: 'reserved',
  14: 'UAV',
  15: 'space vehicle',
  16: 'emergency vehicle',
  17: 'service vehicle',
  18: 'point obstacle',
  19: 'cluster obstacle',
  20: 'line obstacle',
};

const POSITION_SOURCES = ['ADS-B', 'ASTERIX', 'MLAT', 'FLARM'] as const;

/** A state vector by name, units in the names. */
export interface AircraftState {
  icao24: string;
  /** Trimmed; null when none was received. */
  callsign: string | null;
  originCountry: string;
  /** Unix seconds of the last position, null if none within 15 s. */
  timePosition: number | null;
  lastContact: number;
  lon: number | null;
  lat: number | null;
  baroAltitudeM: number | null;
  geoAltitudeM: number | null;
  onGround: boolean;
  velocityMs: number | null;
  trackDeg: number | null;
  verticalRateMs: number | null;
  squawk: string | null;
  spi: boolean;
  positionSource: (typeof POSITION_SOURCES)[number] | 'unknown';
  /** Null without extended=1; an undocumented value is kept as sent. */
  category: number | null;
  categoryLabel: string | null;
}

export function namedState(v: StateVector): AircraftState {
  const [icao24, callsign, originCountry, timePosition, lastContact, lon, lat, baro, onGround, velocity, track, vrate, , geo, squawk, spi, source] = v;
  const category = v.length === 18 ? v[17] : null;
  return {
    icao24: icao24.toLowerCase(),
    callsign: callsign?.trim() || null,
    originCountry,
    timePosition,
    lastContact,
    lon,
    lat,
    baroAltitudeM: baro,
    geoAltitudeM: geo,
    onGround,
    velocityMs: velocity,
    trackDeg: track,
    verticalRateMs: vrate,
    squawk,
    spi,
    positionSource: POSITION_SOURCES[source] ?? 'unknown',
    category,
    categoryLabel: category === null ? null : (CATEGORY_LABELS[category] ?? 'unknown'),
  };
}

/** Every state vector of a response by name (none for `states: null`). */
export function namedStates(response: StatesResponse): AircraftState[] {
  return (response.states ?? []).map(namedState);
}
