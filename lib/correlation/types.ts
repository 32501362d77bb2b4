import type { Observer, ReportedDirection } from '@/lib/screening/types';

/** One timed position of an aircraft, in SI units whatever the provider sent. */
export interface AircraftFix {
  ms: number;
  latDeg: number;
  lonDeg: number;
  /** Above the WGS84 ellipsoid where the provider says (OpenSky geo altitude), else its barometric altitude. */
  altM: number;
  speedMs: number | null;
  trackDeg: number | null;
  verticalRateMs: number | null;
}

/** An aircraft as a provider saw it around the report time: its fixes in time order. */
export interface AircraftTrack {
  /** ICAO 24-bit address, lower-case hex (OpenSky icao24, RadarBox aircraftModeS). */
  icao24: string;
  callsign: string | null;
  fixes: AircraftFix[];
}

export interface AirQuery {
  observer: Observer;
  atMs: number;
  radiusKm: number;
  /** Seconds either side of the report time the provider is asked for. */
  windowS: number;
}

export type ProviderName = 'opensky' | 'radarbox';

/**
 * A provider's answer. `query` is the request as sent (no credentials), `raw` the response body as received: both
 * are stored so a correlation can be checked and recomputed without asking again.
 */
export type AirAnswer =
  | { status: 'ok'; provider: ProviderName; query: unknown; raw: unknown; fetchedAt: string; tracks: AircraftTrack[] }
  | { status: 'not_checked'; provider: ProviderName | null; note: string; query: unknown }
  | { status: 'failed'; provider: ProviderName; kind: string; message: string; query: unknown };

/** One source of aircraft positions around a place and time. */
export interface AircraftProvider {
  readonly name: ProviderName;
  around(query: AirQuery): Promise<AirAnswer>;
}

export interface CorrelationRequest {
  observer: Observer;
  atMs: number;
  direction?: ReportedDirection;
}
