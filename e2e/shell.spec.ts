import { expect, listedPhenoms, test } from './dashboard-helpers';
import { createAccount, requireLocalStack, signIn } from './helpers/auth';

// The app shell: the sidebar per role, the theme switch (and no flash of the wrong theme on load), the command
// palette, the phone's account menu with sign-out, and a tablet's width.

const nav = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'Main' });
const SECTIONS = ['Dashboard', 'Triage', 'Phenoms', 'Drops', 'Map', 'Lists', 'Teams', 'Notifications', 'Settings'];

test('the sidebar lists every section; only the admin also sees Access and the audit log', async ({ page, adminPage }) => {
  await page.goto('/');
  await expect(nav(page).getByRole('link')).toHaveText(SECTIONS);
  await adminPage.goto('/');
  await expect(nav(adminPage).getByRole('link')).toHaveText([...SECTIONS.slice(0, -1), 'Access', 'Audit log', 'Settings']);
});

test('dark mode follows the system until switched in the user menu; the choice holds from the first frame of the next page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).not.toHaveClass(/\bdark\b/);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(html).toHaveClass(/\bdark\b/);

  await page.emulateMedia({ colorScheme: 'light' });
  await page.getByRole('button', { name: /analyst@nest\.local/ }).click();
  await page.getByRole('menuitemradio', { name: 'Dark' }).click();
  await expect(html).toHaveClass(/\bdark\b/);

  // What the first frame of the next page shows, recorded before any of the page's own scripts run.
  await page.addInitScript(() => requestAnimationFrame(() => Object.assign(window, { firstFrameClass: document.documentElement.className })));
  await page.goto('/phenoms');
  await expect.poll(() => page.evaluate(() => (window as unknown as { firstFrameClass?: string }).firstFrameClass)).toMatch(/\bdark\b/);

  await page.getByRole('button', { name: /analyst@nest\.local/ }).click();
  await page.getByRole('menuitemradio', { name: 'System' }).click();
  await expect(html).not.toHaveClass(/\bdark\b/);
});

test('the command palette opens with Ctrl-K, jumps to a page, and finds a phenom by its title', async ({ page }) => {
  await page.goto('/phenoms?sort=title&dir=asc');
  const [phenom] = await listedPhenoms(page);
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: 'Page or phenom' });
  await expect(input).toBeFocused();
  await input.fill('tria');
  await expect(page.getByRole('option').first()).toContainText('Triage');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/triage$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Triage' })).toBeVisible();

  await page.getByRole('button', { name: 'Search' }).click();
  await input.fill(phenom.title);
  const option = page.getByRole('option', { name: new RegExp(phenom.title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) }).first();
  await expect(option).toBeVisible();
  // Down to it with the keyboard (pages come first in the list).
  const options = page.getByRole('option');
  const index = (await options.allInnerTexts()).findIndex((t) => t.includes(phenom.title) && t.includes('Phenom'));
  expect(index).toBeGreaterThanOrEqual(0);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(options.nth(index)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/phenoms/${phenom.id}`);
  await expect(page.getByRole('heading', { level: 1, name: phenom.title })).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('the account menu in the top bar has the theme and sign-out', async ({ browser }) => {
    const stack = requireLocalStack();
    const account = await createAccount(stack, ['nest-access'], 'phone');
    const context = await browser.newContext({ storageState: { cookies: [], origins: [] }, viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await signIn(page, account);
    await expect(page).toHaveURL((url) => url.pathname === '/');
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
    await page.getByRole('button', { name: `Account: ${account.email} (Staff)` }).click();
    await expect(page.getByRole('menuitemradio', { name: 'Dark' })).toBeVisible();
    await page.getByRole('menuitem', { name: 'Sign out' }).click();
    await expect(page).toHaveURL(/\/sign-in/);
    await context.close();
  });

  test('the navigation opens from the menu button', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Open navigation' }).click();
    await page.getByRole('dialog').getByRole('link', { name: 'Triage' }).click();
    await expect(page).toHaveURL(/\/triage$/);
  });
});

test.describe('on a tablet', () => {
  test.use({ viewport: { width: 768, height: 1024 } });

  for (const path of ['/', '/triage', '/phenoms', '/drops', '/notifications']) {
    test(`${path} fits the width: nothing but a table scrolls sideways`, async ({ page }) => {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(768);
    });
  }
});

test('the phenom table works from the keyboard: a header sorts, Tab reaches the rows’ links, Enter opens one', async ({ page }) => {
  await page.goto('/phenoms');
  await page.locator('table thead').getByRole('link', { name: 'Title' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/sort=title/);
  const [first] = await listedPhenoms(page);
  // After the last header: the first row's selection box, then its title link.
  await page.locator('table thead').getByRole('link', { name: 'Reported' }).focus();
  await page.keyboard.press('Tab');
  await expect(page.locator('table tbody tr').first().getByRole('checkbox')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: first.title }).first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(`/phenoms/${first.id}`);
});
