import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
  CreateGroupCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  GlobalSignOutCommand,
  InitiateAuthCommand,
  RevokeTokenCommand,
  type AuthenticationResultType,
} from '@aws-sdk/client-cognito-identity-provider';
import { Amplify } from 'aws-amplify';
import {
  confirmResetPassword,
  confirmSignIn,
  confirmSignUp,
  fetchAuthSession,
  resendSignUpCode,
  resetPassword,
  signIn,
  signOut,
  signUp,
} from 'aws-amplify/auth';
import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';
import { SimpleJwksCache } from 'aws-jwt-verify/jwk';
import { latestCode, readMailbox } from './mailbox';
import { freshEmail, httpJwksFetcher, startTestCognito, type TestCognito } from './test-support';

const PASSWORD = 'Correct-horse-1';
const DAY = 24 * 3600 * 1000;

let t: TestCognito;

beforeAll(async () => {
  t = await startTestCognito();
  await t.admin.send(new CreateGroupCommand({ UserPoolId: t.cognito.poolId, GroupName: 'nest-access' }));
  await t.admin.send(new CreateGroupCommand({ UserPoolId: t.cognito.poolId, GroupName: 'nest-admin', Precedence: 0 }));
  // Amplify warns that a custom endpoint is in use; that is the point here.
  const warn = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
  Amplify.configure({ Auth: { Cognito: { userPoolId: t.cognito.poolId, userPoolClientId: t.cognito.clientId, userPoolEndpoint: t.cognito.url } } });
  warn.mockRestore();
});

afterEach(async () => {
  t.resetClock();
  await signOut();
});

afterAll(async () => {
  await t.stop();
});

const createUser = (email: string, groups: string[] = [], password = PASSWORD) => t.createUser(email, groups, password);

/** Tokens through the SDK (USER_PASSWORD_AUTH), for tests that need the refresh token Amplify keeps to itself. */
async function sdkSignIn(email: string, password = PASSWORD): Promise<Required<Pick<AuthenticationResultType, 'AccessToken' | 'IdToken' | 'RefreshToken'>>> {
  const out = await t.admin.send(
    new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: t.cognito.clientId, AuthParameters: { USERNAME: email, PASSWORD: password } }),
  );
  const r = out.AuthenticationResult;
  if (!r?.AccessToken || !r.IdToken || !r.RefreshToken) throw new Error('no tokens');
  return { AccessToken: r.AccessToken, IdToken: r.IdToken, RefreshToken: r.RefreshToken };
}

async function rejection(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  try {
    await promise;
  } catch (err) {
    return { name: (err as Error).name, message: (err as Error).message };
  }
  throw new Error('expected a rejection');
}

function idVerifier() {
  return JwtVerifier.create(
    { issuer: t.cognito.issuer, audience: t.cognito.clientId, jwksUri: t.cognito.jwksUrl },
    { jwksCache: new SimpleJwksCache({ fetcher: httpJwksFetcher() }) },
  );
}

function claims(jwt: string): Record<string, unknown> {
  return JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
}

