import type { PhenomExportPageQuery } from '@/graphql/generated/graphql';

/**
 * CSV for the phenom export (RFC 4180: comma, CRLF, fields quoted when they hold a comma, quote or line break,
 * quotes doubled). Text a person typed is also guarded against formula injection: a cell starting with = + - @
 * (or a tab or carriage return, which some spreadsheets skip before reading one of those) is read as a formula by
 * Excel, LibreOffice and Google Sheets, so it gets a leading apostrophe and is shown as the text it was (OWASP's
 * "CSV injection" advice). Numbers are written as numbers: a longitude of -0.12 is not a formula.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]/;
const NUMERIC = /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/;

export function csvText(value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A numeric column; anything that is not a plain number (it never should be) is written as text, guarded. */
export function csvNumber(value: number | string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return NUMERIC.test(text) ? text : csvText(text);
}

export type ExportRow = PhenomExportPageQuery['phenom'][number];

/** The export's columns, in order: the table's, plus what a spreadsheet needs to join or map the rows. */
export const EXPORT_COLUMNS: readonly { header: string; cell: (row: ExportRow) => string }[] = [
  { header: 'id', cell: (r) => csvText(r.id) },
  { header: 'title', cell: (r) => csvText(r.title) },
  { header: 'occurred_at', cell: (r) => csvText(r.occurred_at) },
  { header: 'occurred_at_precision', cell: (r) => csvText(r.occurred_at_precision) },
  { header: 'reported_at', cell: (r) => csvText(r.reported_at) },
  { header: 'status', cell: (r) => csvText(r.status) },
  { header: 'outcome', cell: (r) => csvText(r.outcome) },
  { header: 'outcome_confidence', cell: (r) => csvText(r.outcome_confidence) },
  { header: 'assignee', cell: (r) => csvText(r.assignee?.email) },
  { header: 'location_name', cell: (r) => csvText(r.location_name) },
  { header: 'country', cell: (r) => csvText(r.country) },
  { header: 'latitude', cell: (r) => csvNumber(r.latitude) },
  { header: 'longitude', cell: (r) => csvNumber(r.longitude) },
  { header: 'shape', cell: (r) => csvText(r.shape) },
  { header: 'source', cell: (r) => csvText(r.source) },
  { header: 'description', cell: (r) => csvText(r.description) },
];

export const CSV_HEADER = `${EXPORT_COLUMNS.map((c) => c.header).join(',')}\r\n`;

export function csvRows(rows: readonly ExportRow[]): string {
  let out = '';
  for (const row of rows) out += `${EXPORT_COLUMNS.map((c) => c.cell(row)).join(',')}\r\n`;
  return out;
}
