import fs from 'node:fs/promises';
import { z } from 'zod';
import { csvRecords } from '../lib/testing/csv';
import { DEMO_STAFF } from '../local/seed/demo-users';
import { columnCells, engineData, expect, listedPhenoms, pageRange, signedOutPage, signInToDashboard, tableRows, test } from './dashboard-helpers';

// The phenom table's workbench: the CSV export of the view, and bulk actions on selected rows.

test('the CSV export of a filtered view holds exactly the rows the view shows, in its order', async ({ page }) => {
  await page.goto('/phenoms?status=triage&sort=title&dir=asc&size=100');
  const shown = await listedPhenoms(page);
  const { total } = await pageRange(page);
  expect(shown.length, 'the filter shows some phenoms').toBeGreaterThan(0);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Export CSV' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^phenoms-\d{4}-\d{2}-\d{2}\.csv$/);
  const rows = csvRecords(await fs.readFile((await download.path())!, 'utf8'));
  expect(rows).toHaveLength(total);
  expect(rows.slice(0, shown.length).map((r) => ({ id: r.id, title: r.title }))).toEqual(shown);
  expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['triage']));
});

test('assigning selected phenoms to someone puts the assignment in their bell; a move the workflow refuses is said per row', async ({ page, browser }) => {
  const field = DEMO_STAFF[1];
  const other = await signedOutPage(browser);
  await signInToDashboard(other, { email: field.email, password: field.password });
  const bell = other.getByRole('link', { name: /^(Unread: \d+|Nothing unread)$/ }).first();
  const unread = async () => Number(/\d+/.exec((await bell.getAttribute('aria-label')) ?? '')?.[0] ?? 0);
  const unreadSchema = z.object({ notifications_aggregate: z.object({ aggregate: z.object({ count: z.number() }) }) });
  const counted = await engineData(other, unreadSchema, 'query { notifications_aggregate(where: { read_at: { _is_null: true } }) { aggregate { count } } }');
  const before = counted.notifications_aggregate.aggregate.count;

  await page.goto('/phenoms?status=triage&sort=title&dir=desc');
  const rows = await listedPhenoms(page);
  const assignees = await (await columnCells(page, 'Assignee')).allInnerTexts();
  const targets = rows.filter((_, i) => assignees[i].trim() !== field.displayName).slice(0, 2);
  expect(targets, 'two triage phenoms not assigned to the field analyst yet').toHaveLength(2);

  // From the keyboard: Space ticks a row's box.
  await page.getByRole('checkbox', { name: `Select ${targets[0].title}` }).focus();
  await page.keyboard.press('Space');
  await page.getByRole('checkbox', { name: `Select ${targets[1].title}` }).check();
  const bar = page.getByRole('region', { name: 'Bulk actions' });
  await expect(bar.getByText('2 selected')).toBeVisible();
  await bar.getByLabel('Assign to').selectOption({ label: field.displayName });
  await bar.getByRole('button', { name: 'Assign' }).click();
  await expect(bar.getByRole('status')).toHaveText(`2 of 2 phenoms assigned to ${field.displayName}.`);
  for (const t of targets) await expect(tableRows(page).filter({ hasText: t.title }).first()).toContainText(field.displayName);

  // Triage cannot jump to resolved: nothing is sent, each row says why.
  await bar.getByLabel('Set status').selectOption('resolved');
  await bar.getByRole('button', { name: 'Apply status' }).click();
  await expect(bar.getByRole('status')).toContainText('0 of 2 phenoms set to Resolved; 2 not changed:');
  await expect(bar.getByRole('listitem').first()).toContainText('status: cannot go from Triage to Resolved');

  // The other person's bell counts the two assignments (it polls; a reload asks at once).
  await other.reload();
  await expect.poll(unread, { timeout: 15_000 }).toBeGreaterThanOrEqual(before + 2);
  const mine = await engineData(
    other,
    z.object({ notifications: z.array(z.object({ payload: z.object({ phenom_id: z.string() }).passthrough() })) }),
    'query { notifications(where: { kind: { _eq: "phenom.assigned" } }, order_by: { created_at: desc }, limit: 10) { payload } }',
  );
  expect(mine.notifications.map((n) => n.payload.phenom_id)).toEqual(expect.arrayContaining(targets.map((t) => t.id)));
  await other.context().close();
});