describe('sign-in with Amplify (USER_SRP_AUTH)', () => {
  test('issues Cognito-shaped ID and access tokens that verify against the JWKS', async () => {
    const email = freshEmail('staff');
    await createUser(email, ['nest-access']);

    await expect(signIn({ username: email, password: PASSWORD })).resolves.toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    const { tokens } = await fetchAuthSession();
    const idToken = tokens?.idToken?.toString() ?? '';
    const accessToken = tokens?.accessToken.toString() ?? '';

    const id = await idVerifier().verify(idToken);
    expect(id).toMatchObject({
      token_use: 'id',
      aud: t.cognito.clientId,
      iss: `${t.cognito.url}/${t.cognito.poolId}`,
      email,
      email_verified: true,
      'cognito:groups': ['nest-access'],
    });
    expect(id['cognito:username']).toBe(id.sub);
    for (const claim of ['auth_time', 'event_id', 'jti', 'origin_jti']) expect(id).toHaveProperty(claim);
    expect(Number(id.exp) - Number(id.iat)).toBe(3600);

    const access = await JwtVerifier.create(
      { issuer: t.cognito.issuer, audience: null, jwksUri: t.cognito.jwksUrl },
      { jwksCache: new SimpleJwksCache({ fetcher: httpJwksFetcher() }) },
    ).verify(accessToken);
    expect(access).toMatchObject({ token_use: 'access', client_id: t.cognito.clientId, scope: 'aws.cognito.signin.user.admin', username: id.sub });
    expect(access.origin_jti).toBe(id.origin_jti);
  });

  test('a wrong password and an unknown email are refused with the same error', async () => {
    const email = freshEmail('staff');
    await createUser(email);

    const wrongPassword = await rejection(signIn({ username: email, password: 'Wrong-password-1' }));
    const unknownUser = await rejection(signIn({ username: freshEmail('nobody'), password: 'Wrong-password-1' }));
    expect(wrongPassword).toEqual({ name: 'NotAuthorizedException', message: 'Incorrect username or password.' });
    expect(unknownUser).toEqual(wrongPassword);

    // On the wire too: an unknown user still gets a challenge with a plausible user id, and errors are AWS-shaped.
    const challenge = await t.call('InitiateAuth', { AuthFlow: 'USER_SRP_AUTH', ClientId: t.cognito.clientId, AuthParameters: { USERNAME: freshEmail('nobody'), SRP_A: 'abc123' } });
    expect(challenge.status).toBe(200);
    expect(challenge.body.ChallengeName).toBe('PASSWORD_VERIFIER');
    expect(Object.keys(challenge.body.ChallengeParameters as object).sort()).toEqual(['SALT', 'SECRET_BLOCK', 'SRP_B', 'USERNAME', 'USER_ID_FOR_SRP']);
    expect((challenge.body.ChallengeParameters as Record<string, string>).USER_ID_FOR_SRP).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4/);
    const plain = await t.call('InitiateAuth', { AuthFlow: 'USER_PASSWORD_AUTH', ClientId: t.cognito.clientId, AuthParameters: { USERNAME: email, PASSWORD: 'nope' } });
    expect(plain).toEqual({ status: 400, body: { __type: 'NotAuthorizedException', message: 'Incorrect username or password.' } });
  });

  test('refresh: Amplify gets new tokens, and group changes show up in them', async () => {
    const email = freshEmail('staff');
    await createUser(email, ['nest-access']);
    await signIn({ username: email, password: PASSWORD });
    const before = (await fetchAuthSession()).tokens?.idToken?.payload;

    await t.admin.send(new AdminAddUserToGroupCommand({ UserPoolId: t.cognito.poolId, Username: email, GroupName: 'nest-admin' }));
    const after = (await fetchAuthSession({ forceRefresh: true })).tokens?.idToken?.payload;

    expect(after?.jti).not.toEqual(before?.jti);
    expect(after?.origin_jti).toEqual(before?.origin_jti);
    expect(after?.['cognito:groups']).toEqual(['nest-admin', 'nest-access']);
  });

  test('REFRESH_TOKEN_AUTH and GetTokensFromRefreshToken both refresh through the SDK', async () => {
    const email = freshEmail('staff');
    await createUser(email);
    const { RefreshToken } = await sdkSignIn(email);
    const viaInitiate = await t.admin.send(new InitiateAuthCommand({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: t.cognito.clientId, AuthParameters: { REFRESH_TOKEN: RefreshToken } }));
    const viaGetTokens = await t.admin.send(new GetTokensFromRefreshTokenCommand({ ClientId: t.cognito.clientId, RefreshToken }));
    for (const result of [viaInitiate.AuthenticationResult, viaGetTokens.AuthenticationResult]) {
      expect(claims(result?.IdToken ?? '')).toMatchObject({ email, token_use: 'id' });
    }
    expect(await rejection(t.admin.send(new GetTokensFromRefreshTokenCommand({ ClientId: t.cognito.clientId, RefreshToken: 'forged' })))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Invalid Refresh Token',
    });
  });

  test('tokens leave cognito:groups out when the user has no group', async () => {
    const email = freshEmail('nogroup');
    await createUser(email);
    expect(claims((await sdkSignIn(email)).IdToken)).not.toHaveProperty('cognito:groups');
  });
});

