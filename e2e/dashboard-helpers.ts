import fs from 'node:fs';
import { expect, test as base, type Browser, type Page } from '@playwright/test';
import { z } from 'zod';
import { localStack, signIn, type Account } from './helpers/auth';
import { sessionFile } from './helpers/sessions';

/**
 * What the dashboard specs share: the sessions the setup project signed in once (reused through Playwright's
 * storage state), readers for what the phenom table shows, and direct questions to the GraphQL
 * engine as the signed-in person, for facts the page does not print (descriptions, exact timestamps).
 */

/** Signs in on a fresh page and waits for the dashboard. */
export async function signInToDashboard(page: Page, account: Account): Promise<void> {
  await signIn(page, account);
  await expect(page).toHaveURL((url) => url.pathname === '/');
}

/**
 * Every test starts signed in as the staff account (the demo analyst locally), with the session the setup project
 * saved (e2e/auth.setup.ts); `adminPage` is a second page signed in as the demo admin the same way.
 */
export const test = base.extend<{ adminPage: Page }>({
  storageState: sessionFile('analyst'),
  adminPage: async ({ browser }, provide) => {
    test.skip(!fs.existsSync(sessionFile('admin')), 'no admin session: the demo admin exists on the local stack only');
    const context = await browser.newContext({ storageState: sessionFile('admin') });
    await provide(await context.newPage());
    await context.close();
  },
});

export { expect };

/** A page of its own for someone else, starting signed out (the default context would carry the staff session). */
export async function signedOutPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

// ---------------------------------------------------------------------------------------------------------------
// The phenom table

const PHENOM_HREF = /^\/phenoms\/([0-9a-f-]{36})$/;

/** The table's body rows (the header row has no cells). */
export const tableRows = (page: Page) => page.locator('table tbody tr');

/** The cells of one column, found by its header text, so a reordered table does not break the spec. */
export async function columnCells(page: Page, header: string) {
  const headers = (await page.locator('table thead th').allInnerTexts()).map((t) => t.trim());
  const index = headers.indexOf(header);
  expect(index, `a "${header}" column among ${headers.join(', ')}`).toBeGreaterThanOrEqual(0);
  return page.locator(`table tbody tr > td:nth-child(${index + 1})`);
}

/** The phenoms listed, in order, as the links of their titles say. */
export async function listedPhenoms(page: Page): Promise<{ id: string; title: string }[]> {
  const links = await tableRows(page).locator('td a[href^="/phenoms/"]').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', title: a.textContent ?? '' })));
  return links.map(({ href, title }) => {
    const match = PHENOM_HREF.exec(href);
    expect(match, `a phenom link, got ${href}`).not.toBeNull();
    return { id: match![1], title: title.trim() };
  });
}

/** Reads "1,234" as 1234. */
export const parseCount = (text: string): number => Number(text.replace(/[^\d]/g, ''));

/** The pagination line "26–50 of 2,000": the range shown and the total that matched. */
export async function pageRange(page: Page): Promise<{ first: number; last: number; total: number }> {
  const text = await page.getByRole('navigation', { name: 'Pagination' }).locator('p').innerText();
  const match = /^([\d,]+)–([\d,]+) of ([\d,]+)$/.exec(text.trim());
  expect(match, `a range like "1–25 of 100", got "${text}"`).not.toBeNull();
  return { first: parseCount(match![1]), last: parseCount(match![2]), total: parseCount(match![3]) };
}

// ---------------------------------------------------------------------------------------------------------------
// The GraphQL engine, as the signed-in person

const engineAnswerSchema = z.object({
  data: z.record(z.string(), z.unknown()).nullish(),
  errors: z.array(z.object({ message: z.string(), extensions: z.object({ code: z.string().optional() }).passthrough().optional() })).optional(),
});
export type EngineAnswer = z.infer<typeof engineAnswerSchema>;

/** The session's Cognito ID token, read from the Amplify cookie the app itself uses. */
export async function idTokenOf(page: Page): Promise<string> {
  const cookie = (await page.context().cookies()).find((c) => c.name.startsWith('CognitoIdentityServiceProvider.') && c.name.endsWith('.idToken'));
  expect(cookie, 'a signed-in session').toBeTruthy();
  return cookie!.value;
}

/** The local GraphQL engine's URL; skips the test against a deployed site, whose engine the specs do not know. */
export function engineUrl(): string {
  const url = localStack()?.appEnv.HASURA_GRAPHQL_URL;
  test.skip(!url, 'needs the local stack: the GraphQL engine of a deployed site is not known to the specs');
  return url!;
}

/** Asks the engine with the page's own token, as Hasura's permissions see that person. */
export async function askEngine(page: Page, query: string, variables: Record<string, unknown> = {}, role = 'nest-access'): Promise<EngineAnswer> {
  const res = await page.request.post(engineUrl(), {
    headers: { authorization: `Bearer ${await idTokenOf(page)}`, 'x-hasura-role': role },
    data: { query, variables },
  });
  return engineAnswerSchema.parse(await res.json());
}

/** Like {@link askEngine}, for questions that must succeed: returns the data, typed by the schema given. */
export async function engineData<T>(page: Page, schema: z.ZodType<T>, query: string, variables: Record<string, unknown> = {}, role = 'nest-access'): Promise<T> {
  const answer = await askEngine(page, query, variables, role);
  expect(answer.errors, `the engine answered ${JSON.stringify(answer.errors)}`).toBeUndefined();
  return schema.parse(answer.data);
}
