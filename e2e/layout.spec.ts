import type { Page } from '@playwright/test';
import { expect, listedPhenoms, test } from './dashboard-helpers';

// The app shell on pages taller than the window: the sidebar's background runs the full height of the page (it
// used to stop part-way), and its navigation stays in view when the page is scrolled to the bottom.

test.use({ viewport: { width: 1280, height: 600 } });

async function expectFullHeightSidebar(page: Page) {
  const sidebar = page.locator('aside').filter({ has: page.getByRole('navigation', { name: 'Main' }) });
  const heights = () => page.evaluate(() => ({ document: document.documentElement.scrollHeight, window: window.innerHeight }));
  const { document: documentHeight, window: windowHeight } = await heights();
  expect(documentHeight, 'a page taller than the window').toBeGreaterThan(windowHeight + 100);

  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  const box = await sidebar.evaluate((el) => {
    const rect = el.getBoundingClientRect();
    return { top: rect.top + window.scrollY, height: rect.height };
  });
  // scrollHeight is rounded to whole pixels, the box is not.
  expect(Math.abs(box.top)).toBeLessThan(1);
  expect(Math.abs(box.height - (await heights()).document)).toBeLessThan(1);
  // Scrolled to the bottom, the navigation is still on screen.
  await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Dashboard' })).toBeInViewport();
}

test('on the dashboard the sidebar runs the full height of the page', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFullHeightSidebar(page);
});

test('on a phenom’s page the sidebar runs the full height of the page', async ({ page }) => {
  await page.goto('/phenoms');
  const [phenom] = await listedPhenoms(page);
  await page.getByRole('link', { name: phenom.title }).first().click();
  await expect(page.getByRole('heading', { name: phenom.title })).toBeVisible();
  await expectFullHeightSidebar(page);
});
