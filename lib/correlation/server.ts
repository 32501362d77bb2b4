import 'server-only';
import { liveAircraftFeed } from '@/lib/aircraft/live';
import type { ScreeningRequest } from '@/lib/screening/engine';
import { correlate, listWindowS } from './correlate';
import { correlationEnv, tolerancesOf } from './env';
import { chooseProvider, openskyProvider, radarboxProvider } from './providers';
import { RadarBoxClient } from './radarbox-client';
import type { CorrelationRun } from './record';
import type { AirAnswer } from './types';

/**
 * A live correlation from the environment: OpenSky through the map's client (one token cache, one back-off),
 * RadarBox when RADARBOX_API_KEY is set, the tolerances of CORRELATION_*. Never throws for a provider's sake: a
 * failed or impossible check comes back as an answer saying so, and the caller stores it like any other.
 */
export async function correlateLive(request: ScreeningRequest, now: number = Date.now(), source: Record<string, string | undefined> = process.env): Promise<CorrelationRun> {
  const env = correlationEnv(source);
  const tolerances = tolerancesOf(env);
  const radarbox = env.RADARBOX_API_KEY ? radarboxProvider(new RadarBoxClient({ apiUrl: env.RADARBOX_API_URL, apiKey: env.RADARBOX_API_KEY, timeoutMs: env.RADARBOX_TIMEOUT_MS })) : null;
  const chosen = chooseProvider(request.atMs, now, { opensky: openskyProvider(liveAircraftFeed(source).client, () => now), radarbox });
  const query = { observer: request.observer, atMs: request.atMs, radiusKm: env.CORRELATION_RADIUS_KM, windowS: listWindowS(tolerances) };
  const answer: AirAnswer = 'around' in chosen ? await chosen.around(query) : chosen;
  const outcome = answer.status === 'ok' ? correlate(request, answer.tracks, tolerances, env.CORRELATION_RADIUS_KM) : null;
  return { request, answer, outcome, tolerances, radiusKm: env.CORRELATION_RADIUS_KM };
}
