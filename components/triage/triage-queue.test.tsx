/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TriageQueue, type TriageRow } from './triage-queue';

// The queue's actions against a fake PATCH /api/phenoms/:id: what is sent, and what the page shows after.
jest.mock('@/components/navigation/app-link', () => ({ AppLink: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => <a href={href} {...rest}>{children}</a> }));

const row = (id: string, title: string, status: TriageRow['status'] = 'new'): TriageRow => ({
  id, title, status, reported_at: '2026-05-28T12:00:00Z', occurred_at: '2026-05-27T21:00:00Z', occurred_at_precision: 'minute', location_name: 'Lyon', country: 'FR',
});
const answer = (status: number, json: unknown) => Promise.resolve({ ok: status < 300, status, json: async () => json } as Response);

let fetchMock: jest.Mock;
beforeEach(() => {
  fetchMock = jest.fn();
  global.fetch = fetchMock as unknown as typeof fetch;
});

const renderQueue = () => render(<TriageQueue rows={[row('p1', 'Orb'), row('p2', 'Disc', 'triage')]} total={2} me="me-sub" now="2026-05-31T12:00:00Z" />);

test('shows each report’s age and the moves its status allows', () => {
  renderQueue();
  const orb = screen.getByRole('row', { name: /Orb/ });
  expect(within(orb).getByText('3 days')).toBeTruthy();
  expect(within(orb).getByRole('button', { name: 'Start triage: Orb' })).toBeTruthy();
  expect(within(screen.getByRole('row', { name: /Disc/ })).getByRole('button', { name: 'Investigate: Disc' })).toBeTruthy();
  expect(screen.queryByRole('button', { name: /^Resolved/ })).toBeNull();
});

test('"Assign to me" sends the caller as assignee and the row leaves the queue', async () => {
  fetchMock.mockReturnValue(answer(200, { phenom: {} }));
  renderQueue();
  fireEvent.click(screen.getByRole('button', { name: 'Assign to me: Orb' }));
  await waitFor(() => expect(screen.queryByRole('row', { name: /Orb/ })).toBeNull());
  expect(fetchMock).toHaveBeenCalledWith('/api/phenoms/p1', expect.objectContaining({ method: 'PATCH', body: JSON.stringify({ assignee_id: 'me-sub' }) }));
  expect(screen.getByRole('status').textContent).toBe('“Orb” is yours now.');
  expect(screen.getByText('1 waiting.')).toBeTruthy();
});

test('a move within the queue keeps the row with its new status; archiving removes it', async () => {
  fetchMock.mockReturnValue(answer(200, { phenom: {} }));
  renderQueue();
  fireEvent.click(screen.getByRole('button', { name: 'Start triage: Orb' }));
  await waitFor(() => expect(within(screen.getByRole('row', { name: /Orb/ })).getByRole('button', { name: 'Investigate: Orb' })).toBeTruthy());
  fireEvent.click(screen.getByRole('button', { name: 'Archive: Disc' }));
  await waitFor(() => expect(screen.queryByRole('row', { name: /Disc/ })).toBeNull());
  expect(JSON.parse(fetchMock.mock.calls[1][1].body)).toEqual({ status: 'archived' });
});

test('a refused change leaves the row as it was and says why', async () => {
  fetchMock.mockReturnValue(answer(409, { error: { code: 'conflict', message: 'Someone else changed this phenom meanwhile.' } }));
  renderQueue();
  fireEvent.click(screen.getByRole('button', { name: 'Assign to me: Orb' }));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('“Orb” was not changed: Someone else changed this phenom meanwhile.'));
  expect(screen.getByRole('row', { name: /Orb/ })).toBeTruthy();
});
