import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { latestCode, type MailKind } from '../../local/cognito/mailbox';
import { localAdminClient } from '../../local/cognito/seed';
import { loadOrCreateKeys, signJwt } from '../../local/cognito/tokens';
import { DEMO_ADMIN, DEMO_OUTSIDER, DEMO_STAFF } from '../../local/seed/demo-users';
import { e2eStackInfoSchema, readE2eStackInfo, type E2eStackInfo } from '../../local/test/e2e-stack-info';

/**
 * What the auth specs need from the stack they run against. Locally (Playwright's webServer stack) that is the
 * local Cognito: its mailbox for codes, its admin API and signing key. Against the deployed site (BASE_URL) only
 * a staff account from NEST_E2E_EMAIL / NEST_E2E_PASSWORD; specs needing more skip and say why.
 * NEST_E2E_STACK_FILE points the specs at another running local stack's info file (e.g. a developer's own).
 */
export function localStack(): E2eStackInfo | undefined {
  const file = process.env.NEST_E2E_STACK_FILE;
  if (file) return e2eStackInfoSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
  return readE2eStackInfo();
}

export const LOCAL_ONLY_REASON = 'needs the local stack (emailed codes, admin API, signing key); BASE_URL points at a deployed site';

/** Skips the current test unless the local stack is there; returns it. */
export function requireLocalStack(): E2eStackInfo {
  const stack = localStack();
  test.skip(!stack, LOCAL_ONLY_REASON);
  return stack!;
}

export interface Account {
  email: string;
  password: string;
}

/** A staff account: the demo analyst locally, NEST_E2E_EMAIL / NEST_E2E_PASSWORD against a deployed site. */
export function staffAccount(): Account {
  if (localStack()) return { email: DEMO_STAFF[0].email, password: DEMO_STAFF[0].password };
  const email = process.env.NEST_E2E_EMAIL;
  const password = process.env.NEST_E2E_PASSWORD;
  test.skip(!email || !password, 'set NEST_E2E_EMAIL and NEST_E2E_PASSWORD to a staff account of the deployed site');
  return { email: email!, password: password! };
}

export const adminAccount = (): Account => ({ email: DEMO_ADMIN.email, password: DEMO_ADMIN.password });
export const outsiderAccount = (): Account => ({ email: DEMO_OUTSIDER.email, password: DEMO_OUTSIDER.password });

export function uniqueEmail(label: string): string {
  return `e2e-${label}-${randomUUID().slice(0, 8)}@example.org`;
}

/** The newest code of that kind mailed to `email` by the local Cognito, waiting for it to arrive. */
export async function mailedCode(stack: E2eStackInfo, email: string, kind: MailKind, after?: string): Promise<string> {
  let code: string | undefined;
  await expect
    .poll(() => {
      code = latestCode(stack.cognitoDataDir, email, kind);
      return code !== undefined && code !== after;
    }, { message: `a ${kind} email to ${email}`, timeout: 10_000 })
    .toBe(true);
  return code!;
}

/** Creates a confirmed account with a permanent password straight through the local Cognito's admin API. */
export async function createAccount(stack: E2eStackInfo, groups: string[], label = 'user'): Promise<Account> {
  const account = { email: uniqueEmail(label), password: `Pw-${randomUUID().slice(0, 8)}-x1A!` };
  const env = stack.appEnv;
  const client = localAdminClient(env.COGNITO_ENDPOINT!, env.COGNITO_REGION ?? 'us-east-1', {
    accessKeyId: env.AWS_ACCESS_KEY_ID!,
    secretAccessKey: env.AWS_SECRET_ACCESS_KEY!,
  });
  const UserPoolId = env.COGNITO_USER_POOL_ID!;
  await client.send(
    new AdminCreateUserCommand({
      UserPoolId,
      Username: account.email,
      MessageAction: 'SUPPRESS',
      UserAttributes: [
        { Name: 'email', Value: account.email },
        { Name: 'email_verified', Value: 'true' },
      ],
    }),
  );
  await client.send(new AdminSetUserPasswordCommand({ UserPoolId, Username: account.email, Password: account.password, Permanent: true }));
  for (const GroupName of groups) await client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: account.email, GroupName }));
  return account;
}

export async function signIn(page: Page, account: Account, path = '/sign-in') {
  await page.goto(path);
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Fills and submits the sign-up form; `repeat` is what goes in "Repeat password" (the password unless given). */
export async function signUp(page: Page, account: Account, repeat = account.password) {
  await page.goto('/sign-up');
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByLabel('Repeat password').fill(repeat);
  await page.getByRole('button', { name: 'Create account' }).click();
}

/** Submits the confirm-sign-up screen with `code`. */
export async function confirmEmail(page: Page, code: string) {
  await page.getByLabel('Confirmation code').fill(code);
  await page.getByRole('button', { name: 'Confirm email' }).click();
}

/** Asks for a password-reset code for `email` on the forgot-password screen. */
export async function requestPasswordReset(page: Page, email: string) {
  await page.goto('/forgot-password');
  await page.getByLabel('Email').fill(email);
  await page.getByRole('button', { name: 'Send reset code' }).click();
}

/** Fills the "New password" pair of the reset-password and new-password screens (the caller submits). */
export async function fillNewPassword(page: Page, password: string) {
  await page.getByLabel('New password', { exact: true }).fill(password);
  await page.getByLabel('Repeat new password').fill(password);
}

/** The session's Amplify cookies, by item (idToken, accessToken, refreshToken). */
export async function sessionCookies(page: Page) {
  const cookies = await page.context().cookies();
  const item = (suffix: string) => cookies.find((c) => c.name.startsWith('CognitoIdentityServiceProvider.') && c.name.endsWith(suffix));
  return { idToken: item('.idToken'), accessToken: item('.accessToken'), refreshToken: item('.refreshToken') };
}

/**
 * Replaces the session's ID and access tokens with copies that expired an hour ago, signed with the local
 * Cognito's own key: what a browser holds after leaving a tab open past the token lifetime.
 */
export async function expireSessionTokens(page: Page, stack: E2eStackInfo): Promise<string> {
  const keys = loadOrCreateKeys(stack.cognitoDataDir);
  const { idToken, accessToken } = await sessionCookies(page);
  expect(idToken && accessToken, 'signed in').toBeTruthy();
  const now = Math.floor(Date.now() / 1000);
  const aged = (token: string) => {
    const claims = JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString('utf8')) as Record<string, unknown>;
    return signJwt(keys, { ...claims, iat: now - 7200, auth_time: now - 7200, exp: now - 3600 });
  };
  const expiredId = aged(idToken!.value);
  await page.context().addCookies([
    { ...idToken!, value: expiredId },
    { ...accessToken!, value: aged(accessToken!.value) },
  ]);
  return expiredId;
}

/**
 * The Origin the app's own pages send with a state-changing request. Playwright's APIRequestContext sends none,
 * and withStaff refuses a cookie-authenticated change that does not say it comes from the app (CSRF).
 */
export function sameOrigin(): Record<string, string> {
  return { origin: new URL(test.info().project.use.baseURL!).origin };
}
