import 'server-only';
import { openskyEnv, type OpenSkyEnv } from '@/lib/env';
import { OpenSkyClient } from './client';
import { AircraftFeed } from './feed';

/**
 * The one OpenSky client and feed of this server process, from the environment (lib/env.ts: OPENSKY_*). Rebuilt
 * when the settings change (tests point them at a stand-in), so the token cache and the 429 back-off are shared
 * by the map route and screening alike: both spend the same account's credits.
 */

let current: { key: string; feed: AircraftFeed } | undefined;

export function openskyClientFor(env: OpenSkyEnv): OpenSkyClient {
  const credentials = env.OPENSKY_CLIENT_ID && env.OPENSKY_CLIENT_SECRET ? { clientId: env.OPENSKY_CLIENT_ID, clientSecret: env.OPENSKY_CLIENT_SECRET } : undefined;
  return new OpenSkyClient({ apiUrl: env.OPENSKY_API_URL, tokenUrl: env.OPENSKY_TOKEN_URL, credentials, timeoutMs: env.OPENSKY_TIMEOUT_MS });
}

export function liveAircraftFeed(source: Record<string, string | undefined> = process.env): AircraftFeed {
  const env = openskyEnv(source);
  const key = JSON.stringify(env);
  if (current?.key !== key) current = { key, feed: new AircraftFeed(openskyClientFor(env)) };
  return current.feed;
}
