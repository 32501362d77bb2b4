import { describeAuthError } from './cognito-errors';
import { newPasswordSchema, passwordProblems, resetPasswordSchema, fieldErrors } from './forms';

const err = (name: string, message = '') => Object.assign(new Error(message), { name });

describe('describeAuthError', () => {
  it('answers a wrong password and an unknown email identically on sign-in', () => {
    const wrongPassword = describeAuthError(err('NotAuthorizedException', 'Incorrect username or password.'), 'sign-in');
    const unknownEmail = describeAuthError(err('UserNotFoundException', 'User does not exist.'), 'sign-in');
    expect(unknownEmail).toEqual(wrongPassword);
    expect(wrongPassword).toMatchObject({ kind: 'message' });
  });

  it('sends an unconfirmed account to the confirmation screen', () => {
    expect(describeAuthError(err('UserNotConfirmedException'), 'sign-in')).toEqual({ kind: 'confirm-sign-up' });
  });

  it('tells wrong, expired and too-many-attempts apart for codes', () => {
    const wrong = describeAuthError(err('CodeMismatchException'), 'confirm-sign-up');
    const expired = describeAuthError(err('ExpiredCodeException'), 'reset-password');
    const tooMany = describeAuthError(err('LimitExceededException', 'Attempt limit exceeded, please try after some time.'), 'reset-password');
    expect(new Set([wrong, expired, tooMany].map((o) => (o.kind === 'message' ? o.message : o.kind))).size).toBe(3);
    expect(expired).toMatchObject({ field: 'code', message: expect.stringMatching(/expired/i) });
    expect(tooMany).toMatchObject({ message: expect.stringMatching(/too many attempts/i) });
  });

  it('spells the password policy out when Cognito refuses a password', () => {
    const out = describeAuthError(err('InvalidPasswordException', 'Password must have symbol characters'), 'sign-up');
    expect(out).toMatchObject({ field: 'password', message: expect.stringMatching(/8 characters.*uppercase.*number.*symbol/) });
  });

  it('treats "password attempts exceeded" as too many attempts, not wrong credentials', () => {
    expect(describeAuthError(err('NotAuthorizedException', 'Password attempts exceeded'), 'sign-in')).toMatchObject({
      message: expect.stringMatching(/too many attempts/i),
    });
  });
});

describe('password rules', () => {
  it('lists exactly what a password still lacks', () => {
    expect(passwordProblems('abc')).toEqual(['at least 8 characters', 'an uppercase letter', 'a number', 'a symbol such as ! @ # $ % & *']);
    expect(passwordProblems('Corr3ct-horse')).toEqual([]);
    expect(newPasswordSchema.safeParse(' Corr3ct-horse').success).toBe(false);
  });

  it('names the field when the confirmation does not match', () => {
    const parsed = resetPasswordSchema.safeParse({ email: 'a@b.org', code: '123456', password: 'Corr3ct-horse', confirmPassword: 'Corr3ct-horsf' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldErrors(parsed.error)).toEqual({ confirmPassword: 'The two passwords do not match.' });
  });
});
