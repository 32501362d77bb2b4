import type { Outcome_Confidence_Enum, Phenom_Outcome_Enum, Phenom_Status_Enum, Time_Precision_Enum } from '@/graphql/generated/graphql';

/**
 * Display words for the enum tables of hasura/migrations (phenom_status, phenom_outcome, …). The `satisfies`
 * clauses make codegen fail the typecheck when the database gains or loses a value this file does not know.
 */
export const PHENOM_STATUSES = ['new', 'triage', 'investigating', 'resolved', 'archived'] as const satisfies readonly Phenom_Status_Enum[];
export const PHENOM_OUTCOMES = [
  'unknown',
  'aircraft',
  'satellite',
  'starlink',
  'balloon',
  'planet_star',
  'drone',
  'bird',
  'weather',
  'hoax',
  'insufficient_data',
  'other',
] as const satisfies readonly Phenom_Outcome_Enum[];
export const OUTCOME_CONFIDENCES = ['possible', 'probable', 'certain'] as const satisfies readonly Outcome_Confidence_Enum[];

export const STATUS_LABELS: Record<Phenom_Status_Enum, string> = {
  new: 'New',
  triage: 'Triage',
  investigating: 'Investigating',
  resolved: 'Resolved',
  archived: 'Archived',
};

export const OUTCOME_LABELS: Record<Phenom_Outcome_Enum, string> = {
  unknown: 'Unknown',
  aircraft: 'Aircraft',
  satellite: 'Satellite',
  starlink: 'Starlink',
  balloon: 'Balloon',
  planet_star: 'Planet / star',
  drone: 'Drone',
  bird: 'Bird',
  weather: 'Weather',
  hoax: 'Hoax',
  insufficient_data: 'Insufficient data',
  other: 'Other',
};

export const CONFIDENCE_LABELS: Record<Outcome_Confidence_Enum, string> = {
  possible: 'Possible',
  probable: 'Probable',
  certain: 'Certain',
};

/**
 * The one colour per status, used everywhere a status is shown: table badges (as a dot beside the text, which
 * stays at full contrast), dashboard bars, map points and the map legend. Readable on light and dark.
 */
export const STATUS_COLORS: Record<Phenom_Status_Enum, string> = {
  new: '#f59e0b',
  triage: '#3b82f6',
  investigating: '#8b5cf6',
  resolved: '#10b981',
  archived: '#9ca3af',
};

const PRECISION_FORMATS: Record<Exclude<Time_Precision_Enum, 'hour'>, Intl.DateTimeFormatOptions> = {
  second: { dateStyle: 'medium', timeStyle: 'medium' },
  minute: { dateStyle: 'medium', timeStyle: 'short' },
  day: { dateStyle: 'medium' },
  month: { year: 'numeric', month: 'long' },
  year: { year: 'numeric' },
};

// Building an Intl.DateTimeFormat costs far more than formatting with one (about 0.1 ms against 2 µs): a list page
// formats 50 dates, a detail page hundreds, so each precision's formatter is built once and reused.
const formatters = new Map<Time_Precision_Enum, Intl.DateTimeFormat>();
function formatterFor(precision: Time_Precision_Enum): Intl.DateTimeFormat {
  let formatter = formatters.get(precision);
  if (!formatter) {
    const options = precision === 'hour' ? { dateStyle: 'medium' as const } : PRECISION_FORMATS[precision];
    formatter = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' });
    formatters.set(precision, formatter);
  }
  return formatter;
}

/**
 * Shows when something happened no more precisely than it is known ("May 2024", not "1 May 2024 00:00";
 * "about 21:00" when only the hour is known). UTC, so server and browser render the same text and a report
 * reads the same for every viewer.
 */
export function formatOccurredAt(iso: string, precision: Time_Precision_Enum = 'minute'): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '—';
  const text = formatterFor(precision).format(date);
  if (precision === 'hour') return `${text}, about ${String(date.getUTCHours()).padStart(2, '0')}:00 UTC`;
  return precision === 'second' || precision === 'minute' ? `${text} UTC` : text;
}

export function formatDateTime(iso: string | null | undefined): string {
  return iso ? formatOccurredAt(iso, 'minute') : '—';
}

export const TIME_PRECISIONS = ['second', 'minute', 'hour', 'day', 'month', 'year'] as const satisfies readonly Time_Precision_Enum[];
