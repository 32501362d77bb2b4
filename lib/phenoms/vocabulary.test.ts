import { formatOccurredAt } from '@/lib/phenoms/vocabulary';

describe('formatOccurredAt', () => {
  const iso = '2024-03-09T21:47:05Z';

  it('claims no more precision than the report has', () => {
    expect(formatOccurredAt(iso, 'second')).toBe('9 Mar 2024, 21:47:05 UTC');
    expect(formatOccurredAt(iso, 'minute')).toBe('9 Mar 2024, 21:47 UTC');
    expect(formatOccurredAt(iso, 'hour')).toBe('9 Mar 2024, about 21:00 UTC');
    expect(formatOccurredAt(iso, 'day')).toBe('9 Mar 2024');
    expect(formatOccurredAt(iso, 'month')).toBe('March 2024');
    expect(formatOccurredAt(iso, 'year')).toBe('2024');
  });

  it('shows a dash for a date it cannot read', () => {
    expect(formatOccurredAt('not a date', 'day')).toBe('—');
  });
});
