/** @jest-environment jsdom */
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { NotificationList } from './notification-list';
import { NOTIFICATIONS_CHANGED } from './notification-events';

jest.mock('@/components/navigation/app-link', () => ({ AppLink: ({ href, children, ...rest }: { href: string; children: React.ReactNode }) => <a href={href} {...rest}>{children}</a> }));

const answer = (status: number, json: unknown) => Promise.resolve({ ok: status < 300, status, json: async () => json } as Response);
const NOTES = [
  { id: 'n1', text: 'You were assigned “Orb”', href: '/phenoms/p1', read_at: null, created_at: '2026-05-31T10:00:00Z' },
  { id: 'n2', text: 'A new public submission is waiting for review', href: '/drops', read_at: null, created_at: '2026-05-30T10:00:00Z' },
  { id: 'n3', text: 'You can now see the list “Coastal”', href: '/lists', read_at: '2026-05-30T11:00:00Z', created_at: '2026-05-29T10:00:00Z' },
];

let fetchMock: jest.Mock;
let bellAsked: number;
const onChanged = () => bellAsked++;
beforeEach(() => {
  fetchMock = jest.fn();
  global.fetch = fetchMock as unknown as typeof fetch;
  bellAsked = 0;
  window.addEventListener(NOTIFICATIONS_CHANGED, onChanged);
});
afterEach(() => window.removeEventListener(NOTIFICATIONS_CHANGED, onChanged));

test('each notification links to what it is about; unread ones say so', () => {
  render(<NotificationList notifications={NOTES} />);
  expect(screen.getByRole('link', { name: /assigned “Orb”/ }).getAttribute('href')).toBe('/phenoms/p1');
  expect(screen.getByRole('link', { name: /public submission/ }).getAttribute('href')).toBe('/drops');
  expect(screen.getAllByText('Unread:')).toHaveLength(2);
  expect(screen.getByRole('status').textContent).toBe('2 unread');
});

test('mark one read: sent, shown at once, and the bell asks again', async () => {
  fetchMock.mockReturnValue(answer(200, { notification: {} }));
  render(<NotificationList notifications={NOTES} />);
  fireEvent.click(screen.getByRole('button', { name: 'Mark read: You were assigned “Orb”' }));
  expect(screen.getByRole('status').textContent).toBe('1 unread');
  await waitFor(() => expect(bellAsked).toBe(1));
  expect(fetchMock).toHaveBeenCalledWith('/api/notifications/n1/read', expect.objectContaining({ method: 'POST' }));
});

test('mark all read; a failure puts them back to unread and says why', async () => {
  fetchMock.mockReturnValue(answer(502, { error: { code: 'upstream', message: 'The data service is not answering.' } }));
  render(<NotificationList notifications={NOTES} />);
  fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
  await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('Not marked read: The data service is not answering.'));
  expect(screen.getByRole('status').textContent).toBe('2 unread');

  fetchMock.mockReturnValue(answer(200, { marked_read: 2 }));
  fireEvent.click(screen.getByRole('button', { name: 'Mark all read' }));
  await waitFor(() => expect(screen.getByRole('status').textContent).toBe('All caught up.'));
  expect(screen.queryByRole('alert')).toBeNull();
  expect(fetchMock).toHaveBeenLastCalledWith('/api/notifications/read-all', expect.objectContaining({ method: 'POST' }));
});
