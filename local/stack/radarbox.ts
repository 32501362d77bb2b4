import fs from 'node:fs';
import { startRadarBoxStandIn } from '../radarbox/server';
import { LOCAL, type Env } from './config';
import type { PartReport } from './index';
import { SHARED_OPENSKY_DIR } from './opensky';

export interface RadarBoxPart {
  env: Env;
  report: PartReport;
  stop?: () => Promise<void>;
}

/**
 * Aircraft for reports older than OpenSky's hour (correlation). With RADARBOX_API_KEY set the app talks to that
 * RadarBox (RADARBOX_API_URL, the real one by default); otherwise the local stand-in serves the real flights of
 * ../shared/data/opensky in RadarBox's format, behind a local key, so the whole path runs offline.
 */
export async function startRadarBoxPart(env: Env): Promise<RadarBoxPart> {
  if (env.RADARBOX_API_KEY) {
    return { env: {}, report: { part: 'RadarBox', status: 'external', detail: env.RADARBOX_API_URL || 'https://api.radarbox.com/v2' } };
  }
  if (!fs.existsSync(SHARED_OPENSKY_DIR)) {
    return { env: {}, report: { part: 'RadarBox', status: 'not built', detail: `no flight data at ${SHARED_OPENSKY_DIR}: reports older than an hour are not checked for aircraft` } };
  }
  const standIn = await startRadarBoxStandIn({ dataDir: SHARED_OPENSKY_DIR, apiKeys: [LOCAL.radarboxApiKey] });
  return {
    env: { RADARBOX_API_URL: standIn.apiUrl, RADARBOX_API_KEY: LOCAL.radarboxApiKey },
    report: { part: 'RadarBox', status: 'local', detail: `${standIn.apiUrl} (flights from ${SHARED_OPENSKY_DIR})` },
    stop: () => standIn.close(),
  };
}
