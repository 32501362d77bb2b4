/**
 * Errors as the Cognito Identity Provider JSON API returns them: HTTP 400 (500 for our own faults) with
 * `{"__type": "<Code>", "message": "..."}`. Amplify and the AWS SDK map `__type` to the error name the app sees,
 * so codes and messages follow Cognito's own wording.
 */
export type CognitoErrorCode =
  | 'CodeMismatchException'
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
