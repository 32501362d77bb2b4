import { parseAmzDate, type SigV4Rejection } from '../aws/sigv4';

/**
 * Errors as the Cognito Identity Provider JSON API returns them: HTTP 400 (500 for our own faults) with
 * `{"__type": "<Code>", "message": "..."}`. Amplify and the AWS SDK map `__type` to the error name the app sees,
 * so codes and messages follow Cognito's own wording.
 */
export type CognitoErrorCode =
  | 'CodeMismatchException'
  | 'IncompleteSignatureException'
  | 'InvalidSignatureException'
  | 'UnrecognizedClientException'
  | 'ExpiredCodeException'
  | 'GroupExistsException'
  | 'InternalErrorException'
  | 'InvalidParameterException'
  | 'InvalidPasswordException'
  | 'LimitExceededException'
  | 'MissingAuthenticationTokenException'
  | 'NotAuthorizedException'
  | 'PasswordResetRequiredException'
  | 'ResourceNotFoundException'
  | 'SerializationException'
  | 'UnknownOperationException'
  | 'UnsupportedOperationException'
  | 'UserNotConfirmedException'
  | 'UserNotFoundException'
  | 'UsernameExistsException';

export class CognitoError extends Error {
  constructor(
    readonly code: CognitoErrorCode,
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }

  toJSON(): { __type: CognitoErrorCode; message: string } {
    return { __type: this.code, message: this.message };
  }
}

/**
 * A failed SigV4 check in the words of AWS's JSON services (Cognito among them): 400 with the error type in
 * x-amzn-errortype, like every other Cognito error.
 */
export function cognitoErrorFromRejection(r: SigV4Rejection, now: Date): CognitoError {
  switch (r.reason) {
    case 'missing':
      return new CognitoError('MissingAuthenticationTokenException', 'Missing Authentication Token');
    case 'unknown-key':
      return new CognitoError('UnrecognizedClientException', 'The security token included in the request is invalid.');
    case 'mismatch':
      return new CognitoError(
        'InvalidSignatureException',
        'The request signature we calculated does not match the signature you provided. Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
      );
    case 'skewed': {
      const fiveMinutes = 5 * 60 * 1000;
      const stamp = (d: Date) => d.toISOString().replace(/[-:]|\.\d+/g, '');
      const sent = r.detail.RequestTime;
      return now.getTime() > (parseAmzDate(sent)?.getTime() ?? 0)
        ? new CognitoError('InvalidSignatureException', `Signature expired: ${sent} is now earlier than ${stamp(new Date(now.getTime() - fiveMinutes))} (${stamp(now)} - 5 min.)`)
        : new CognitoError('InvalidSignatureException', `Signature not yet current: ${sent} is still later than ${stamp(new Date(now.getTime() + fiveMinutes))} (${stamp(now)} + 5 min.)`);
    }
    case 'wrong-region':
      return new CognitoError('InvalidSignatureException', 'Credential should be scoped to a valid region.');
    case 'wrong-service':
      return new CognitoError('InvalidSignatureException', r.message);
    default:
      return new CognitoError('IncompleteSignatureException', r.message);
  }
}

/** The messages Cognito uses, in one place so every operation words the same failure the same way. */
export const errors = {
  badCredentials: () => new CognitoError('NotAuthorizedException', 'Incorrect username or password.'),
  notConfirmed: () => new CognitoError('UserNotConfirmedException', 'User is not confirmed.'),
  notAuthorized: (message: string) => new CognitoError('NotAuthorizedException', message),
  userDisabled: () => new CognitoError('NotAuthorizedException', 'User is disabled.'),
  userNotFound: () => new CognitoError('UserNotFoundException', 'User does not exist.'),
  resetRequired: () => new CognitoError('PasswordResetRequiredException', 'Password reset required for the user'),
  temporaryPasswordExpired: () =>
    new CognitoError('NotAuthorizedException', 'Temporary password has expired and must be reset by an administrator.'),
  sessionExpired: () => new CognitoError('NotAuthorizedException', 'Invalid session for the user, session is expired.'),
  invalidRefreshToken: () => new CognitoError('NotAuthorizedException', 'Invalid Refresh Token'),
  refreshTokenRevoked: () => new CognitoError('NotAuthorizedException', 'Refresh Token has been revoked'),
  refreshTokenExpired: () => new CognitoError('NotAuthorizedException', 'Refresh Token has expired'),
  invalidAccessToken: () => new CognitoError('NotAuthorizedException', 'Invalid Access Token'),
  accessTokenExpired: () => new CognitoError('NotAuthorizedException', 'Access Token has expired'),
  accessTokenRevoked: () => new CognitoError('NotAuthorizedException', 'Access Token has been revoked'),
  codeMismatch: () => new CognitoError('CodeMismatchException', 'Invalid verification code provided, please try again.'),
  codeExpired: () => new CognitoError('ExpiredCodeException', 'Invalid code provided, please request a code again.'),
  attemptLimit: () => new CognitoError('LimitExceededException', 'Attempt limit exceeded, please try after some time.'),
  usernameExists: () => new CognitoError('UsernameExistsException', 'An account with the given email already exists.'),
  adminUserExists: () => new CognitoError('UsernameExistsException', 'User account already exists'),
  groupExists: () => new CognitoError('GroupExistsException', 'A group with the name already exists.'),
  groupNotFound: () => new CognitoError('ResourceNotFoundException', 'Group not found.'),
  poolNotFound: (id: string) => new CognitoError('ResourceNotFoundException', `User pool ${id} does not exist.`),
  clientNotFound: (id: string) => new CognitoError('ResourceNotFoundException', `User pool client ${id} does not exist.`),
  invalidParameter: (message: string) => new CognitoError('InvalidParameterException', message),
  invalidPassword: (reason: string) => new CognitoError('InvalidPasswordException', `Password did not conform with policy: ${reason}`),
  unsupported: (message: string) => new CognitoError('UnsupportedOperationException', message),
  internal: () => new CognitoError('InternalErrorException', 'Internal error', 500),
};
