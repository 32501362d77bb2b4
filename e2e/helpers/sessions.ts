import path from 'node:path';

/**
 * The sessions the setup project (e2e/auth.setup.ts) signs in once, through the real sign-in screen, and saves as
 * Playwright storage state; specs reuse them instead of signing in again. Under test-results/ (Playwright's output
 * folder, never committed), so a run never reuses a session from an earlier stack.
 */
export type SessionName = 'analyst' | 'admin';

export const SESSION_DIR = path.resolve(__dirname, '../../test-results/.auth');

export const sessionFile = (name: SessionName): string => path.join(SESSION_DIR, `${name}.json`);
