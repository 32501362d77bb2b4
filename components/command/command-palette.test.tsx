/** @jest-environment jsdom */
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { CommandPalette } from './command-palette';

// The palette with the search route answered by a fake fetch and navigation recorded.
const navigate = jest.fn();
jest.mock('@/components/navigation/use-app-navigation', () => ({ useAppNavigation: () => ({ navigate, pending: false }) }));

const answer = (status: number, json: unknown) => Promise.resolve({ ok: status < 300, status, json: async () => json } as Response);
let fetchMock: jest.Mock;
beforeEach(() => {
  navigate.mockReset();
  fetchMock = jest.fn();
  global.fetch = fetchMock as unknown as typeof fetch;
});

const open = () => act(() => void fireEvent.keyDown(window, { key: 'k', ctrlKey: true }));
const input = () => screen.getByRole('combobox', { name: 'Page or phenom' });

test('Ctrl-K opens it with every page an analyst has; Enter on a filtered page goes there', () => {
  render(<CommandPalette isAdmin={false} />);
  expect(screen.queryByRole('combobox')).toBeNull();
  open();
  expect(document.activeElement).toBe(input());
  const pages = screen.getAllByRole('option').map((o) => o.textContent);
  expect(pages.some((t) => t?.startsWith('Triage'))).toBe(true);
  expect(pages.some((t) => t?.startsWith('Access'))).toBe(false);
  fireEvent.change(input(), { target: { value: 'drop' } });
  expect(screen.getAllByRole('option')).toHaveLength(1);
  fireEvent.keyDown(input(), { key: 'Enter' });
  expect(navigate).toHaveBeenCalledWith('/drops');
  expect(screen.queryByRole('combobox')).toBeNull();
});

test('an admin also finds the admin pages', () => {
  render(<CommandPalette isAdmin />);
  open();
  fireEvent.change(input(), { target: { value: 'audit' } });
  expect(screen.getByRole('option').textContent).toContain('Audit log');
});

test('phenoms are found through the search route; the arrow keys reach them', async () => {
  fetchMock.mockReturnValue(answer(200, { phenoms: [{ id: 'p1', title: 'Orb over Lyon', location_name: 'Lyon', country: 'FR', occurred_at: '2026-05-31T21:00:00Z' }] }));
  render(<CommandPalette isAdmin={false} />);
  open();
  fireEvent.change(input(), { target: { value: 'lyon' } });
  await waitFor(() => expect(screen.getByRole('option', { name: /Orb over Lyon/ })).toBeTruthy(), { timeout: 2000 });
  expect(fetchMock.mock.calls[0][0]).toBe('/api/phenoms?q=lyon&limit=8&sort=reported_at');
  expect(screen.getByRole('option', { name: /Orb over Lyon/ }).textContent).toContain('Lyon, FR · 31 May 2026');
  fireEvent.keyDown(input(), { key: 'End' });
  expect(screen.getByRole('option', { name: /Orb over Lyon/ }).getAttribute('aria-selected')).toBe('true');
  fireEvent.keyDown(input(), { key: 'Enter' });
  expect(navigate).toHaveBeenCalledWith('/phenoms/p1');
});

test('a failed search says so and still offers the pages', async () => {
  fetchMock.mockReturnValue(answer(502, { error: { code: 'upstream', message: 'x' } }));
  render(<CommandPalette isAdmin={false} />);
  open();
  fireEvent.change(input(), { target: { value: 'map' } });
  await waitFor(() => expect(screen.getByText('The phenom search failed: try again.')).toBeTruthy(), { timeout: 2000 });
  expect(screen.getByRole('option').textContent).toContain('Map');
});
