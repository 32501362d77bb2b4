import 'server-only';
import { apiError } from '@/lib/auth/responses';
import { upstreamReply } from '@/lib/upstream-reply';
import type { MediaOutcome } from './uploads';

const STATUS = { not_found: 404, gone: 410, not_uploaded: 409, mismatch: 409 } as const;

/** A refused media step as its JSON error: 404 unknown, 409 not (yet) consistent, 410 no longer possible. */
export function mediaReply(what: string, outcome: Extract<MediaOutcome<unknown>, { ok: false }>) {
  if (outcome.reason === 'upstream') return upstreamReply(what, outcome.error);
  return apiError(STATUS[outcome.reason], outcome.reason, outcome.message);
}
