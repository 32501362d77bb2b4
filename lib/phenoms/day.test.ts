import { formatDay, parseDay } from './day';

test('days are read in the forms people type, day before month, with a four-digit year', () => {
  for (const typed of ['31 May 2026', '31 may 2026', 'May 31, 2026', '31 May. 2026', '2026-05-31', '31/05/2026', '31.05.2026', ' 31  May 2026 ']) expect(parseDay(typed)).toBe('2026-05-31');
  expect(parseDay('1 Jan 2026')).toBe('2026-01-01');
});

test('nothing typed clears the filter; anything else that is not a real day is refused', () => {
  expect(parseDay('  ')).toBe('');
  for (const typed of ['31 Feb 2026', '2026-13-01', '05/31/2026', '31 Foo 2026', 'yesterday', '31 May 26']) expect(parseDay(typed)).toBeNull();
});

test('a day is shown the way the rest of the app shows dates', () => {
  expect(formatDay('2026-05-31')).toBe('31 May 2026');
});
