import 'server-only';
import { adminFailure } from '@/lib/auth/cognito-admin';
import { apiError } from '@/lib/auth/responses';
import { upstreamReply } from '@/lib/upstream-reply';
import type { AccessOutcome } from './access';

export function accessReply(outcome: Extract<AccessOutcome, { ok: false }>) {
  switch (outcome.reason) {
    case 'not_found':
      return apiError(404, 'not_found', 'No such account.');
    case 'self':
      return apiError(422, 'invalid_input', 'You cannot take away your own groups: ask another admin.', { field: 'sub' });
    case 'upstream':
      return upstreamReply('access mirror', outcome.error);
  }
}

/** Cognito's refusals as JSON; anything unexpected is rethrown for withStaff's plain 500 (and its log line). */
export function cognitoReply(err: unknown) {
  switch (adminFailure(err)) {
    case 'not_found':
      return apiError(404, 'not_found', 'No such account.');
    case 'invalid':
      return apiError(422, 'invalid_input', 'Cognito refused that request.');
    case 'throttled':
      return apiError(429, 'too_many_requests', 'Too many requests to Cognito. Wait a moment and try again.');
    default:
      throw err;
  }
}
