/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { ScreeningForm } from './screening-form';

jest.mock('next/navigation', () => ({ useRouter: () => ({ refresh: jest.fn() }) }));

const ID = '00000000-0000-4000-8000-0000000000aa';
const fetchMock = jest.fn();
beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock as unknown as typeof fetch;
});

const options = (label: string) => Array.from((screen.getByLabelText(label) as HTMLSelectElement).options).map((o) => o.value);

describe('ScreeningForm and the workflow rules', () => {
  it('offers only the statuses this phenom can move to', () => {
    render(<ScreeningForm phenomId={ID} initial={{ status: 'new', outcome: 'unknown', outcome_confidence: null, assignee_id: null }} staff={[]} />);
    expect(options('Status')).toEqual(['new', 'triage', 'archived']);
  });

  it('refuses to resolve with outcome unknown before sending anything, naming the field', async () => {
    render(<ScreeningForm phenomId={ID} initial={{ status: 'investigating', outcome: 'unknown', outcome_confidence: null, assignee_id: null }} staff={[]} />);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'resolved' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    });
    expect(fetchMock).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Outcome must say what it was (not Unknown) for the phenom to be resolved.');
    expect(screen.getByLabelText('Outcome').getAttribute('aria-invalid')).toBe('true');
  });

  it('sends a resolution with its outcome and confidence', async () => {
    fetchMock.mockResolvedValue({ ok: true, status: 200, json: async () => ({ phenom: {} }) });
    render(<ScreeningForm phenomId={ID} initial={{ status: 'investigating', outcome: 'unknown', outcome_confidence: null, assignee_id: null }} staff={[]} />);
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'resolved' } });
    fireEvent.change(screen.getByLabelText('Outcome'), { target: { value: 'balloon' } });
    fireEvent.change(screen.getByLabelText('Confidence'), { target: { value: 'probable' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Save changes' }));
    });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    expect(JSON.parse(fetchMock.mock.calls[0][1].body)).toEqual({ status: 'resolved', outcome: 'balloon', outcome_confidence: 'probable' });
    expect(await screen.findByText('Saved.')).toBeTruthy();
  });
});