describe('signing out', () => {
  const revoked = { name: 'NotAuthorizedException', message: 'Refresh Token has been revoked' };

  test("Amplify's global sign-out revokes the refresh tokens of every other session", async () => {
    const email = freshEmail('staff');
    await createUser(email);
    const otherDevice = await sdkSignIn(email);
    await signIn({ username: email, password: PASSWORD });

    await signOut({ global: true });

    expect(await rejection(t.admin.send(new GetTokensFromRefreshTokenCommand({ ClientId: t.cognito.clientId, RefreshToken: otherDevice.RefreshToken })))).toEqual(revoked);
    expect(
      await rejection(t.admin.send(new InitiateAuthCommand({ AuthFlow: 'REFRESH_TOKEN_AUTH', ClientId: t.cognito.clientId, AuthParameters: { REFRESH_TOKEN: otherDevice.RefreshToken } }))),
    ).toEqual(revoked);
    expect(await rejection(t.admin.send(new GetUserCommand({ AccessToken: otherDevice.AccessToken })))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Access Token has been revoked',
    });
  });

  test('GlobalSignOut and AdminUserGlobalSignOut revoke; RevokeToken revokes only its own session', async () => {
    const email = freshEmail('staff');
    await createUser(email);
    const a = await sdkSignIn(email);
    const b = await sdkSignIn(email);
    await t.admin.send(new RevokeTokenCommand({ ClientId: t.cognito.clientId, Token: a.RefreshToken }));
    expect(await rejection(t.admin.send(new GetTokensFromRefreshTokenCommand({ ClientId: t.cognito.clientId, RefreshToken: a.RefreshToken })))).toEqual(revoked);
    await expect(t.admin.send(new GetTokensFromRefreshTokenCommand({ ClientId: t.cognito.clientId, RefreshToken: b.RefreshToken }))).resolves.toBeDefined();

    await t.admin.send(new GlobalSignOutCommand({ AccessToken: b.AccessToken }));
    expect(await rejection(t.admin.send(new GetTokensFromRefreshTokenCommand({ ClientId: t.cognito.clientId, RefreshToken: b.RefreshToken })))).toEqual(revoked);

    const c = await sdkSignIn(email);
    await t.admin.send(new AdminUserGlobalSignOutCommand({ UserPoolId: t.cognito.poolId, Username: email }));
    expect(await rejection(t.admin.send(new GetTokensFromRefreshTokenCommand({ ClientId: t.cognito.clientId, RefreshToken: c.RefreshToken })))).toEqual(revoked);
  });
});

describe('password policy (Cognito default: 8+, upper, lower, number, symbol)', () => {
  test.each([
    ['Sh0rt!', 'Password not long enough'],
    ['UPPERCASE-ONLY-1', 'Password must have lowercase characters'],
    ['lowercase-only-1', 'Password must have uppercase characters'],
    ['No-Numbers-Here', 'Password must have numeric characters'],
    ['NoSymbols1234', 'Password must have symbol characters'],
  ])('sign-up with %s is refused: %s', async (password, reason) => {
    const email = freshEmail('weak');
    expect(await rejection(signUp({ username: email, password, options: { userAttributes: { email } } }))).toEqual({
      name: 'InvalidPasswordException',
      message: `Password did not conform with policy: ${reason}`,
    });
  });

  test('administrators and password changes are held to it too', async () => {
    const email = freshEmail('staff');
    await createUser(email);
    expect(
      (await rejection(t.admin.send(new AdminSetUserPasswordCommand({ UserPoolId: t.cognito.poolId, Username: email, Password: 'weak', Permanent: true })))).name,
    ).toBe('InvalidPasswordException');
    const { AccessToken } = await sdkSignIn(email);
    const change = await t.call('ChangePassword', { AccessToken, PreviousPassword: PASSWORD, ProposedPassword: 'weakweak' });
    expect(change.body.__type).toBe('InvalidPasswordException');
  });
});

