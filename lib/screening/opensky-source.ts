import { boxAround } from '../aircraft/bbox';
import { OPENSKY_HISTORY_S, type OpenSkyClient } from '../aircraft/client';
import type { AircraftStateSource, AirPicture } from './aircraft';
import { ProviderError } from './provider-error';
import type { Observer } from './types';

/**
 * Aircraft for screening from OpenSky's live `/states/all`: the state vectors of the report time (`time=`, to the
 * second; OpenSky answers the 5-second step before it) in a box of the provider's radius around the observer.
 * OpenSky keeps one hour of history for an account and none for anonymous access, so an older report (or any report
 * but a current one, anonymously) gets no vectors and a note that says why, not a failure: nothing is wrong, the
 * data does not exist. A failed request (429, down, refused) is a provider failure, reported as what it is.
 */

/** OpenSky refuses `t < now − 3600`; a little margin for the request's own travel and clock skew. */
const HISTORY_MARGIN_S = 30;
/** Anonymous answers are the current 10-second step: good for a report made within this long. */
const ANONYMOUS_WINDOW_S = 60;

function age(seconds: number): string {
  if (seconds < 2 * 3600) return `${Math.round(seconds / 60)} minutes`;
  if (seconds < 2 * 86_400) return `${Math.round(seconds / 3600)} hours`;
  return `${Math.round(seconds / 86_400)} days`;
}

function nothingAt(atMs: number, note: string): AirPicture {
  const response = { time: Math.floor(atMs / 1000), states: null };
  return { response, raw: { provider: 'aircraft', source: 'OpenSky Network (not asked)', fetchedAt: null, data: response }, note };
}

export function openskyStateSource(client: OpenSkyClient, now: () => number = Date.now): AircraftStateSource {
  return {
    name: 'aircraft',
    async statesAround(observer: Observer, atMs: number, radiusKm: number): Promise<AirPicture> {
      const ageS = (now() - atMs) / 1000;
      if (ageS < -ANONYMOUS_WINDOW_S) return nothingAt(atMs, 'Aircraft not checked: the report time is in the future.');
      if (ageS > OPENSKY_HISTORY_S - HISTORY_MARGIN_S) {
        return nothingAt(atMs, `Aircraft not checked: OpenSky keeps state vectors for one hour only, and this report is ${age(ageS)} old.`);
      }
      const anonymous = client.access === 'anonymous';
      if (anonymous && ageS > ANONYMOUS_WINDOW_S) {
        return nothingAt(atMs, `Aircraft not checked: anonymous OpenSky access gives current positions only, and this report is ${age(ageS)} old (set OPENSKY_CLIENT_ID and OPENSKY_CLIENT_SECRET for the last hour).`);
      }
      const box = boxAround(observer.latDeg, observer.lonDeg, radiusKm);
      const r = await client.states({ box, time: anonymous ? undefined : Math.floor(atMs / 1000), extended: true });
      if (!r.ok) throw new ProviderError(r.error.message, r.error.kind);
      return { response: r.data.response, raw: { provider: 'aircraft', source: r.data.url, fetchedAt: r.data.fetchedAt, data: r.data.response } };
    },
  };
}
