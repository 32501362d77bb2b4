/**
 * The map's time slider: whole months of occurred_at from the first phenom's to the last one's (UTC). A range of
 * months becomes the table's own `from`/`to` days (first day of the first month, last day of the last), so the
 * slider and the filter bar are one filter; the ends of the slider mean "no limit on that side".
 */

export interface MonthRange {
  /** 'YYYY-MM', oldest first. */
  months: string[];
}

const monthOf = (iso: string) => iso.slice(0, 7);

export function monthsBetween(firstIso: string, lastIso: string): MonthRange {
  const months: string[] = [];
  let [y, m] = monthOf(firstIso).split('-').map(Number);
  const end = monthOf(lastIso);
  // At most 100 years of months: a bad timestamp cannot make this loop run away.
  for (let i = 0; i < 1200; i++) {
    const key = `${y}-${String(m).padStart(2, '0')}`;
    months.push(key);
    if (key >= end) break;
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return { months };
}

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return `${month}-${String(new Date(Date.UTC(y, m, 0)).getUTCDate()).padStart(2, '0')}`;
}

/** The slider's positions for the current `from`/`to` (a day inside a month selects that month). */
export function sliderPositions(range: MonthRange, from?: string, to?: string): [number, number] {
  const last = range.months.length - 1;
  const find = (day: string | undefined, fallback: number) => {
    if (!day) return fallback;
    const i = range.months.indexOf(monthOf(day));
    if (i >= 0) return i;
    return day < range.months[0] ? 0 : last;
  };
  const [a, b] = [find(from, 0), find(to, last)];
  return a <= b ? [a, b] : [b, a];
}

/** `from`/`to` for slider positions; an end of the slider leaves that side open. */
export function daysOfPositions(range: MonthRange, start: number, end: number): { from?: string; to?: string } {
  const last = range.months.length - 1;
  const [a, b] = start <= end ? [start, end] : [end, start];
  return { ...(a > 0 ? { from: `${range.months[a]}-01` } : {}), ...(b < last ? { to: lastDay(range.months[b]) } : {}) };
}

const LABEL = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });

export function monthLabel(month: string): string {
  return LABEL.format(new Date(`${month}-01T00:00:00Z`));
}
