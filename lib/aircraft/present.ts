import type { Box } from './bbox';
import type { FeedAnswer } from './feed';
import { namedStates } from './states';

/** What the map says about anonymous access (fewer credits, coarser time, no history). */
export const ANONYMOUS_NOTE_TEXT =
  'Anonymous OpenSky access: current positions only, every 10 s, on a small daily allowance. Set OPENSKY_CLIENT_ID and OPENSKY_CLIENT_SECRET for an account.';

/** The body of GET /api/aircraft (docs/api.md): positioned aircraft in snake_case, and where they came from. */
export function aircraftBody(box: Box, answer: FeedAnswer) {
  const iso = (s: number) => new Date(s * 1000).toISOString();
  const aircraft = namedStates(answer.response).flatMap((a) =>
    a.lat === null || a.lon === null
      ? []
      : [
          {
            icao24: a.icao24,
            callsign: a.callsign,
            origin_country: a.originCountry,
            lat: a.lat,
            lon: a.lon,
            baro_altitude_m: a.baroAltitudeM,
            geo_altitude_m: a.geoAltitudeM,
            on_ground: a.onGround,
            velocity_ms: a.velocityMs,
            track_deg: a.trackDeg,
            vertical_rate_ms: a.verticalRateMs,
            squawk: a.squawk,
            category: a.category,
            category_label: a.categoryLabel,
            position_source: a.positionSource,
            position_at: a.timePosition === null ? null : iso(a.timePosition),
            last_contact: iso(a.lastContact),
          },
        ],
  );
  return {
    aircraft,
    time: iso(answer.response.time),
    bbox: [box.west, box.south, box.east, box.north],
    source: {
      service: 'OpenSky Network',
      access: answer.access,
      note: answer.access === 'anonymous' ? ANONYMOUS_NOTE_TEXT : null,
      credits_remaining: answer.creditsRemaining,
      fetched_at: answer.fetchedAt,
      cached: answer.cached,
    },
  };
}

export type AircraftBody = ReturnType<typeof aircraftBody>;
export type AircraftItem = AircraftBody['aircraft'][number];
