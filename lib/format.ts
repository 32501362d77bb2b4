/** Hasura numeric scalars (float8, bigint, numeric) arrive as numbers or, when stringified, as strings. */
export type Numeric = number | string | null | undefined;

/** The number in a numeric scalar, or null when there is none (or it is not a finite number). */
export function toNumber(value: Numeric): number | null {
  if (value === null || value === undefined || value === '') return null;
  const n = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(n) ? n : null;
}

const units = ['B', 'KB', 'MB', 'GB', 'TB'];

export function formatBytes(raw: Numeric): string {
  const bytes = toNumber(raw);
  if (bytes === null || bytes < 0) return '—';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatDuration(raw: Numeric): string {
  const seconds = toNumber(raw);
  if (seconds === null || seconds < 0) return '—';
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

export function formatCoordinate(raw: Numeric, axis: 'lat' | 'lng'): string {
  const value = toNumber(raw);
  if (value === null) return '—';
  const hemisphere = axis === 'lat' ? (value >= 0 ? 'N' : 'S') : value >= 0 ? 'E' : 'W';
  return `${Math.abs(value).toFixed(4)}° ${hemisphere}`;
}

// toLocaleString with options builds a new Intl.NumberFormat on every call; a coordinate table calls this thousands
// of times per page, so one formatter per number of digits is kept.
const numberFormats = new Map<number, Intl.NumberFormat>();

export function formatNumber(raw: Numeric, unit = '', digits = 0): string {
  const value = toNumber(raw);
  if (value === null) return '—';
  let format = numberFormats.get(digits);
  if (!format) {
    format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: digits });
    numberFormats.set(digits, format);
  }
  return `${format.format(value)}${unit}`;
}

/** A moment to the minute in UTC, as the screening views print it: `2020-11-11 12:06 UTC`. */
export function formatUtcMinute(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
