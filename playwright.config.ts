import fs from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

/**
 * Two ways to run the end-to-end suite:
 * - `npx playwright test`: Playwright's webServer starts the whole local stack on a throwaway data directory
 *   (local/test/e2e-stack.ts) with the app built and served by `next start`;
 * - `BASE_URL=https://dev-nest.thephenom.app npx playwright test`: no webServer, the deployed site is tested
 *   (specs that need local-only things, such as emailed codes, skip and say why).
 * Browsers are Debian's chromium, never a downloaded one: CI machines have no access to Playwright's CDN.
 */
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!fs.existsSync(chromiumPath)) {
  throw new Error(`Chromium not found at ${chromiumPath}. Install Debian's: sudo apt-get update && sudo apt-get install -y chromium (or set CHROMIUM_PATH).`);
}

const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = process.env.BASE_URL ?? `http://127.0.0.1:${E2E_PORT}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: false,
  // The machine is small and the specs share one stack.
  workers: 1,
  forbidOnly: !!process.env.CI,
  // Never retried, in CI either: a flaky test is a bug to fix, not to hide.
  retries: 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : [['list']],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    ...devices['Desktop Chrome'],
    launchOptions: {
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-quic', '--no-first-run', '--disable-sync'],
    },
  },
  projects: [
    // Signs the demo analyst and admin in once through the sign-in screen; the specs reuse the saved sessions.
    { name: 'setup', testMatch: /auth\.setup\.ts$/ },
    { name: 'chromium', dependencies: ['setup'], testIgnore: /auth\.setup\.ts$/ },
  ],
  webServer: process.env.BASE_URL
    ? undefined
    : {
        command: `npx tsx local/test/e2e-stack.ts`,
        env: { E2E_PORT: String(E2E_PORT) },
        // Ready once the app answers and has seen its backing services (build included: minutes on a small box).
        url: `${baseURL}/api/health`,
        timeout: 15 * 60_000,
        // Always a fresh stack: a leftover one would carry data from an earlier run.
        reuseExistingServer: false,
        stdout: 'pipe',
        stderr: 'pipe',
        // SIGTERM lets the stack stop Next, the engine and PostgreSQL and delete its data directory.
        gracefulShutdown: { signal: 'SIGTERM', timeout: 30_000 },
      },
});
