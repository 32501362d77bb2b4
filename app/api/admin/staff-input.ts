import { z } from 'zod';
import { emailSchema } from '@/lib/auth/forms';
import { apiError, errorResponse, sdkUpstreamError } from '@/lib/api/errors';
import { adminFailure } from '@/lib/auth/cognito-admin';

export const staffEmailInput = z.object({ email: emailSchema.transform((e) => e.toLowerCase()) });

/** Maps Cognito's answer to a JSON error (502/504 when it is unreachable or slow); unknown failures are rethrown for withStaff's plain 500. */
export function adminErrorResponse(err: unknown, email: string) {
  switch (adminFailure(err)) {
    case 'not_found':
      return apiError(404, 'not_found', `No account for ${email}.`, { field: 'email' });
    case 'invalid':
      return apiError(422, 'invalid_input', 'Cognito refused that email address.', { field: 'email' });
    case 'throttled':
      return apiError(429, 'too_many_requests', 'Too many requests to Cognito. Wait a moment and try again.');
    default: {
      const upstream = sdkUpstreamError(err, 'sign-in service');
      if (upstream) return errorResponse(upstream);
      throw err;
    }
  }
}
