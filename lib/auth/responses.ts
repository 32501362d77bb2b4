import { NextResponse } from 'next/server';
import type { DenyReason } from './verify';

/** The JSON error shape every /api route answers with. */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

/** Authenticated responses must never be stored: after sign-out, Back must not show someone's data. */
export const NO_STORE = 'private, no-store, max-age=0';

export function apiError(status: number, code: string, message: string, extra: { field?: string } = {}): NextResponse<ApiErrorBody> {
  return NextResponse.json({ error: { code, message, ...extra } }, { status, headers: { 'Cache-Control': NO_STORE } });
}

/** 401 when we do not know who you are, 403 when we do and the answer is no. */
export function denyResponse(reason: DenyReason): NextResponse<ApiErrorBody> {
  switch (reason) {
    case 'forbidden':
      return apiError(403, 'forbidden', 'Your account does not have access to this.');
    case 'expired':
      return apiError(401, 'token_expired', 'Your session has expired. Sign in again.');
    case 'invalid':
      return apiError(401, 'invalid_token', 'Your session is not valid. Sign in again.');
    case 'missing':
      return apiError(401, 'unauthenticated', 'Sign in to continue.');
  }
}
