import fs from 'node:fs';
import path from 'node:path';
import { startOpenSkyStandIn } from '../opensky/server';
import { LOCAL, REPO_ROOT, type Env } from './config';
import type { PartReport } from './index';

/** The real OpenSky captures beside the repository (../shared/data/opensky), when present. */
export const SHARED_OPENSKY_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'opensky');

export interface OpenSkyPart {
  env: Env;
  report: PartReport;
  stop?: () => Promise<void>;
}

/**
 * Live aircraft. With OPENSKY_API_URL or OPENSKY_CLIENT_ID set the app talks to that OpenSky (the real one in
 * production); otherwise the local stand-in serves the shared capture, behind its own token endpoint with a local
 * client, so the OAuth2 path runs locally too.
 */
export async function startOpenSkyPart(env: Env): Promise<OpenSkyPart> {
  if (env.OPENSKY_API_URL || env.OPENSKY_CLIENT_ID) {
    const access = env.OPENSKY_CLIENT_ID ? `client ${env.OPENSKY_CLIENT_ID}` : 'anonymous';
    return { env: {}, report: { part: 'OpenSky', status: 'external', detail: `${env.OPENSKY_API_URL || 'https://opensky-network.org/api'} (${access})` } };
  }
  if (!fs.existsSync(SHARED_OPENSKY_DIR)) {
    return { env: {}, report: { part: 'OpenSky', status: 'not built', detail: `no OpenSky capture at ${SHARED_OPENSKY_DIR}: live aircraft use real OpenSky, anonymously` } };
  }
  const standIn = await startOpenSkyStandIn({ dataDir: SHARED_OPENSKY_DIR, clients: { [LOCAL.openskyClientId]: LOCAL.openskyClientSecret } });
  return {
    env: { OPENSKY_API_URL: standIn.apiUrl, OPENSKY_TOKEN_URL: standIn.tokenUrl, OPENSKY_CLIENT_ID: LOCAL.openskyClientId, OPENSKY_CLIENT_SECRET: LOCAL.openskyClientSecret },
    report: { part: 'OpenSky', status: 'local', detail: `${standIn.apiUrl} (aircraft from ${SHARED_OPENSKY_DIR}, client ${LOCAL.openskyClientId})` },
    stop: () => standIn.close(),
  };
}
