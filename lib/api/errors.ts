import { NextResponse } from 'next/server';

/**
 * The one error body every /api route answers with (withStaff, the edge middleware, /api/health and each
 * handler): a stable machine-readable `code`, a sentence a person can act on, and for bad input the field.
 * Edge-safe: no Node or server-only imports, because middleware answers its 401/403 with it too.
 */
export interface ApiErrorBody {
  error: { code: string; message: string; field?: string };
}

/** Authenticated responses must never be stored: after sign-out, Back must not show someone's data. */
export const NO_STORE = 'private, no-store, max-age=0';

/** A failure a route handler throws (or returns) on purpose; withStaff answers it with {@link ApiErrorBody}. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }
}

export function apiError(status: number, code: string, message: string, extra: { field?: string } = {}): NextResponse<ApiErrorBody> {
  return errorResponse(new ApiError(status, code, message, extra.field));
}

export function errorResponse(err: ApiError): NextResponse<ApiErrorBody> {
  return NextResponse.json(err.body, { status: err.status, headers: { 'Cache-Control': NO_STORE } });
}

/** The field's name leads the message, so the sentence alone says what to fix. */
const aboutField = (field: string, message: string) => (message.startsWith(`${field}:`) ? message : `${field}: ${message}`);

/** Every status a route answers with on purpose; each has one code, so clients can switch on it. */
export const httpError = {
  badJson: (message = 'The request body must be JSON.') => new ApiError(400, 'invalid_json', message),
  unauthenticated: (message = 'Sign in to continue.') => new ApiError(401, 'unauthenticated', message),
  forbidden: (message = 'You do not have permission to do that.') => new ApiError(403, 'forbidden', message),
  notFound: (message = 'Not found.') => new ApiError(404, 'not_found', message),
  methodNotAllowed: (allowed: readonly string[]) => new ApiError(405, 'method_not_allowed', `Use ${allowed.join(' or ')} here.`),
  conflict: (message = 'That change conflicts with existing data.', field?: string) => new ApiError(409, 'conflict', message, field),
  tooLarge: (limitBytes: number) => new ApiError(413, 'payload_too_large', `The request body is larger than ${Math.round(limitBytes / 1024)} KiB.`),
  unsupportedMediaType: () => new ApiError(415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.'),
  /** 422 for a value that is well-formed JSON but not acceptable; always names the field. */
  invalid: (field: string, message: string) => new ApiError(422, 'invalid_input', aboutField(field, message), field),
  /** 422 for a request that is wrong as a whole (e.g. nothing to change), when no single field is to blame. */
  invalidRequest: (message: string) => new ApiError(422, 'invalid_input', message),
  tooManyRequests: (message = 'Too many requests. Wait a moment and try again.') => new ApiError(429, 'too_many_requests', message),
  upstreamError: () => new ApiError(502, 'upstream_error', 'The data service failed to answer. Try again shortly.'),
  upstreamUnavailable: (service = 'data service') => new ApiError(502, 'upstream_unavailable', `The ${service} is unreachable. Try again shortly.`),
  upstreamTimeout: (service = 'data service') => new ApiError(504, 'upstream_timeout', `The ${service} did not answer in time. A change you sent may still be applied: reload to check before trying again.`),
  internal: () => new ApiError(500, 'internal', 'Something went wrong on our side. Try again.'),
} as const;

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EHOSTUNREACH', 'ETIMEDOUT', 'EPIPE', 'EAI_AGAIN']);

/**
 * 504/502 for an AWS SDK (Cognito, S3) call that timed out or could not connect; undefined for any other error,
 * which the caller maps itself (or rethrows for the plain 500).
 */
export function sdkUpstreamError(err: unknown, service: string): ApiError | undefined {
  if (!(err instanceof Error)) return undefined;
  const code = (err as Error & { code?: unknown }).code;
  if (err.name === 'TimeoutError' || err.name === 'AbortError' || code === 'ETIMEDOUT') return httpError.upstreamTimeout(service);
  if (typeof code === 'string' && NETWORK_CODES.has(code)) return httpError.upstreamUnavailable(service);
  return undefined;
}
