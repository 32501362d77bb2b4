import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  adminAccount,
  confirmEmail,
  createAccount,
  expireSessionTokens,
  fillNewPassword,
  localStack,
  mailedCode,
  outsiderAccount,
  requestPasswordReset,
  requireLocalStack,
  sessionCookies,
  signIn,
  signUp,
  staffAccount,
  uniqueEmail,
  type Account,
  sameOrigin,
} from './helpers/auth';
import { saveSession } from './helpers/sessions';

const NEW_PASSWORD = 'Brand-New-Pass-42!';

async function expectDashboard(page: Page, account: Account) {
  await expect(page).toHaveURL((url) => url.pathname === '/');
  await expect(page.getByText(account.email).first()).toBeVisible();
}

/** The form's own message (Next's route announcer is role=alert too). */
const formAlert = (page: Page) => page.locator('form [role="alert"]');

/** A second page, signed in as the demo admin, for calling the admin API. */
async function adminPage(browser: Browser): Promise<Page> {
  const admin = await browser.newPage();
  await signIn(admin, adminAccount());
  await expectDashboard(admin, adminAccount());
  return admin;
}

async function signOutFromMenu(page: Page, account: Account) {
  await page.getByText(account.email).first().click();
  await page.getByRole('menuitem', { name: 'Sign out' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
}

test.describe('with any staff account (local stack or deployed site)', () => {
  test('sign in lands on the dashboard, and the session survives a reload', async ({ page }) => {
    const account = staffAccount();
    await signIn(page, account);
    await expectDashboard(page, account);
    await page.reload();
    await expectDashboard(page, account);
  });

  test('sign-out clears the session: protected pages redirect and Back shows no data', async ({ page, browser }) => {
    // Sign-out ends every session of that person, the saved ones the other specs reuse too: locally an account of
    // its own signs out; on a deployed site (one staff account) the saved session is made again afterwards.
    const stack = localStack();
    const account = stack ? await createAccount(stack, ['nest-access'], 'signout') : staffAccount();
    await signIn(page, account, '/sign-in?next=%2Fphenoms');
    await expect(page).toHaveURL(/\/phenoms$/);
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' }).click();
    await expectDashboard(page, account);
    await signOutFromMenu(page, account);
    expect((await sessionCookies(page)).idToken).toBeUndefined();

    await page.goBack();
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByText(account.email)).toHaveCount(0);
    await page.goto('/phenoms');
    await expect(page).toHaveURL(/\/sign-in\?next=%2Fphenoms/);
    const api = await page.request.get('/api/phenoms/1');
    expect(api.status()).toBe(401);
    if (!stack) await saveSession(await (await browser.newContext({ storageState: { cookies: [], origins: [] } })).newPage(), 'analyst', account);
  });

  test('a wrong password and an unknown email get the same answer', async ({ page }) => {
    const account = staffAccount();
    await signIn(page, { email: account.email, password: 'Not-The-Password-1!' });
    await expect(formAlert(page)).toBeVisible();
    const wrongPassword = await formAlert(page).textContent();
    await signIn(page, { email: uniqueEmail('nobody'), password: 'Not-The-Password-1!' });
    await expect(formAlert(page)).toHaveText(wrongPassword!);
  });

  test('forms say what is wrong with each field before calling Cognito', async ({ page }) => {
    await signUp(page, { email: 'not-an-email', password: 'short' }, 'different');
    await expect(page.getByLabel('Email')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Enter a valid email address')).toBeVisible();
    await expect(page.getByText(/still needs at least 8 characters, an uppercase letter, a number, a symbol/)).toBeVisible();
    await expect(page.getByText('The two passwords do not match.')).toBeVisible();
  });
});

test.describe('local stack only', () => {
  test('sign up → emailed code → sign in → no access until an admin grants it → dashboard', async ({ page, browser }) => {
    const stack = requireLocalStack();
    const account = { email: uniqueEmail('signup'), password: 'Signup-Pass-42!' };

    await signUp(page, account);
    await expect(page).toHaveURL(/\/confirm-sign-up/);

    const code = await mailedCode(stack, account.email, 'confirm-sign-up');
    const wrong = code === '000000' ? '111111' : '000000';
    await confirmEmail(page, wrong);
    await expect(page.getByText('That code is not right')).toBeVisible();
    await confirmEmail(page, code);
    await expect(page).toHaveURL(/\/sign-in/);
    await expect(page.getByRole('status')).toContainText('confirmed');

    await page.getByLabel('Password', { exact: true }).fill(account.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/\/no-access$/);
    await expect(page.getByTestId('no-access-email')).toHaveText(account.email);

    const admin = await adminPage(browser);
    const grant = await admin.request.post('/api/admin/invite', { headers: sameOrigin(), data: { email: account.email } });
    expect(grant.status()).toBe(200);
    await admin.close();

    // Groups live in the ID token: the grant applies from the next sign-in.
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await signIn(page, account);
    await expectDashboard(page, account);
  });

  test('signing in before confirming sends you to confirm, with a fresh code', async ({ page }) => {
    const stack = requireLocalStack();
    const account = { email: uniqueEmail('unconfirmed'), password: 'Signup-Pass-42!' };
    await signUp(page, account);
    await expect(page).toHaveURL(/\/confirm-sign-up/);
    const first = await mailedCode(stack, account.email, 'confirm-sign-up');

    await signIn(page, account);
    await expect(page).toHaveURL(/\/confirm-sign-up/);
    await expect(page.getByText('not confirmed yet')).toBeVisible();
    const second = await mailedCode(stack, account.email, 'confirm-sign-up', first);
    await confirmEmail(page, second);
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('forgot password → code → new password; the old one is refused', async ({ page }) => {
    const stack = requireLocalStack();
    const account = await createAccount(stack, ['nest-access'], 'reset');

    await requestPasswordReset(page, account.email);
    await expect(page).toHaveURL(/\/reset-password/);
    const saysForKnown = await page.locator('h1 + div').textContent();

    const code = await mailedCode(stack, account.email, 'reset-password');
    await page.getByLabel('Reset code').fill(code);
    await fillNewPassword(page, NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set new password' }).click();
    await expect(page).toHaveURL(/\/sign-in/);

    await signIn(page, account);
    await expect(formAlert(page)).toContainText('do not match');
    await signIn(page, { ...account, password: NEW_PASSWORD });
    await expectDashboard(page, account);

    // An unknown address gets the same screen and wording (bar the address itself).
    await page.context().clearCookies();
    const nobody = uniqueEmail('nobody');
    await requestPasswordReset(page, nobody);
    await expect(page).toHaveURL(/\/reset-password/);
    expect((await page.locator('h1 + div').textContent())?.replace(nobody, '<email>')).toBe(saysForKnown?.replace(account.email, '<email>'));
  });

  test('admin invite → emailed temporary password → choose a new password → dashboard', async ({ page, browser }) => {
    const stack = requireLocalStack();
    const email = uniqueEmail('invite');

    const admin = await adminPage(browser);
    const invited = await admin.request.post('/api/admin/invite', { headers: sameOrigin(), data: { email } });
    expect(invited.status()).toBe(201);
    const bad = await admin.request.post('/api/admin/invite', { headers: sameOrigin(), data: { email: 'not-an-email' } });
    expect(bad.status()).toBe(422);
    expect((await bad.json()).error.field).toBe('email');
    await admin.close();

    const temporary = await mailedCode(stack, email, 'invitation');
    await signIn(page, { email, password: temporary });
    await expect(page).toHaveURL(/\/new-password/);
    await fillNewPassword(page, 'weak');
    await page.getByRole('button', { name: 'Set password and continue' }).click();
    await expect(page.getByText(/still needs/)).toBeVisible();
    await fillNewPassword(page, NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set password and continue' }).click();
    await expectDashboard(page, { email, password: NEW_PASSWORD });
  });

  test('staff cannot use the admin API', async ({ page }) => {
    requireLocalStack();
    await signIn(page, staffAccount());
    await expectDashboard(page, staffAccount());
    const res = await page.request.post('/api/admin/invite', { headers: sameOrigin(), data: { email: uniqueEmail('sneaky') } });
    expect(res.status()).toBe(403);
  });

  test('a signed-up user without nest-access sees /no-access with their email, and can sign out', async ({ page }) => {
    requireLocalStack();
    const account = outsiderAccount();
    await signIn(page, account);
    await expect(page).toHaveURL(/\/no-access$/);
    await expect(page.getByTestId('no-access-email')).toHaveText(account.email);
    await page.goto('/phenoms');
    await expect(page).toHaveURL(/\/no-access$/);
    expect((await page.request.get('/api/phenoms/1')).status()).toBe(403);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await page.goto('/no-access');
    await expect(page).toHaveURL(/\/sign-in/);
  });

  test('the session survives an ID-token expiry: the next request refreshes it', async ({ page }) => {
    const stack = requireLocalStack();
    const account = staffAccount();
    await signIn(page, account);
    await expectDashboard(page, account);

    const expired = await expireSessionTokens(page, stack);
    await page.reload();
    await expectDashboard(page, account);
    const { idToken } = await sessionCookies(page);
    expect(idToken?.value).toBeTruthy();
    expect(idToken!.value).not.toBe(expired);
  });

  test('after a global sign-out, a copied session cannot be refreshed elsewhere', async ({ page, browser }) => {
    const stack = requireLocalStack();
    const account = await createAccount(stack, ['nest-access'], 'global');
    await signIn(page, account);
    await expectDashboard(page, account);
    const stolen = await page.context().cookies();

    await signOutFromMenu(page, account);

    const other = await browser.newContext();
    await other.addCookies(stolen);
    const thief = await other.newPage();
    await expireSessionTokens(thief, stack);
    await thief.goto('/');
    await expect(thief).toHaveURL(/\/sign-in/);
    await other.close();
  });
});
