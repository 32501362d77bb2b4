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

type TextColumn = 'id' | 'title' | 'occurred_at' | 'occurred_at_precision' | 'reported_at' | 'status' | 'outcome' | 'outcome_confidence' | 'location_name' | 'country' | 'shape' | 'source' | 'description';
type Column = { header: string; cell: (row: ExportRow) => string };
const text = (name: TextColumn): Column => ({ header: name, cell: (r) => csvText(r[name]) });
const number = (name: 'latitude' | 'longitude'): Column => ({ header: name, cell: (r) => csvNumber(r[name]) });

/** The export's columns, in order: the table's, plus what a spreadsheet needs to join or map the rows. */
export const EXPORT_COLUMNS: readonly Column[] = [
  ...(['id', 'title', 'occurred_at', 'occurred_at_precision', 'reported_at', 'status', 'outcome', 'outcome_confidence'] as const).map(text),
  { header: 'assignee', cell: (r) => csvText(r.assignee?.email) },
  text('location_name'),
  text('country'),
  number('latitude'),
  number('longitude'),
  ...(['shape', 'source', 'description'] as const).map(text),
];

export const CSV_HEADER = `${EXPORT_COLUMNS.map((c) => c.header).join(',')}\r\n`;

export function csvRows(rows: readonly ExportRow[]): string {
  let out = '';
  for (const row of rows) out += `${EXPORT_COLUMNS.map((c) => c.cell(row)).join(',')}\r\n`;
  return out;
}