describe('sign-up', () => {
  test('sign-up → emailed code → confirm → sign-in', async () => {
    const email = freshEmail('new');
    const result = await signUp({ username: email, password: PASSWORD, options: { userAttributes: { email } } });
    expect(result.nextStep).toMatchObject({ signUpStep: 'CONFIRM_SIGN_UP', codeDeliveryDetails: { deliveryMedium: 'EMAIL' } });

    // Unconfirmed: the right password leads to confirmation, not into the app.
    await expect(signIn({ username: email, password: PASSWORD })).resolves.toMatchObject({ isSignedIn: false, nextStep: { signInStep: 'CONFIRM_SIGN_UP' } });
    expect((await rejection(signIn({ username: email, password: 'Wrong-password-1' }))).name).toBe('NotAuthorizedException');

    const code = latestCode(t.dataDir, email, 'confirm-sign-up');
    expect(code).toMatch(/^\d{6}$/);
    const wrong = code === '000000' ? '111111' : '000000';
    expect((await rejection(confirmSignUp({ username: email, confirmationCode: wrong }))).name).toBe('CodeMismatchException');
    await expect(confirmSignUp({ username: email, confirmationCode: code ?? '' })).resolves.toMatchObject({ isSignUpComplete: true });

    await expect(signIn({ username: email, password: PASSWORD })).resolves.toMatchObject({ isSignedIn: true });
    expect((await fetchAuthSession()).tokens?.idToken?.payload).toMatchObject({ email, email_verified: true });
  });

  test('an existing email cannot sign up again', async () => {
    const email = freshEmail('dup');
    await createUser(email);
    expect((await rejection(signUp({ username: email, password: PASSWORD, options: { userAttributes: { email } } }))).name).toBe('UsernameExistsException');
  });

  test('a resent code replaces the old one; codes expire after a day', async () => {
    const email = freshEmail('resend');
    await signUp({ username: email, password: PASSWORD, options: { userAttributes: { email } } });
    const first = latestCode(t.dataDir, email, 'confirm-sign-up') ?? '';
    await resendSignUpCode({ username: email });
    const second = latestCode(t.dataDir, email, 'confirm-sign-up') ?? '';
    if (first !== second) expect((await rejection(confirmSignUp({ username: email, confirmationCode: first }))).name).toBe('CodeMismatchException');

    t.advanceClock(DAY + 60_000);
    expect(await rejection(confirmSignUp({ username: email, confirmationCode: second }))).toEqual({
      name: 'ExpiredCodeException',
      message: 'Invalid code provided, please request a code again.',
    });
  });

  test('after five wrong codes even the right one is refused until a new code is sent', async () => {
    const email = freshEmail('guess');
    await signUp({ username: email, password: PASSWORD, options: { userAttributes: { email } } });
    const code = latestCode(t.dataDir, email, 'confirm-sign-up') ?? '';
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < 5; i++) expect((await rejection(confirmSignUp({ username: email, confirmationCode: wrong }))).name).toBe('CodeMismatchException');
    expect(await rejection(confirmSignUp({ username: email, confirmationCode: code }))).toEqual({
      name: 'LimitExceededException',
      message: 'Attempt limit exceeded, please try after some time.',
    });
    await resendSignUpCode({ username: email });
    await expect(confirmSignUp({ username: email, confirmationCode: latestCode(t.dataDir, email, 'confirm-sign-up') ?? '' })).resolves.toMatchObject({
      isSignUpComplete: true,
    });
  });
});

