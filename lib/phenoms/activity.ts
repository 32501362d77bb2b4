/**
 * One audit row of a phenom as a sentence: who, then what changed ("status: Triage → Investigating"). The diff is
 * what the database trigger wrote ({column: {old, new}} for an update, the whole row for an insert or delete).
 */
const SHOWN_LIMIT = 60;

function short(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.length > SHOWN_LIMIT ? `${text.slice(0, SHOWN_LIMIT - 1)}…` : text;
}

export function describeChange(action: string, diff: unknown): string[] {
  if (action === 'insert') return ['recorded the phenom'];
  if (action === 'delete') return ['removed the row'];
  if (!diff || typeof diff !== 'object') return ['changed it'];
  return Object.entries(diff as Record<string, unknown>).map(([column, change]) => {
    const c = (change ?? {}) as { old?: unknown; new?: unknown };
    if (column === 'deleted_at') return c.new ? 'deleted it' : 'restored it';
    return `${column}: ${short(c.old)} → ${short(c.new)}`;
  });
}
