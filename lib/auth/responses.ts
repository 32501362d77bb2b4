import type { NextResponse } from 'next/server';
import { apiError, type ApiErrorBody } from '@/lib/api/errors';
import type { DenyReason } from './verify';

export { NO_STORE } from '@/lib/api/errors';

/** 401 when we do not know who you are, 403 when we do and the answer is no. */
export function denyResponse(reason: DenyReason): NextResponse<ApiErrorBody> {
  switch (reason) {
    case 'forbidden':
      return apiError(403, 'forbidden', 'Your account does not have access to this.');
    case 'expired':
      return apiError(401, 'token_expired', 'Your session has expired. Sign in again.');
    case 'invalid':
      return apiError(401, 'invalid_token', 'Your session is not valid. Sign in again.');
    case 'revoked':
      return apiError(401, 'session_ended', 'This session has ended: you signed out, or your access was revoked. Sign in again.');
    case 'missing':
      return apiError(401, 'unauthenticated', 'Sign in to continue.');
  }
}
