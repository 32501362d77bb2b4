import { expect, test } from '@playwright/test';

// Runs against the local test stack and against the deployed dev site (BASE_URL): nothing here needs local-only
// access.

test('an unsigned visitor to the dashboard is sent to the sign-in screen', async ({ page }) => {
  await page.context().clearCookies();
  await page.goto('/');
  await expect(page).toHaveURL(/\/sign-in(\?|$)/);
  await expect(page.getByRole('heading', { name: /sign in/i })).toBeVisible();
});

test('a deep link survives the trip through sign-in', async ({ page }) => {
  await page.goto('/phenoms?status=new');
  const url = new URL(page.url());
  expect(url.pathname).toBe('/sign-in');
  expect(url.searchParams.get('next')).toBe('/phenoms?status=new');
});

test('the health endpoint answers JSON and reports its backing services', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toContain('application/json');
  const body = (await res.json()) as { ok: boolean; services: Record<string, string> };
  expect(body.ok).toBe(true);
  // Each part of the stack must answer the app, or the rest of the suite is testing an outage.
  expect(body.services).toEqual({ graphql: 'up', cognito: 'up', s3: 'up' });
});
