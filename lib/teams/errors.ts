import 'server-only';
import { ApiError, httpError } from '@/lib/api/errors';
import type { GitHubFailure } from './github';
import { teamsSource } from './source';

/** GitHub's failure as ours: 504 when slow, 502 otherwise (a refused app key is our configuration, not the caller's). */
export function githubError(error: GitHubFailure): ApiError {
  console.error(`[teams] GitHub failed: ${error.kind}: ${error.message}`);
  if (error.kind === 'timeout') return httpError.upstreamTimeout('GitHub API');
  return new ApiError(502, 'upstream_error', 'Teams could not be read from GitHub. Try again shortly.');
}

/** Writes while teams are GitHub's are refused: nothing to do here, and the screens know it from `read_only`. */
export function assertTeamsWritable(): void {
  const source = teamsSource();
  if (source.kind === 'github') throw new ApiError(409, 'read_only', `Teams come from the GitHub organisation ${source.org}: change them on GitHub.`);
}

/** Runs a team write; the engine's 409 (a unique or foreign key) becomes `conflict`, which says which. */
export async function teamWrite<T>(run: () => Promise<T>, conflict: ApiError): Promise<T> {
  try {
    return await run();
  } catch (err) {
    throw err instanceof ApiError && err.status === 409 ? conflict : err;
  }
}
