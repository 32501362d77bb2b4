import fs from 'node:fs';
import path from 'node:path';
import { startCelestrakStandIn } from '../celestrak/server';
import { REPO_ROOT, type Env } from './config';
import type { PartReport } from './index';

/** The reference element sets beside the repository (../shared/data/tle), when present. */
export const SHARED_TLE_DIR = path.resolve(REPO_ROOT, '..', 'shared', 'data', 'tle');

export interface CelestrakPart {
  env: Env;
  report: PartReport;
  stop?: () => Promise<void>;
}

/**
 * Element sets for screening. With CELESTRAK_URL set the app talks to it (real CelesTrak in production); otherwise
 * the local stand-in serves the shared reference sets, which also become the local element folder (historical
 * sets for old reports) unless SCREENING_ELEMENTS_DIR says otherwise.
 */
export async function startCelestrakPart(env: Env, dataRoot: string): Promise<CelestrakPart> {
  const cacheDir = env.SCREENING_CACHE_DIR || path.join(dataRoot, 'celestrak');
  if (env.CELESTRAK_URL) {
    return { env: { SCREENING_CACHE_DIR: cacheDir }, report: { part: 'CelesTrak', status: 'external', detail: `CELESTRAK_URL ${env.CELESTRAK_URL}` } };
  }
  if (!fs.existsSync(SHARED_TLE_DIR)) {
    return { env: { SCREENING_CACHE_DIR: cacheDir }, report: { part: 'CelesTrak', status: 'not built', detail: `no reference element sets at ${SHARED_TLE_DIR}: screening uses real CelesTrak` } };
  }
  const standIn = await startCelestrakStandIn({ dataDir: SHARED_TLE_DIR });
  return {
    env: { CELESTRAK_URL: standIn.url, SCREENING_ELEMENTS_DIR: env.SCREENING_ELEMENTS_DIR || SHARED_TLE_DIR, SCREENING_CACHE_DIR: cacheDir },
    report: { part: 'CelesTrak', status: 'local', detail: `${standIn.url} (element sets from ${SHARED_TLE_DIR})` },
    stop: () => standIn.close(),
  };
}
