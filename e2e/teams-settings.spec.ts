import { randomUUID } from 'node:crypto';
import { DEMO_STAFF } from '../local/seed/demo-users';
import { expect, signedOutPage, signInToDashboard, test } from './dashboard-helpers';
import { adminAccount, createAccount, requireLocalStack } from './helpers/auth';

// Teams (an admin builds one; staff only read) and Settings (display name, avatar through the media path).

// A 2×2 PNG: small, and a real picture.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAEElEQVR4nGP4z8AARAwQCgAf7gP9i18U1AAAAABJRU5ErkJggg==', 'base64');

test('an admin creates a team, adds and leads a member, renames and deletes it; staff only read', async ({ page, browser }) => {
  const admin = await signedOutPage(browser);
  await signInToDashboard(admin, adminAccount());
  await admin.goto('/teams');
  const name = `Sky survey ${randomUUID().slice(0, 6)}`;
  await admin.getByRole('button', { name: 'New team' }).first().click();
  await admin.getByRole('dialog', { name: 'New team' }).getByRole('textbox', { name: 'Name', exact: true }).fill(name);
  await admin.getByRole('button', { name: 'Create team' }).click();
  const card = admin.getByRole('listitem').filter({ has: admin.getByText(name, { exact: true }) });
  await expect(card).toBeVisible();

  await card.getByRole('button', { name: `Add a member to ${name}` }).click();
  const dialog = admin.getByRole('dialog', { name: `Add a member to “${name}”` });
  await dialog.getByLabel('Find staff').fill(DEMO_STAFF[0].email);
  await dialog.getByRole('button', { name: new RegExp(DEMO_STAFF[0].displayName) }).click();
  await expect(dialog).toBeHidden();
  await expect(card.getByText(DEMO_STAFF[0].displayName)).toBeVisible();
  await card.getByRole('button', { name: `Make ${DEMO_STAFF[0].displayName} lead` }).click();
  await expect(card.getByText('Lead', { exact: true })).toBeVisible();

  // The analyst sees the team and its lead, and no way to change either.
  await page.goto('/teams');
  const seen = page.getByRole('listitem').filter({ has: page.getByText(name, { exact: true }) });
  await expect(seen.getByText(DEMO_STAFF[0].displayName)).toBeVisible();
  await expect(page.getByRole('button', { name: /New team|Rename|Delete|Add member|lead|Remove/ })).toHaveCount(0);

  await card.getByRole('button', { name: `Rename ${name}` }).click();
  await admin.getByRole('dialog', { name: `Rename “${name}”` }).getByRole('textbox', { name: 'Name', exact: true }).fill(`${name} (north)`);
  await admin.getByRole('button', { name: 'Save' }).click();
  const renamed = admin.getByRole('listitem').filter({ has: admin.getByText(`${name} (north)`, { exact: true }) });
  await expect(renamed).toBeVisible();
  await renamed.getByRole('button', { name: `Delete ${name} (north)` }).click();
  await admin.getByRole('button', { name: 'Delete team' }).click();
  await expect(admin.getByText(`${name} (north)`, { exact: true })).toHaveCount(0);
  await admin.context().close();
});

test('settings: a new display name and a picture, kept after a reload', async ({ browser }) => {
  const stack = requireLocalStack();
  const me = await signedOutPage(browser);
  await signInToDashboard(me, await createAccount(stack, ['nest-access'], 'settings'));
  await me.goto('/settings');
  await me.getByRole('textbox', { name: 'Display name' }).fill('Robin Ridge');
  await me.getByRole('button', { name: 'Save' }).click();
  await expect(me.getByRole('status').filter({ hasText: 'Display name saved' })).toBeVisible();

  await me.getByLabel(/^Picture/).setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a picture') });
  await expect(me.getByRole('alert').filter({ hasText: 'A picture must be' })).toContainText('A picture must be image/jpeg, image/png, image/webp');
  await me.getByLabel(/^Picture/).setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PNG });
  await expect(me.getByRole('status').filter({ hasText: 'Picture saved.' })).toBeVisible();
  await expect(me.getByRole('img', { name: 'Your picture' })).toHaveJSProperty('naturalWidth', 2);

  await me.reload();
  await expect(me.getByRole('textbox', { name: 'Display name' })).toHaveValue('Robin Ridge');
  await expect(me.getByRole('img', { name: 'Your picture' })).toHaveJSProperty('naturalWidth', 2);
  await me.context().close();
});
