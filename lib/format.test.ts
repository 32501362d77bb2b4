import { formatNumber } from '@/lib/format';

describe('formatNumber', () => {
  it('rounds to the digits asked for, each call with its own, and groups thousands', () => {
    expect(formatNumber(1234.567, ' m')).toBe('1,235 m');
    expect(formatNumber(1234.567, ' m', 2)).toBe('1,234.57 m');
    expect(formatNumber('0.125', '', 1)).toBe('0.1');
    expect(formatNumber(1234.567)).toBe('1,235');
  });

  it('shows a dash for a missing or unreadable value', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber('not a number')).toBe('—');
  });
});
