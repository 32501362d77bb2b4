/**
 * @jest-environment jsdom
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ShareDialog } from './share-dialog';

const ann = { id: 'ann', display_name: 'Ann Owner', email: 'ann@nest.local' };
const bob = { id: 'bob', display_name: 'Bob Reader', email: 'bob@nest.local' };
const cy = { id: 'cy', display_name: '', email: 'cy@nest.local' };

const calls: { url: string; method: string; body?: unknown }[] = [];
let shares: { user_id: string; can_edit: boolean; user: typeof bob }[] = [];

function answer(url: string, method: string): { status: number; body?: unknown } {
  if (url.startsWith('/api/users')) return { status: 200, body: { users: [ann, bob, cy] } };
  if (method === 'GET') return { status: 200, body: { list_id: 'L', owner: ann, shares } };
  if (method === 'POST') return { status: 201, body: { share: {} } };
  return { status: 204 };
}

beforeEach(() => {
  calls.length = 0;
  shares = [{ user_id: 'bob', can_edit: false, user: bob }];
  global.fetch = jest.fn(async (url: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET';
    calls.push({ url, method, body: init.body ? JSON.parse(String(init.body)) : undefined });
    const { status, body } = answer(url, method);
    return { ok: status < 300, status, json: async () => body };
  }) as unknown as typeof fetch;
});

const open = async () => {
  render(<ShareDialog target={{ kind: 'list', id: 'L', name: 'Coastal lights' }} me="ann" />);
  fireEvent.click(screen.getByRole('button', { name: 'Share' }));
  return screen.findByRole('dialog', { name: 'Share “Coastal lights”' });
};

it('lists the owner and who has access, and offers only people without access', async () => {
  const dialog = await open();
  const access = within(dialog).getByRole('region', { name: 'Who has access' });
  await within(access).findByText('Bob Reader');
  expect(within(access).getByText('Ann Owner')).toBeTruthy();
  expect(within(access).getByText('Read only')).toBeTruthy();
  const matches = await within(dialog).findByRole('list', { name: 'Matching staff' });
  await within(matches).findByText('cy@nest.local');
  expect(within(matches).queryByText('Bob Reader')).toBeNull();
  expect(within(matches).queryByText('Ann Owner')).toBeNull();
});

it('shares with edit rights when chosen, then reads the access list again', async () => {
  const dialog = await open();
  fireEvent.click(await within(dialog).findByRole('button', { name: 'cy@nest.local' }));
  fireEvent.click(within(dialog).getByLabelText(/Can edit/));
  shares = [...shares, { user_id: 'cy', can_edit: true, user: { ...cy, display_name: '' } as typeof bob }];
  fireEvent.click(within(dialog).getByRole('button', { name: 'Share' }));
  await within(dialog).findByText('Shared with cy@nest.local (can edit).');
  expect(calls.find((c) => c.method === 'POST')).toEqual({ url: '/api/shares', method: 'POST', body: { list_id: 'L', user_id: 'cy', can_edit: true } });
  expect(calls.filter((c) => c.method === 'GET' && c.url.startsWith('/api/shares'))).toHaveLength(2);
});

it('revokes a share by list and person', async () => {
  const dialog = await open();
  fireEvent.click(await within(dialog).findByRole('button', { name: 'Revoke Bob Reader' }));
  await waitFor(() => expect(calls.some((c) => c.method === 'DELETE')).toBe(true));
  expect(calls.find((c) => c.method === 'DELETE')!.url).toBe('/api/shares?list_id=L&user_id=bob');
  await within(dialog).findByText('Bob Reader no longer has access.');
});
