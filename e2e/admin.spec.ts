import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { DEMO_ADMIN } from '../local/seed/demo-users';
import { expect, signedOutPage, signInToDashboard, test } from './dashboard-helpers';
import { adminAccount, createAccount, requireLocalStack, sameOrigin } from './helpers/auth';

// The admin screens: Access (revoking someone signs them out everywhere) and the audit log (a change just made is
// there, with what changed). The analyst the suite signs in with sees neither.

test('an analyst is told the admin pages are for admins', async ({ page }) => {
  for (const path of ['/access', '/audit']) {
    await page.goto(path);
    await expect(page.getByRole('alert').getByText('Admins only')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
  }
});

test('revoking access says what happens, and the person is signed out', async ({ browser }) => {
  const stack = requireLocalStack();
  const colleague = await createAccount(stack, ['nest-access'], 'revoked');
  const theirs = await signedOutPage(browser);
  await signInToDashboard(theirs, colleague);

  const admin = await signedOutPage(browser);
  await signInToDashboard(admin, adminAccount());
  await admin.goto('/access');
  await admin.getByLabel('Find by email (start of the address)').fill(colleague.email);
  const row = admin.getByRole('row').filter({ hasText: colleague.email });
  await expect(row.getByText('nest-access')).toBeVisible();
  await row.getByRole('button', { name: `Revoke access: ${colleague.email}` }).click();
  const confirm = admin.getByRole('dialog', { name: `Revoke access for ${colleague.email}?` });
  await expect(confirm).toContainText('signed out everywhere');
  await confirm.getByRole('button', { name: 'Revoke access' }).click();
  await expect(confirm).toBeHidden();
  await expect(row.getByRole('cell').nth(2)).toHaveText('none');

  // Their open tab: the next page they ask for sends them to sign in; the session is over on every device.
  await theirs.reload();
  await expect(theirs).toHaveURL((url) => url.pathname === '/sign-in');
  await admin.context().close();
  await theirs.context().close();
});

test('the audit log shows a change just made, before and after', async ({ browser }) => {
  const admin = await signedOutPage(browser);
  await signInToDashboard(admin, adminAccount());
  const before = `Audit me ${randomUUID().slice(0, 6)}`;
  const after = `${before} (renamed)`;
  const created = await admin.request.post('/api/lists', { headers: sameOrigin(), data: { name: before } });
  expect(created.status()).toBe(201);
  const { list } = z.object({ list: z.object({ id: z.string() }) }).parse(await created.json());
  expect((await admin.request.patch(`/api/lists/${list.id}`, { headers: sameOrigin(), data: { name: after } })).status()).toBe(200);

  await admin.goto('/audit');
  await admin.getByLabel('Who').selectOption(DEMO_ADMIN.id);
  await admin.getByLabel('Table').selectOption('lists');
  await admin.getByLabel('Action').selectOption('update');
  await admin.getByRole('button', { name: 'Filter' }).click();
  await expect(admin).toHaveURL(/[?&]table=lists/);
  const entry = admin.getByRole('list', { name: 'Audit entries' }).getByRole('listitem').first();
  await expect(entry).toContainText(`${DEMO_ADMIN.displayName} changed lists`);
  await expect(entry).toContainText(list.id);
  const name = entry.getByRole('row', { name: /^name/ });
  await expect(name.getByRole('cell')).toHaveText([before, after]);
  await admin.context().close();
});
