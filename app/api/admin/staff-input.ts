import { ApiError, errorResponse, httpError } from '@/lib/api/errors';
import { cognitoApiError } from '@/lib/users/errors';

export { staffEmailInput } from '@/lib/users/schemas';

/** Maps Cognito's answer to a JSON error (502/504 when it is unreachable or slow); unknown failures are rethrown for withStaff's plain 500. */
export function adminErrorResponse(err: unknown, email: string) {
  const mapped = cognitoApiError(err, {
    notFound: new ApiError(404, 'not_found', `No account for ${email}.`, 'email'),
    invalid: httpError.invalid('email', 'Cognito refused that email address.'),
  });
  if (mapped) return errorResponse(mapped);
  throw err;
}
