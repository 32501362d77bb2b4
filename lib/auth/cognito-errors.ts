import { PASSWORD_POLICY_TEXT } from './forms';

/**
 * Cognito/Amplify errors in plain words, per screen. Sign-in and forgot-password deliberately say the same thing
 * whether or not the email has an account, so neither can be used to find out who works here.
 */
export type AuthScreen = 'sign-in' | 'sign-up' | 'confirm-sign-up' | 'resend-code' | 'forgot-password' | 'reset-password' | 'new-password';

export type AuthErrorOutcome =
  | { kind: 'message'; message: string; field?: string }
  /** The account exists but the email was never confirmed: send them to the code screen. */
  | { kind: 'confirm-sign-up' }
  /** An admin reset the password: the user must pick a new one with an emailed code. */
  | { kind: 'reset-password' };

const TOO_MANY = 'Too many attempts. Wait a few minutes, then try again.';
const WRONG_CREDENTIALS = 'That email and password do not match. Check both and try again.';

function errorName(err: unknown): string {
  if (err && typeof err === 'object' && 'name' in err && typeof err.name === 'string') return err.name;
  return '';
}

function errorMessage(err: unknown): string {
  if (err && typeof err === 'object' && 'message' in err && typeof err.message === 'string') return err.message;
  return '';
}

export function describeAuthError(err: unknown, screen: AuthScreen): AuthErrorOutcome {
  const name = errorName(err);
  const message = errorMessage(err);
  const say = (text: string, field?: string): AuthErrorOutcome => ({ kind: 'message', message: text, ...(field ? { field } : {}) });

  switch (name) {
    case 'LimitExceededException':
    case 'TooManyRequestsException':
    case 'TooManyFailedAttemptsException':
      return say(TOO_MANY);
    case 'UserNotConfirmedException':
      return { kind: 'confirm-sign-up' };
    case 'PasswordResetRequiredException':
      return { kind: 'reset-password' };
    case 'CodeMismatchException':
      return say('That code is not right. Check the latest email and try again.', 'code');
    case 'ExpiredCodeException':
      return say('That code has expired. Send yourself a new one.', 'code');
    case 'InvalidPasswordException':
      return say(`That password is not accepted. ${PASSWORD_POLICY_TEXT}`, 'password');
    case 'UsernameExistsException':
      return say('An account with this email already exists. Sign in, or reset your password if you forgot it.', 'email');
    case 'CodeDeliveryFailureException':
      return say('We could not send the email. Check the address and try again.');
    case 'SignInException':
      // Amplify keeps a pending sign-in in memory only; a reload of /new-password loses it.
      return say('This sign-in has expired. Sign in again with your temporary password.');
    case 'NetworkError':
      return say('Could not reach the sign-in service. Check your connection and try again.');
    case 'NotAuthorizedException':
      if (/attempts exceeded/i.test(message)) return say(TOO_MANY);
      if (screen === 'new-password') return say('This sign-in has expired. Sign in again with your temporary password.');
      if (/temporary password has expired/i.test(message)) {
        return say('Your temporary password has expired. Ask an admin to invite you again.');
      }
      if (screen === 'sign-in') return say(WRONG_CREDENTIALS);
      if (screen === 'confirm-sign-up' || screen === 'resend-code') return say('This account is already confirmed. Sign in.');
      return say('That did not work. Start again from sign-in.');
    case 'UserNotFoundException':
      // Never confirm whether the address has an account.
      if (screen === 'sign-in') return say(WRONG_CREDENTIALS);
      if (screen === 'reset-password' || screen === 'confirm-sign-up') return say('That code is not right. Check the latest email and try again.', 'code');
      return say('Something went wrong. Try again.');
    default:
      if (screen === 'sign-in') return say(WRONG_CREDENTIALS);
      return say('Something went wrong. Try again in a moment.');
  }
}
