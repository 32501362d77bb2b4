import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { signIn, type Account } from './auth';

/**
 * The sessions the setup project (e2e/auth.setup.ts) signs in once, through the real sign-in screen, and saves as
 * Playwright storage state; specs reuse them instead of signing in again. Under test-results/ (Playwright's output
 * folder, never committed), so a run never reuses a session from an earlier stack.
 *
 * Signing out is global (every session of that person ends: docs/auth.md), so a spec that signs out must do so
 * with an account of its own, never with one of these; where it cannot (a deployed site has one staff account),
 * it saves the session again afterwards.
 */
export type SessionName = 'analyst' | 'admin';

export const SESSION_DIR = path.resolve(__dirname, '../../test-results/.auth');

export const sessionFile = (name: SessionName): string => path.join(SESSION_DIR, `${name}.json`);

/** Signs `account` in on `page` through the sign-in screen and saves that session as `name`. */
export async function saveSession(page: Page, name: SessionName, account: Account): Promise<void> {
  await signIn(page, account);
  // The first page of a fresh stack can take a while (the server warms up); later ones do not.
  await expect(page).toHaveURL((url) => url.pathname === '/', { timeout: 30_000 });
  await expect(page.getByText(account.email).first()).toBeVisible();
  fs.mkdirSync(SESSION_DIR, { recursive: true });
  await page.context().storageState({ path: sessionFile(name) });
}