describe('forgotten password', () => {
  test('reset code → new password works, the old one is refused', async () => {
    const email = freshEmail('forgetful');
    await createUser(email);
    await expect(resetPassword({ username: email })).resolves.toMatchObject({ nextStep: { resetPasswordStep: 'CONFIRM_RESET_PASSWORD_WITH_CODE' } });
    const code = latestCode(t.dataDir, email, 'reset-password') ?? '';
    const newPassword = 'Brand-new-pass-2';

    expect((await rejection(confirmResetPassword({ username: email, confirmationCode: code, newPassword: 'weak' }))).name).toBe('InvalidPasswordException');
    await confirmResetPassword({ username: email, confirmationCode: code, newPassword });

    expect((await rejection(signIn({ username: email, password: PASSWORD }))).message).toBe('Incorrect username or password.');
    await expect(signIn({ username: email, password: newPassword })).resolves.toMatchObject({ isSignedIn: true });
  });

  test('answers the same for an unknown email, and sends nothing', async () => {
    const known = freshEmail('known');
    await createUser(known);
    const unknown = freshEmail('unknown');
    const forKnown = await resetPassword({ username: known });
    const forUnknown = await resetPassword({ username: unknown });
    expect(forUnknown.nextStep.resetPasswordStep).toBe(forKnown.nextStep.resetPasswordStep);
    expect(forUnknown.nextStep.codeDeliveryDetails.deliveryMedium).toBe('EMAIL');
    expect(readMailbox(t.dataDir).some((m) => m.to === unknown)).toBe(false);
    expect((await rejection(confirmResetPassword({ username: unknown, confirmationCode: '123456', newPassword: 'Brand-new-pass-2' }))).name).toBe(
      'CodeMismatchException',
    );
  });

  test('reset codes expire after an hour', async () => {
    const email = freshEmail('slow');
    await createUser(email);
    await resetPassword({ username: email });
    t.advanceClock(3600_000 + 60_000);
    expect(
      (await rejection(confirmResetPassword({ username: email, confirmationCode: latestCode(t.dataDir, email, 'reset-password') ?? '', newPassword: 'Brand-new-pass-2' }))).name,
    ).toBe('ExpiredCodeException');
  });
});

describe('invited users (AdminCreateUser)', () => {
  test('temporary password → NEW_PASSWORD_REQUIRED → new password → tokens', async () => {
    const email = freshEmail('invitee');
    const created = await t.admin.send(new AdminCreateUserCommand({ UserPoolId: t.cognito.poolId, Username: email, UserAttributes: [{ Name: 'email_verified', Value: 'true' }] }));
    expect(created.User?.UserStatus).toBe('FORCE_CHANGE_PASSWORD');
    await t.admin.send(new AdminAddUserToGroupCommand({ UserPoolId: t.cognito.poolId, Username: email, GroupName: 'nest-access' }));
    const temporary = latestCode(t.dataDir, email, 'invitation') ?? '';

    await expect(signIn({ username: email, password: temporary })).resolves.toMatchObject({
      isSignedIn: false,
      nextStep: { signInStep: 'CONFIRM_SIGN_IN_WITH_NEW_PASSWORD_REQUIRED' },
    });
    expect((await rejection(confirmSignIn({ challengeResponse: 'too-weak' }))).name).toBe('InvalidPasswordException');
    await expect(confirmSignIn({ challengeResponse: 'Chosen-by-me-3' })).resolves.toEqual({ isSignedIn: true, nextStep: { signInStep: 'DONE' } });
    expect((await fetchAuthSession()).tokens?.idToken?.payload['cognito:groups']).toEqual(['nest-access']);

    const user = await t.admin.send(new AdminGetUserCommand({ UserPoolId: t.cognito.poolId, Username: email }));
    expect(user.UserStatus).toBe('CONFIRMED');
    await signOut();
    expect((await rejection(signIn({ username: email, password: temporary }))).name).toBe('NotAuthorizedException');
  });

  test('an expired temporary password is refused, without revealing it was right', async () => {
    const email = freshEmail('late');
    const TemporaryPassword = 'Temporary-pass-4';
    await t.admin.send(new AdminCreateUserCommand({ UserPoolId: t.cognito.poolId, Username: email, TemporaryPassword, MessageAction: 'SUPPRESS' }));
    t.advanceClock(8 * DAY);

    expect(await rejection(signIn({ username: email, password: TemporaryPassword }))).toEqual({
      name: 'NotAuthorizedException',
      message: 'Temporary password has expired and must be reset by an administrator.',
    });
    expect((await rejection(signIn({ username: email, password: 'Not-the-temp-1' }))).message).toBe('Incorrect username or password.');
    expect(readMailbox(t.dataDir).some((m) => m.to === email)).toBe(false);
  });

  test('admin calls need a SigV4-signed request', async () => {
    const res = await t.call('AdminCreateUser', { UserPoolId: t.cognito.poolId, Username: freshEmail('sneaky') });
    expect(res).toEqual({ status: 400, body: { __type: 'MissingAuthenticationTokenException', message: 'Missing Authentication Token' } });
  });
});

