import { boxAround } from '@/lib/aircraft/bbox';
import { OPENSKY_HISTORY_S, type OpenSkyClient } from '@/lib/aircraft/client';
import { statesResponseSchema, type StatesResponse } from '@/lib/aircraft/states';
import { aircraftFromStates } from '@/lib/screening/aircraft';
import { openskyStateSource } from '@/lib/screening/opensky-source';
import { publicProviderError } from '@/lib/screening/provider-error';
import type { RadarBoxClient } from './radarbox-client';
import { FEET_M, flightsResponseSchema, KNOT_MS, type ApiFlight, type ApiTrail, type FlightsResponse } from './radarbox-format';
import { normaliseFixes } from './track';
import type { AircraftFix, AircraftProvider, AircraftTrack, AirAnswer, AirQuery, ProviderName } from './types';

/**
 * The two aircraft providers behind one interface (types.ts: AircraftProvider), and the choice between them:
 * OpenSky's state vectors for a report within its hour of history, RadarBox's flight search for anything older
 * when RADARBOX_API_KEY is configured, and otherwise an answer that says plainly why nothing was checked.
 */

/** OpenSky refuses `time` older than an hour; the same margin as the screening provider. */
const OPENSKY_MARGIN_S = 30;

/** OpenSky state vectors as tracks of one fix each (dead reckoning moves them along their track). */
export function tracksFromStates(response: StatesResponse): AircraftTrack[] {
  return aircraftFromStates(response).map((a) => ({
    icao24: a.icao24,
    callsign: a.callsign,
    fixes: [{ ms: a.positionMs, latDeg: a.latDeg, lonDeg: a.lonDeg, altM: a.altM, speedMs: a.velocity, trackDeg: a.trackDeg, verticalRateMs: a.verticalRate }],
  }));
}

/** The tracks of a stored correlation, from its raw response alone (no provider asked again). */
export function tracksFromRaw(provider: ProviderName, raw: unknown): AircraftTrack[] {
  return provider === 'opensky' ? tracksFromStates(statesResponseSchema.parse(raw)) : tracksFromFlights(flightsResponseSchema.parse(raw));
}

/** OpenSky's `/states/all` at the report time (the screening provider's source: one client, one token, one back-off). */
export function openskyProvider(client: OpenSkyClient, now: () => number = Date.now): AircraftProvider {
  const source = openskyStateSource(client, now);
  return {
    name: 'opensky',
    async around(q: AirQuery): Promise<AirAnswer> {
      try {
        const picture = await source.statesAround(q.observer, q.atMs, q.radiusKm);
        if (picture.note) return { status: 'not_checked', provider: 'opensky', note: picture.note, query: null };
        const tracks = tracksFromStates(picture.response);
        return { status: 'ok', provider: 'opensky', query: { url: picture.raw.source }, raw: picture.response, fetchedAt: picture.raw.fetchedAt ?? new Date(now()).toISOString(), tracks };
      } catch (err) {
        return { status: 'failed', provider: 'opensky', kind: (err as { kind?: string }).kind ?? 'internal', message: publicProviderError('opensky', err), query: null };
      }
    },
  };
}

function fixOf(p: ApiTrail | (ApiFlight & { timestamp: string })): AircraftFix | null {
  if (p.latitude == null || p.longitude == null) return null;
  return {
    ms: Date.parse(p.timestamp),
    latDeg: p.latitude,
    lonDeg: p.longitude,
    altM: (p.altitude ?? 0) * FEET_M,
    speedMs: p.groundSpeed == null ? null : p.groundSpeed * KNOT_MS,
    trackDeg: p.heading ?? null,
    verticalRateMs: p.verticalRate == null ? null : (p.verticalRate * FEET_M) / 60,
  };
}

/** RadarBox flights as tracks: their flight path, or (without one) the flight's own last position. */
export function tracksFromFlights(response: FlightsResponse): AircraftTrack[] {
  return (response.flights ?? []).flatMap((f): AircraftTrack[] => {
    const id = f.aircraftModeS?.toLowerCase() ?? f.aircraftRegistration ?? f.callsign;
    if (!id) return [];
    const points = f.positions?.length ? f.positions.map(fixOf) : f.updated ? [fixOf({ ...f, timestamp: f.updated })] : [];
    const fixes = normaliseFixes(points.filter((x): x is AircraftFix => x !== null));
    return fixes.length ? [{ icao24: id, callsign: f.callsign?.trim() || f.flightNumberIcao || f.aircraftRegistration || null, fixes }] : [];
  });
}

export function radarboxProvider(client: RadarBoxClient): AircraftProvider {
  return {
    name: 'radarbox',
    async around(q: AirQuery): Promise<AirAnswer> {
      const box = boxAround(q.observer.latDeg, q.observer.lonDeg, q.radiusKm);
      const body = {
        minLatitude: box.south,
        maxLatitude: box.north,
        minLongitude: box.west,
        maxLongitude: box.east,
        fromDate: new Date(q.atMs - q.windowS * 1000).toISOString(),
        toDate: new Date(q.atMs + q.windowS * 1000).toISOString(),
        includeFlightPaths: true,
      };
      const r = await client.geosearch(body);
      const query = { url: client.url, body };
      if (!r.ok) return { status: 'failed', provider: 'radarbox', kind: r.error.kind, message: r.error.message, query };
      return { status: 'ok', provider: 'radarbox', query, raw: r.data.response, fetchedAt: r.data.fetchedAt, tracks: tracksFromFlights(r.data.response) };
    },
  };
}

function age(seconds: number): string {
  if (seconds < 2 * 86_400) return `${Math.round(seconds / 3600)} hours`;
  return `${Math.round(seconds / 86_400)} days`;
}

/**
 * Which provider answers for a report at `atMs`: OpenSky within its hour of history (less a margin), RadarBox for
 * older reports when one is configured. Without a provider the answer is `not_checked` with the reason.
 */
export function chooseProvider(atMs: number, now: number, providers: { opensky: AircraftProvider; radarbox: AircraftProvider | null }): AircraftProvider | AirAnswer {
  const ageS = (now - atMs) / 1000;
  if (ageS <= OPENSKY_HISTORY_S - OPENSKY_MARGIN_S) return providers.opensky;
  if (providers.radarbox) return providers.radarbox;
  return { status: 'not_checked', provider: null, note: `Aircraft not checked: the report is ${age(ageS)} old, OpenSky keeps one hour of state vectors, and RadarBox (for older reports) is not configured (RADARBOX_API_KEY).`, query: null };
}
