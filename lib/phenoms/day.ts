import { formatOccurredAt } from '@/lib/phenoms/vocabulary';

/**
 * Days as the app writes them ("31 May 2026") for the date filters, which native date inputs would show in the
 * browser's own order (mm/dd/yyyy in an American Chromium). Typed days are read in the forms people use:
 * with a four-digit year: "31 May 2026", "May 31, 2026", "2026-05-31", "31/05/2026" (day before month).
 */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

const iso = (y: number, m: number, d: number): string | null => {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
};

const monthOf = (word: string): number => MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;

/** The day typed, as YYYY-MM-DD; '' for nothing typed; null for text that is not a day. Day before month. */
export function parseDay(text: string): string | '' | null {
  const t = text.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  if (!t) return '';
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) return iso(+m[1], +m[2], +m[3]);
  m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t);
  if (m) return iso(+m[3], +m[2], +m[1]);
  m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/i.exec(t);
  if (m && monthOf(m[2])) return iso(+m[3], monthOf(m[2]), +m[1]);
  m = /^([a-z]+)\.? (\d{1,2}) (\d{4})$/i.exec(t);
  if (m && monthOf(m[1])) return iso(+m[3], monthOf(m[1]), +m[2]);
  return null;
}

/** YYYY-MM-DD as "31 May 2026", the way every other date of the app reads. */
export const formatDay = (day: string): string => formatOccurredAt(`${day}T00:00:00Z`, 'day');
