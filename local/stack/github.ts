import path from 'node:path';
import { LOCAL_GITHUB_APP_ID, localAppKey } from '../github/app-key';
import { SAMPLE_ORG } from '../github/sample-org';
import { startGitHub } from '../github/server';
import type { Env } from './config';
import type { PartReport } from './index';

export interface GitHubPart {
  env: Env;
  /** None when off: nothing runs and nothing is called. */
  report?: PartReport;
  stop?: () => Promise<void>;
}

/**
 * Teams from GitHub. GITHUB_APP_ID / GITHUB_APP_PRIVATE_KEY / GITHUB_ORG set: the app reads that organisation (the
 * real one in production). NEST_LOCAL_GITHUB=1 without them: the local stand-in serves the sample organisation to a
 * local GitHub App, so the "teams from GitHub" path (read-only teams) runs offline. Neither: teams live in our own
 * tables, which admins edit in the app; that is the default, because GitHub's teams cannot be edited here.
 */
export async function startGitHubPart(env: Env, dataRoot: string): Promise<GitHubPart> {
  if (env.GITHUB_APP_ID || env.GITHUB_APP_PRIVATE_KEY || env.GITHUB_ORG) {
    return { env: {}, report: { part: 'GitHub teams', status: 'external', detail: `organisation ${env.GITHUB_ORG ?? '(GITHUB_ORG unset)'} at ${env.GITHUB_API_URL || 'https://api.github.com'}` } };
  }
  if (env.NEST_LOCAL_GITHUB !== '1') {
    return { env: {} };
  }
  const key = localAppKey(path.join(dataRoot, 'github'));
  const gh = await startGitHub({ port: 0, appId: LOCAL_GITHUB_APP_ID, publicKeyPem: key.publicPem, org: SAMPLE_ORG });
  return {
    env: { GITHUB_APP_ID: LOCAL_GITHUB_APP_ID, GITHUB_APP_PRIVATE_KEY: key.privatePem, GITHUB_ORG: SAMPLE_ORG.login, GITHUB_API_URL: gh.url },
    report: { part: 'GitHub teams', status: 'local', detail: `${gh.url} (organisation ${SAMPLE_ORG.login}, ${SAMPLE_ORG.teams.length} teams, read-only in the app)` },
    stop: () => gh.stop(),
  };
}
