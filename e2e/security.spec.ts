import { expect, test, type Page } from '@playwright/test';
import { z } from 'zod';
import { engineData } from './dashboard-helpers';
import { adminAccount, createAccount, requireLocalStack, sameOrigin, sessionCookies, signIn, staffAccount, uniqueEmail, type Account } from './helpers/auth';

/**
 * The browser-facing controls of docs/security.md: security headers on every kind of response, a CSP under which
 * every page still works without a single violation, forms that never put credentials in a URL (JavaScript off),
 * `next` that cannot leave the site, and the CSRF gate as a hostile page on the same site sees it.
 */

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
  'x-frame-options': 'DENY',
  'permissions-policy': expect.stringContaining('camera=()'),
  'content-security-policy': expect.stringMatching(/script-src 'self' 'nonce-[\w+/=]+' 'strict-dynamic'.*frame-ancestors 'none'/),
};

function expectSecurityHeaders(headers: Record<string, string>, where: string) {
  expect({ where, ...headers }).toMatchObject({ where, ...SECURITY_HEADERS });
  expect(headers['content-security-policy'], where).not.toMatch(/script-src[^;]*'unsafe-inline'/);
}

/** Records every CSP violation the page reports, as events and as console errors. */
async function watchCsp(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (msg) => {
    if (/Content Security Policy|Refused to (load|execute|connect|apply|create|frame)/i.test(msg.text())) violations.push(`console: ${msg.text()}`);
  });
  await page.exposeFunction('__reportCspViolation', (text: string) => violations.push(`event: ${text}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      (window as unknown as { __reportCspViolation: (t: string) => void }).__reportCspViolation(`${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return violations;
}

test('security headers on pages, API routes, error pages and static files', async ({ page, request }) => {
  for (const path of ['/sign-in', '/sign-up', '/forgot-password']) {
    const res = await request.get(path);
    expect(res.status()).toBe(200);
    expectSecurityHeaders(res.headers(), path);
  }
  const api = await request.get('/api/phenoms/00000000-0000-4000-8000-000000000000');
  expect(api.status()).toBe(401);
  expectSecurityHeaders(api.headers(), 'API 401');
  expectSecurityHeaders((await request.get('/api/health')).headers(), '/api/health');
  const asset = await request.get('/icon.svg');
  expect(asset.headers()).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'DENY' });

  await signIn(page, staffAccount());
  await expect(page).toHaveURL((url) => url.pathname === '/');
  const dashboard = await page.request.get('/');
  expectSecurityHeaders(dashboard.headers(), 'dashboard');
  const missing = await page.request.get('/no-such-page');
  expect(missing.status()).toBe(404);
  expectSecurityHeaders(missing.headers(), 'signed-in 404 page');
  // Served over plain HTTP here: HSTS only ever comes with HTTPS (unit-tested in lib/security/headers.test.ts).
  expect(dashboard.headers()['strict-transport-security']).toBeUndefined();
});

test('no auth screen breaks the CSP', async ({ page }) => {
  const violations = await watchCsp(page);
  for (const path of ['/sign-in', '/sign-up', '/forgot-password', '/reset-password', '/confirm-sign-up', '/new-password']) {
    await page.goto(path);
    await expect(page.locator('form')).toBeVisible();
  }
  expect(violations).toEqual([]);
});

