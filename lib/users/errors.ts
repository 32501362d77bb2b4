import 'server-only';
import { ApiError, httpError, sdkUpstreamError } from '@/lib/api/errors';
import { adminFailure } from '@/lib/auth/cognito-admin';

/**
 * A failed Cognito admin call as the route's answer: 404 for an unknown account, 422 when Cognito refuses the input,
 * 429 when it throttles, 502 when it refuses the server's AWS credentials, 502/504 when it is down or slow. Undefined for anything else, which the caller rethrows
 * (withStaff's plain 500, with the details in the server log).
 */
export function cognitoApiError(err: unknown, answers: { notFound?: ApiError; invalid?: ApiError } = {}): ApiError | undefined {
  switch (adminFailure(err)) {
    case 'not_found':
      return answers.notFound ?? httpError.notFound('No such account.');
    case 'invalid':
      return answers.invalid ?? httpError.invalidRequest('Cognito refused that request.');
    case 'throttled':
      return httpError.tooManyRequests('Too many requests to Cognito. Wait a moment and try again.');
    case 'credentials':
      // The operator has to fix the server's AWS credentials; the log says which refusal it was.
      console.error(`[cognito] admin call refused: ${(err as Error).name}: ${(err as Error).message}`);
      return new ApiError(502, 'upstream_refused', 'The sign-in service refused the server’s credentials. Try again later.');
    default:
      return sdkUpstreamError(err, 'sign-in service');
  }
}

/** Runs Cognito admin work, turning its refusals into {@link ApiError}s. */
export async function withCognito<T>(work: () => Promise<T>, answers?: Parameters<typeof cognitoApiError>[1]): Promise<T> {
  try {
    return await work();
  } catch (err) {
    throw cognitoApiError(err, answers) ?? err;
  }
}
