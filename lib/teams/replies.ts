import 'server-only';
import { apiError } from '@/lib/auth/responses';
import type { HasuraFailure } from '@/lib/hasura';
import { upstreamReply } from '@/lib/upstream-reply';
import type { GitHubFailure } from './github';
import { teamsSource } from './source';

/** GitHub's failure as ours: 504 when slow, 502 otherwise (a refused app key is our configuration, not the caller's). */
export function githubReply(error: GitHubFailure) {
  console.error(`[teams] GitHub failed: ${error.kind}: ${error.message}`);
  if (error.kind === 'timeout') return apiError(504, 'upstream_timeout', 'GitHub did not answer in time. Try again.');
  return apiError(502, 'upstream_error', 'Teams could not be read from GitHub. Try again shortly.');
}

/** Writes while teams are GitHub's: nothing to do here, and the screens know it from `read_only`. */
export function readOnlyReply() {
  const source = teamsSource();
  return source.kind === 'github'
    ? apiError(409, 'read_only', `Teams come from the GitHub organisation ${source.org}: change them on GitHub.`)
    : null;
}

/** A refused team write: a duplicate name is 409 naming the field; a missing team or person is 404. */
export function teamWriteReply(what: string, error: HasuraFailure) {
  if (error.code === 'constraint-violation') {
    if (/foreign key/i.test(error.message)) return apiError(404, 'not_found', 'No such team or staff member.');
    return apiError(409, 'conflict', 'A team with that name already exists.', { field: 'name' });
  }
  return upstreamReply(what, error);
}
