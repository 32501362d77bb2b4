/**
 * @jest-environment jsdom
 */
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { keyboardTarget, ListItems } from './list-items';

jest.mock('next/navigation', () => ({ useRouter: () => ({ push: jest.fn(), replace: jest.fn(), refresh: jest.fn() }) }));

const item = (id: string, title: string, note = '') => ({ id, note, phenom: { id: `p-${id}`, title, status: 'new', occurred_at: '2026-03-04T21:00:00Z' } });
const initial = [item('a', 'Orb over Lyon'), item('b', 'Disc at dawn', 'check the ISS'), item('c', 'Green fireball')];

type Answer = { status: number; body?: unknown };
let answers: Answer[] = [];
const fetchMock = jest.fn(async () => {
  const next = answers.shift() ?? { status: 200, body: {} };
  // jsdom has no Response: the fields callApi reads.
  return { ok: next.status < 300, status: next.status, json: async () => next.body };
});

beforeEach(() => {
  answers = [];
  fetchMock.mockClear();
  global.fetch = fetchMock as unknown as typeof fetch;
});

const titles = () => within(screen.getByRole('list', { name: 'Items' })).getAllByRole('listitem').map((li) => within(li).getAllByRole('link')[0].textContent);
const sent = (n = 0) => {
  const [url, init] = fetchMock.mock.calls[n] as unknown as [string, RequestInit];
  return { url, method: init.method, body: init.body ? JSON.parse(String(init.body)) : undefined };
};

describe('keyboardTarget', () => {
  it('moves one place with the arrows and to either end with Home and End; other keys do nothing', () => {
    expect(keyboardTarget('ArrowUp', 2, 5)).toBe(1);
    expect(keyboardTarget('ArrowDown', 2, 5)).toBe(3);
    expect(keyboardTarget('Home', 2, 5)).toBe(0);
    expect(keyboardTarget('End', 2, 5)).toBe(4);
    expect(keyboardTarget('Enter', 2, 5)).toBeNull();
  });
});

describe('ListItems', () => {
  it('moves an item with the keyboard at once and sends its new place', async () => {
    render(<ListItems listId="L" initial={initial} rights="edit" me="me" />);
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('button', { name: /Move “Green fireball”/ }), { key: 'Home' });
    });
    expect(titles()).toEqual(['Green fireball', 'Orb over Lyon', 'Disc at dawn']);
    expect(sent()).toEqual({ url: '/api/lists/L/items/c', method: 'PATCH', body: { position: 0 } });
    expect(screen.getByText('Moved “Green fireball” to place 1 of 3.')).toBeTruthy();
  });

  it('moves an item dropped on another row to that row’s place', async () => {
    render(<ListItems listId="L" initial={initial} rights="edit" me="me" />);
    const rows = within(screen.getByRole('list', { name: 'Items' })).getAllByRole('listitem');
    const data = { setData: jest.fn(), effectAllowed: '' };
    // One act per event: in a browser each drag event is its own task, rendered before the next.
    await act(async () => void fireEvent.dragStart(rows[0], { dataTransfer: data }));
    await act(async () => void fireEvent.dragOver(rows[2], { dataTransfer: data }));
    await act(async () => void fireEvent.drop(rows[2], { dataTransfer: data }));
    expect(titles()).toEqual(['Disc at dawn', 'Green fireball', 'Orb over Lyon']);
    expect(sent().body).toEqual({ position: 2 });
  });

  it('puts the old order back and says why when the server refuses the move', async () => {
    answers = [{ status: 403, body: { error: { code: 'forbidden', message: 'This list is shared with you read-only.' } } }];
    render(<ListItems listId="L" initial={initial} rights="edit" me="me" />);
    await act(async () => {
      fireEvent.click(within(within(screen.getByRole('list', { name: 'Items' })).getAllByRole('listitem')[0]).getByRole('button', { name: 'Move down' }));
    });
    expect(titles()).toEqual(['Orb over Lyon', 'Disc at dawn', 'Green fireball']);
    expect(screen.getByRole('alert').textContent).toBe('Not saved: This list is shared with you read-only.');
  });

  it('saves a note, and brings the old one back when the network fails', async () => {
    render(<ListItems listId="L" initial={initial} rights="edit" me="me" />);
    const row = () => within(screen.getByRole('list', { name: 'Items' })).getAllByRole('listitem')[1];
    fireEvent.click(within(row()).getByRole('button', { name: 'Edit note' }));
    fireEvent.change(within(row()).getByLabelText('Note on “Disc at dawn”'), { target: { value: '  compare with Starlink  ' } });
    await act(async () => {
      fireEvent.click(within(row()).getByRole('button', { name: 'Save note' }));
    });
    expect(sent()).toEqual({ url: '/api/lists/L/items/b', method: 'PATCH', body: { note: 'compare with Starlink' } });
    expect(within(row()).getByText('compare with Starlink')).toBeTruthy();

    fetchMock.mockImplementationOnce(async () => {
      throw new TypeError('Failed to fetch');
    });
    fireEvent.click(within(row()).getByRole('button', { name: 'Edit note' }));
    fireEvent.change(within(row()).getByLabelText('Note on “Disc at dawn”'), { target: { value: 'lost' } });
    await act(async () => {
      fireEvent.click(within(row()).getByRole('button', { name: 'Save note' }));
    });
    expect(within(row()).getByText('compare with Starlink')).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toMatch(/^Not saved: The server could not be reached/);
  });

  it('removes an item optimistically (DELETE)', async () => {
    answers = [{ status: 204 }];
    render(<ListItems listId="L" initial={initial} rights="edit" me="me" />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Remove “Orb over Lyon”' }));
    });
    expect(titles()).toEqual(['Disc at dawn', 'Green fireball']);
    expect(sent()).toMatchObject({ url: '/api/lists/L/items/a', method: 'DELETE' });
  });

  it('lets someone the item alone was shared with (edit rights) change its note, and nothing else', () => {
    render(<ListItems listId="L" initial={[{ ...initial[0], noteEditable: true }, initial[1]]} rights="read" me="me" />);
    const rows = within(screen.getByRole('list', { name: 'Items' })).getAllByRole('listitem');
    expect(within(rows[0]).getByRole('button', { name: 'Add a note' })).toBeTruthy();
    expect(within(rows[1]).queryByRole('button', { name: 'Edit note' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Move|Remove|Share/ })).toBeNull();
  });

  it('offers no way to change a read-only list', () => {
    render(<ListItems listId="L" initial={initial} rights="read" me="me" />);
    expect(screen.queryByRole('button', { name: /Move|Remove|note|Share/ })).toBeNull();
    expect(within(screen.getByRole('list', { name: 'Items' })).getAllByRole('listitem')[0].getAttribute('draggable')).toBe('false');
  });
});