describe('configuration and persistence', () => {
  test('issuer, password policy and token lifetime come from the options; CognitoJwtVerifier accepts AWS-style issuers', async () => {
    const aws = 'https://cognito-idp.us-east-1.amazonaws.com';
    const custom = await startTestCognito({ issuerBase: aws, clientTokenValidity: { IdTokenValidity: 5, TokenValidityUnits: { IdToken: 'minutes' } }, passwordPolicy: { MinimumLength: 12, RequireSymbols: false } });
    try {
      const { poolId, clientId } = custom.cognito;
      const weak = await custom.call('SignUp', { ClientId: clientId, Username: 'x@example.com', Password: 'Abcdefgh123' });
      expect(weak.body).toEqual({ __type: 'InvalidPasswordException', message: 'Password did not conform with policy: Password not long enough' });
      await custom.admin.send(new CreateGroupCommand({ UserPoolId: poolId, GroupName: 'nest-access' }));
      await custom.admin.send(new AdminCreateUserCommand({ UserPoolId: poolId, Username: 'y@example.com', MessageAction: 'SUPPRESS' }));
      await custom.admin.send(new AdminSetUserPasswordCommand({ UserPoolId: poolId, Username: 'y@example.com', Password: 'Abcdefgh1234', Permanent: true }));
      await custom.admin.send(new AdminAddUserToGroupCommand({ UserPoolId: poolId, Username: 'y@example.com', GroupName: 'nest-access' }));
      const out = await custom.admin.send(new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: clientId, AuthParameters: { USERNAME: 'y@example.com', PASSWORD: 'Abcdefgh1234' } }));

      const jwksCache = new SimpleJwksCache({ fetcher: httpJwksFetcher(() => custom.cognito.jwksUrl) });
      const verify = (groups: string) => CognitoJwtVerifier.create({ userPoolId: poolId, clientId, tokenUse: 'id', groups }, { jwksCache }).verify(out.AuthenticationResult?.IdToken ?? '');
      const payload = await verify('nest-access');
      expect(payload.iss).toBe(`${aws}/${poolId}`);
      expect(payload.exp - payload.iat).toBe(300);
      await expect(verify('nest-admin')).rejects.toThrow(/group/i);
    } finally {
      await custom.stop();
    }
  });

  test('users, sessions and the signing key survive a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'nest-cognito-restart-'));
    const first = await startTestCognito({ dataDir });
    await first.admin.send(new AdminCreateUserCommand({ UserPoolId: first.cognito.poolId, Username: 'keep@example.com', MessageAction: 'SUPPRESS' }));
    await first.admin.send(new AdminSetUserPasswordCommand({ UserPoolId: first.cognito.poolId, Username: 'keep@example.com', Password: PASSWORD, Permanent: true }));
    const signedIn = await first.admin.send(
      new InitiateAuthCommand({ AuthFlow: 'USER_PASSWORD_AUTH', ClientId: first.cognito.clientId, AuthParameters: { USERNAME: 'keep@example.com', PASSWORD } }),
    );
    const jwksBefore = await (await fetch(first.cognito.jwksUrl)).json();
    await first.stop();

    const second = await startTestCognito({ dataDir, issuerBase: first.cognito.url });
    try {
      expect(await (await fetch(second.cognito.jwksUrl)).json()).toEqual(jwksBefore);
      const me = await second.admin.send(new GetUserCommand({ AccessToken: signedIn.AuthenticationResult?.AccessToken }));
      expect(me.UserAttributes?.find((a) => a.Name === 'email')?.Value).toBe('keep@example.com');
      await expect(
        second.admin.send(new GetTokensFromRefreshTokenCommand({ ClientId: second.cognito.clientId, RefreshToken: signedIn.AuthenticationResult?.RefreshToken })),
      ).resolves.toBeDefined();
    } finally {
      await second.stop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
