import fs from 'node:fs';
import { expect, test as setup } from '@playwright/test';
import { adminAccount, LOCAL_ONLY_REASON, localStack, signIn, staffAccount, type Account } from './helpers/auth';
import { SESSION_DIR, sessionFile, type SessionName } from './helpers/sessions';

// The setup project: signs the demo analyst and the demo admin in once each, through the sign-in screen as a
// person would, and saves each session for the specs (e2e/dashboard-helpers.ts) to reuse.

async function saveSession(page: import('@playwright/test').Page, name: SessionName, account: Account) {
  await signIn(page, account);
  // The first page of a fresh stack can take a while (the server warms up); later ones do not.
  await expect(page).toHaveURL((url) => url.pathname === '/', { timeout: 30_000 });
  await expect(page.getByText(account.email).first()).toBeVisible();
  fs.mkdirSync(SESSION_DIR, { recursive: true });
  await page.context().storageState({ path: sessionFile(name) });
}

setup('sign in as the analyst', async ({ page }) => {
  await saveSession(page, 'analyst', staffAccount());
});

setup('sign in as the admin', async ({ page }) => {
  // A deployed site has no demo admin whose password the suite knows.
  setup.skip(!localStack(), LOCAL_ONLY_REASON);
  await saveSession(page, 'admin', adminAccount());
});
