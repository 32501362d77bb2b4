import { z } from 'zod';

/**
 * AirNav RadarBox On Demand API v2, `POST /flights/geosearch` ("Search flights by geographical area": which flights
 * flew over an area in a time span), as documented by RadarBox's OpenAPI specification (www.radarbox.com/api/
 * documentation, API 2.0.x; the generated client models GeoSearchQuery, FlightsResponse, ApiFlight, ApiTrail).
 * One schema for the client (lib/correlation/radarbox-client.ts) and the local stand-in (local/radarbox), so both
 * speak exactly the same format. docs/screening.md § RadarBox says which parts are documented and which we decided.
 */

const isoDateTime = z.iso.datetime({ offset: true });

/** GeoSearchQuery: the box and the time span are required; the rest narrows the search. */
export const geoSearchQuerySchema = z.strictObject({
  minLatitude: z.number().min(-90).max(90),
  maxLatitude: z.number().min(-90).max(90),
  minLongitude: z.number().min(-180).max(180),
  maxLongitude: z.number().min(-180).max(180),
  fromDate: isoDateTime,
  toDate: isoDateTime,
  belowAltitude: z.number().int().optional(),
  aboveAltitude: z.number().int().optional(),
  includeFlightPaths: z.boolean().optional(),
  registrations: z.array(z.string()).optional(),
  modeSHexCodes: z.array(z.string()).optional(),
  airlines: z.array(z.string()).optional(),
  aircraftTypes: z.array(z.string()).optional(),
  aircraftClasses: z.array(z.string()).optional(),
  page: z.number().int().min(1).optional(),
  pageSize: z.number().int().min(1).optional(),
});
export type GeoSearchQuery = z.infer<typeof geoSearchQuerySchema>;

const optionalNumber = z.number().nullish();
const optionalString = z.string().nullish();

/** ApiTrail: one timed position of a flight path. */
export const apiTrailSchema = z.object({
  timestamp: isoDateTime,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  /** Feet (the documentation gives no unit: RadarBox shows feet everywhere, as aviation does). */
  altitude: optionalNumber,
  /** Knots. */
  groundSpeed: optionalNumber,
  heading: optionalNumber,
  /** Feet per minute. */
  verticalRate: optionalNumber,
  squawkCode: z.union([z.number(), z.string()]).nullish(),
  source: optionalString,
});
export type ApiTrail = z.infer<typeof apiTrailSchema>;

/** ApiFlight, the fields correlation reads (RadarBox sends many more: airports, schedule, gates; kept raw). */
export const apiFlightSchema = z.looseObject({
  callsign: optionalString,
  flightNumberIcao: optionalString,
  aircraftRegistration: optionalString,
  aircraftModeS: optionalString,
  aircraftType: optionalString,
  latitude: optionalNumber,
  longitude: optionalNumber,
  altitude: optionalNumber,
  groundSpeed: optionalNumber,
  heading: optionalNumber,
  verticalRate: optionalNumber,
  updated: isoDateTime.nullish(),
  positions: z.array(apiTrailSchema).nullish(),
});
export type ApiFlight = z.infer<typeof apiFlightSchema>;

/** FlightsResponse. */
export const flightsResponseSchema = z.looseObject({
  cost: z.number().int().nullish(),
  success: z.boolean().nullish(),
  comment: z.string().nullish(),
  flights: z.array(apiFlightSchema).nullish(),
});
export type FlightsResponse = z.infer<typeof flightsResponseSchema>;

export const GEOSEARCH_PATH = '/flights/geosearch';
export const FEET_M = 0.3048;
export const KNOT_MS = 1852 / 3600;
