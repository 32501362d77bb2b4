import type { Page } from '@playwright/test';

/**
 * Every page of the app, for e2e/every-page.spec.ts: each is opened in light and dark, checked with axe and
 * photographed for docs/screenshots/<name>-<theme>.png. Add a page here when you add one to the app.
 * - `path`: the address, or a function that finds it on a signed-in page (for pages whose address holds an id);
 * - `as`: who looks at it (default the demo analyst; 'admin' for admin pages, 'signed-out' for the sign-in screens);
 * - `heading`: the page's h1, so the check knows the page (not an error or a redirect) is what it sees.
 */
export interface AppPage {
  name: string;
  path: string | ((page: Page) => Promise<string>);
  heading: string | RegExp;
  as?: 'analyst' | 'admin' | 'signed-out';
}

/** The first phenom of the table's default order. */
async function firstPhenom(page: Page): Promise<string> {
  await page.goto('/phenoms');
  const href = await page.locator('table tbody tr td a[href^="/phenoms/"]').first().getAttribute('href');
  if (!href) throw new Error('no phenom listed on /phenoms');
  return href;
}

export const PAGES: AppPage[] = [
  { name: 'dashboard', path: '/', heading: 'Dashboard' },
  { name: 'dashboard-admin', path: '/', heading: 'Dashboard', as: 'admin' },
  { name: 'triage', path: '/triage', heading: 'Triage' },
  { name: 'phenoms', path: '/phenoms', heading: 'Phenoms' },
  { name: 'phenom', path: firstPhenom, heading: /.+/ },
  { name: 'phenom-new', path: '/phenoms/new', heading: 'New phenom' },
  { name: 'drops', path: '/drops', heading: 'Drops' },
  { name: 'map', path: '/map', heading: 'Map' },
  { name: 'lists', path: '/lists', heading: 'Lists' },
  { name: 'teams', path: '/teams', heading: 'Teams' },
  { name: 'notifications', path: '/notifications', heading: 'Notifications' },
  { name: 'settings', path: '/settings', heading: 'Settings' },
  { name: 'access', path: '/access', heading: 'Access', as: 'admin' },
  { name: 'audit', path: '/audit', heading: 'Audit log', as: 'admin' },
  { name: 'not-found', path: '/no-such-page', heading: 'Page not found' },
  { name: 'sign-in', path: '/sign-in', heading: /sign in/i, as: 'signed-out' },
  { name: 'sign-up', path: '/sign-up', heading: /account/i, as: 'signed-out' },
  { name: 'forgot-password', path: '/forgot-password', heading: /password/i, as: 'signed-out' },
];
