import { changedReportBody, toFormValues, toReportBody, EMPTY_REPORT } from '@/lib/phenoms/report-form';
import { fileProblem } from '@/lib/media/client-check';

describe('the report form', () => {
  const stored = { title: 'Orb', description: '', occurred_at: '2026-03-01T21:30:00+00:00', occurred_at_precision: 'hour' as const, location_name: null, country: 'GB', latitude: '51.5', longitude: -0.12 };

  it('shows a stored phenom in UTC, with empty inputs for what is missing', () => {
    expect(toFormValues(stored)).toEqual({ title: 'Orb', description: '', occurred_at: '2026-03-01T21:30', occurred_at_precision: 'hour', location_name: '', country: 'GB', latitude: '51.5', longitude: '-0.12' });
  });

  it('sends the time as UTC, empty text as null, numbers as numbers, and a typo as text for the schema to name', () => {
    expect(toReportBody({ ...EMPTY_REPORT, title: 'x', occurred_at: '2026-03-01T21:30', latitude: '51.5', longitude: 'west', country: 'gb' })).toMatchObject({
      occurred_at: '2026-03-01T21:30:00Z',
      location_name: null,
      country: 'GB',
      latitude: 51.5,
      longitude: 'west',
    });
  });

  it('sends only what changed, and both coordinates when one moved', () => {
    const before = toFormValues(stored);
    expect(changedReportBody(before, { ...before, title: 'Orb!' })).toEqual({ title: 'Orb!' });
    expect(changedReportBody(before, { ...before, latitude: '52' })).toEqual({ latitude: 52, longitude: -0.12 });
    expect(changedReportBody(before, before)).toEqual({});
  });
});

describe('checking a file before upload', () => {
  it('accepts a photo within its limit and names what is wrong otherwise', () => {
    expect(fileProblem({ name: 'a.jpg', type: 'image/jpeg', size: 1000 })).toBeNull();
    expect(fileProblem({ name: 'a.exe', type: 'application/x-msdownload', size: 1000 })).toMatch(/^a\.exe is a application\/x-msdownload file; photos/);
    expect(fileProblem({ name: 'big.png', type: 'image/png', size: 51 * 2 ** 20 })).toBe('big.png is 51 MiB; image/png files may be at most 50 MiB.');
    expect(fileProblem({ name: 'empty.wav', type: 'audio/wav', size: 0 })).toBe('empty.wav is empty.');
  });
});

describe('an audit row as sentences', () => {
  // Imported here to keep the detail page's small pure helpers tested together.
  const { describeChange } = jest.requireActual<typeof import('@/lib/phenoms/activity')>('@/lib/phenoms/activity');
  it('names each changed column with its old and new value, and deletion as such', () => {
    expect(describeChange('update', { status: { old: 'triage', new: 'investigating' }, assignee_id: { old: null, new: 'u1' } })).toEqual(['status: triage → investigating', 'assignee_id: — → u1']);
    expect(describeChange('update', { deleted_at: { old: null, new: '2026-01-01' } })).toEqual(['deleted it']);
    expect(describeChange('insert', {})).toEqual(['recorded the phenom']);
    expect(describeChange('update', { description: { old: 'a', new: 'x'.repeat(100) } })[0]).toHaveLength('description: a → '.length + 60);
  });
});
