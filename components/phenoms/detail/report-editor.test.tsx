/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ReportEditor } from './report-editor';
import type { ReportFormValues } from '@/lib/phenoms/report-form';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

const ID = '00000000-0000-4000-8000-0000000000bb';
const initial: ReportFormValues = { title: 'Orb over Leeds', description: 'bright', occurred_at: '2026-03-01T21:30', occurred_at_precision: 'minute', location_name: 'Leeds', country: 'GB', latitude: '53.8', longitude: '-1.55' };
const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

/** A fetch that stays pending until resolved by hand, so the optimistic state can be seen. */
function pendingAnswer() {
  let answer!: (v: unknown) => void;
  fetchMock.mockImplementationOnce(() => new Promise((r) => (answer = r)));
  return (ok: boolean, body: unknown, status = ok ? 200 : 422) => act(async () => answer({ ok, status, json: async () => body }));
}

async function editTitle(to: string) {
  fireEvent.click(screen.getByRole('button', { name: 'Edit report' }));
  fireEvent.change(screen.getByLabelText('Title'), { target: { value: to } });
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Save report' }));
  });
}

describe('ReportEditor', () => {
  it('shows the new title before the server answers, sends only what changed, and offers Undo', async () => {
    render(<ReportEditor phenomId={ID} initial={initial} />);
    const answer = pendingAnswer();
    await editTitle('Silver disc over Leeds');
    expect(screen.getByTestId('report-title').textContent).toBe('Silver disc over Leeds');
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ title: 'Silver disc over Leeds' });
    await answer(true, { phenom: {} });
    expect(screen.getByRole('status').textContent).toContain('Report saved.');

    const undone = pendingAnswer();
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    });
    expect(screen.getByTestId('report-title').textContent).toBe('Orb over Leeds');
    expect(JSON.parse(fetchMock.mock.calls[1][1].body)).toEqual({ title: 'Orb over Leeds' });
    await undone(true, { phenom: {} });
    expect(screen.getByRole('status').textContent).toContain('Change undone.');
  });

  it('puts the old title back and says why when the save is refused', async () => {
    render(<ReportEditor phenomId={ID} initial={initial} />);
    const answer = pendingAnswer();
    await editTitle('Renamed');
    expect(screen.getByTestId('report-title').textContent).toBe('Renamed');
    await answer(false, { error: { code: 'invalid_input', message: 'title: must not be empty', field: 'title' } });
    expect(screen.getByTestId('report-title').textContent).toBe('Orb over Leeds');
    expect(screen.getByRole('status').textContent).toContain('Not saved, the previous text is back: Title: must not be empty');
  });

  it('puts the old title back when the server cannot be reached', async () => {
    render(<ReportEditor phenomId={ID} initial={initial} />);
    fetchMock.mockRejectedValueOnce(new TypeError('Failed to fetch'));
    await editTitle('Renamed');
    expect(screen.getByTestId('report-title').textContent).toBe('Orb over Leeds');
    expect(screen.getByRole('status').textContent).toContain('Could not reach the server');
  });

  it('refuses an empty title before sending, naming the field', async () => {
    render(<ReportEditor phenomId={ID} initial={initial} />);
    await editTitle('   ');
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Title: must not be empty');
    expect(screen.getByLabelText('Title').getAttribute('aria-invalid')).toBe('true');
  });
});
