import { test as setup } from '@playwright/test';
import { adminAccount, LOCAL_ONLY_REASON, localStack, staffAccount } from './helpers/auth';
import { saveSession } from './helpers/sessions';

// The setup project: signs the demo analyst and the demo admin in once each, through the sign-in screen as a
// person would, and saves each session for the specs (e2e/dashboard-helpers.ts) to reuse.

setup('sign in as the analyst', async ({ page }) => {
  await saveSession(page, 'analyst', staffAccount());
});

setup('sign in as the admin', async ({ page }) => {
  // A deployed site has no demo admin whose password the suite knows.
  setup.skip(!localStack(), LOCAL_ONLY_REASON);
  await saveSession(page, 'admin', adminAccount());
});
