import fs from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { sessionFile } from './helpers/sessions';
import { PAGES, type AppPage } from './pages';

// Every page of e2e/pages.ts, in light and in dark: it shows its heading with its data (no skeleton left), axe finds
// no serious or critical violation of WCAG 2.1 A/AA, and a screenshot is taken. The screenshots go to the test's
// output folder; with UPDATE_SCREENSHOTS=1 (`npm run screenshots`) to docs/screenshots/<page>-<theme>.png, which is
// committed, so a reader sees the product without running it (not on every run: each run's pixels differ a little,
// ages and counts, and `npm test` must leave the work tree as it found it).

const THEMES = ['light', 'dark'] as const;
const SCREENSHOT_DIR = path.resolve(__dirname, '../docs/screenshots');
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

function storageFor(who: AppPage['as']) {
  if (who === 'signed-out') return { cookies: [], origins: [] };
  return sessionFile(who ?? 'analyst');
}

for (const appPage of PAGES) {
  for (const theme of THEMES) {
    test(`${appPage.name} in ${theme}: no serious accessibility violation`, async ({ browser }, testInfo) => {
      if (appPage.as === 'admin') test.skip(!fs.existsSync(sessionFile('admin')), 'no admin session: the demo admin exists on the local stack only');
      const context = await browser.newContext({ storageState: storageFor(appPage.as), colorScheme: theme, viewport: { width: 1440, height: 900 } });
      const page = await context.newPage();
      const address = typeof appPage.path === 'string' ? appPage.path : await appPage.path(page);
      await page.goto(address);
      await expect(page.getByRole('heading', { level: 1, name: appPage.heading })).toBeVisible();
      await expect(page.locator('[data-slot="skeleton"]')).toHaveCount(0);
      // The theme follows the system until someone picks one.
      await expect(page.locator('html')).toHaveClass(theme === 'dark' ? /(^|\s)dark(\s|$)/ : /^(?!.*\bdark\b).*$/);
      await page.waitForLoadState('networkidle');

      const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${n.target.join(' ')}: ${n.failureSummary?.split('\n').slice(1).join(' ')}`).join('\n')}`);
      expect(serious, `serious or critical axe violations on ${address} in ${theme}`).toEqual([]);

      const file = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(SCREENSHOT_DIR, `${appPage.name}-${theme}.png`) : testInfo.outputPath(`${appPage.name}-${theme}.png`);
      await page.screenshot({ path: file, animations: 'disabled' });
      await context.close();
    });
  }
}