test('no dashboard page breaks the CSP: Next, Amplify, the map worker and presigned media all work under it', async ({ page }) => {
  // Many pages and the map in one go: more than the default minute on a busy machine.
  test.setTimeout(180_000);
  const violations = await watchCsp(page);
  // A real SRP sign-in through Amplify (connect-src to Cognito) and the pages behind it.
  await signIn(page, staffAccount());
  await expect(page).toHaveURL((url) => url.pathname === '/');
  for (const path of ['/', '/phenoms', '/lists', '/teams', '/notifications', '/no-such-page']) {
    await page.goto(path);
    await expect(page.locator('main h1, main h2').first()).toBeVisible();
  }
  await page.goto('/map');
  const map = page.getByRole('region', { name: /^Map of [\d,]+ phenoms$/ });
  await expect(map.locator('.maplibregl-marker').first()).toBeVisible({ timeout: 20_000 });

  // A phenom with an image: the presigned S3 URL must load (img-src from S3_ENDPOINT).
  const { phenom_media: media } = await engineData(
    page,
    z.object({ phenom_media: z.array(z.object({ phenom_id: z.string() })).min(1) }),
    'query { phenom_media(where: { content_type: { _like: "image/%" } }, order_by: { s3_key: asc }, limit: 1) { phenom_id } }',
  );
  await page.goto(`/phenoms/${media[0].phenom_id}`);
  const image = page.locator('main img[src*="X-Amz-Signature"]').first();
  await image.scrollIntoViewIfNeeded();
  await expect.poll(() => image.evaluate((img) => (img as HTMLImageElement).complete && (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
  expect(violations).toEqual([]);
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('every auth form posts (no credential in a URL) and says why it needs JavaScript', async ({ page }) => {
    const account = staffAccount();
    for (const path of ['/sign-in', '/sign-up', '/forgot-password', '/reset-password', '/confirm-sign-up', '/new-password']) {
      await page.goto(path);
      const form = page.locator('form');
      await expect(form, path).toHaveAttribute('method', 'post');
      await expect(page.getByText(/This form needs JavaScript/), path).toBeVisible();
    }
    await page.goto('/sign-in?next=%2Fphenoms');
    await page.getByLabel('Email').fill(account.email);
    await page.getByLabel('Password', { exact: true }).fill(account.password);
    const [submitted] = await Promise.all([page.waitForRequest((r) => r.isNavigationRequest()), page.getByRole('button', { name: 'Sign in' }).click()]);
    expect(submitted.method()).toBe('POST');
    expect(submitted.url()).not.toContain(encodeURIComponent(account.password));
    expect(submitted.url()).not.toContain('password');
    await page.waitForLoadState();
    expect(page.url()).not.toContain('password');
    await expect(page.getByText(/This form needs JavaScript/)).toBeVisible();
  });
});

test('`next` never takes a signed-in person off the site', async ({ page }) => {
  const origin = new URL(test.info().project.use.baseURL!).origin;
  await signIn(page, staffAccount(), `/sign-in?next=${encodeURIComponent('/\t/evil.example')}`);
  await expect(page).toHaveURL((url) => url.origin === origin && url.pathname === '/');
  for (const next of ['%09/evil.example', '/%09/evil.example', '//evil.example', '/%5Cevil.example', 'javascript:alert(1)', '%0d%0a/evil.example']) {
    const res = await page.request.get(`/sign-in?next=${next}`);
    expect({ next, status: res.status() }).toEqual({ next, status: 200 });
  }
});

test('a page on the same site but another origin cannot make an admin invite anyone', async ({ page }) => {
  requireLocalStack();
  const app = new URL(test.info().project.use.baseURL!);
  await signIn(page, adminAccount());
  await expect(page).toHaveURL((url) => url.pathname === '/');
  // Another port of the same host: same site, so the browser sends the admin's (SameSite=Lax) cookies along.
  const evil = `${app.protocol}//${app.hostname}:${Number(app.port) + 1}/prize.html`;
  const email = uniqueEmail('csrf');
  await page.route(evil, (route) =>
    route.fulfill({
      contentType: 'text/html',
      body: `<form method="post" enctype="text/plain" action="${app.origin}/api/admin/invite"><input name='{"email":"${email}","x":"' value='"}'><button>Win</button></form>`,
    }),
  );
  await page.goto(evil);
  const isInvite = (res: import('@playwright/test').Response) => res.url() === `${app.origin}/api/admin/invite` && res.request().method() === 'POST';
  // (A cross-site text/plain fetch is refused the same way: app/api/state-changing-routes.test.ts. From a page that
  // Playwright serves itself, Chromium's private-network rules stop such a fetch before it is sent at all.)
  // The classic form post, which also carries the cookies (same site, top-level navigation).
  const [posted] = await Promise.all([page.waitForResponse(isInvite), page.getByRole('button', { name: 'Win' }).click()]);
  expect(posted.status()).toBe(403);
  expect(posted.request().headers()['cookie'] ?? (await posted.request().allHeaders())['cookie']).toContain('CognitoIdentityServiceProvider');
  // Nothing was created: the same invite from the app itself is a fresh account (201), not an existing one.
  const own = await page.request.post(`${app.origin}/api/admin/invite`, { headers: sameOrigin(), data: { email } });
  expect(own.status()).toBe(201);
});

test.describe('revocation: a session that ended is refused at once, token expiry or not', () => {
  const PHENOM = '00000000-0000-4000-8000-000000000000';

  /** Signs `account` in on a fresh page and returns it with a second context holding a copy of its cookies. */
  async function signedInTwice(browser: import('@playwright/test').Browser, account: Account) {
    const first = await (await browser.newContext()).newPage();
    await signIn(first, account);
    await expect(first).toHaveURL((url) => url.pathname === '/');
    const copy = await browser.newContext();
    await copy.addCookies(await first.context().cookies());
    const second = await copy.newPage();
    await second.goto('/phenoms');
    await expect(second).toHaveURL(/\/phenoms$/);
    return { first, second };
  }

  /** The page and the API both refuse the (unexpired) token this page holds. */
  async function expectRefused(page: Page) {
    await page.goto('/phenoms');
    await expect(page).toHaveURL(/\/sign-in/);
    const api = await page.request.patch(`/api/phenoms/${PHENOM}`, { headers: sameOrigin(), data: { status: 'triage' } });
    expect(api.status()).toBe(401);
    expect((await api.json()).error.code).toBe('session_ended');
  }

  test('signing out in one browser refuses the copy of the token in another on its next request', async ({ browser }) => {
    const stack = requireLocalStack();
    const account = await createAccount(stack, ['nest-access'], 'signout');
    const { first, second } = await signedInTwice(browser, account);
    const idToken = (await sessionCookies(second)).idToken!.value;
    expect(JSON.parse(Buffer.from(idToken.split('.')[1], 'base64url').toString()).exp * 1000).toBeGreaterThan(Date.now() + 5 * 60_000);

    await first.getByText(account.email).first().click();
    await first.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(first).toHaveURL(/\/sign-in/);

    await expectRefused(second);
    // The person can sign straight back in: the cut-off refuses only tokens from before it.
    await signIn(first, account);
    await expect(first).toHaveURL((url) => url.pathname === '/');
  });

  test('an admin revoking someone refuses the token they still hold on its next request', async ({ browser, page }) => {
    const stack = requireLocalStack();
    const account = await createAccount(stack, ['nest-access'], 'revoked');
    const { first, second } = await signedInTwice(browser, account);

    await signIn(page, adminAccount());
    await expect(page).toHaveURL((url) => url.pathname === '/');
    const revoked = await page.request.post('/api/admin/revoke', { headers: sameOrigin(), data: { email: account.email } });
    expect(revoked.status()).toBe(200);

    await expectRefused(first);
    await expectRefused(second);
  });
});
